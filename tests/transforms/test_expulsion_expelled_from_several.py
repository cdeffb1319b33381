"""People expelled from several states named together after "from" ("Ruritanian diplomats were expelled from
Freedonia and Graustark"): each state expels them from its own soil; as many people as a count over them all are a
sum, no one state's. Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def rows(text):
    return made_up_rows(text, "2019-01-01", sentence=r".+")


@pytest.mark.parametrize("text", [
    "Ruritanian diplomats were expelled from Freedonia and Graustark.",
    "Ruritanian diplomats were expelled from Freedonia and from Graustark.",
])
def test_each_state_after_from_expels_them(text):
    assert rows(text) == {("FD", "RR", None, "asserted"), ("GK", "RR", None, "asserted")}


def test_one_envoy_expelled_from_two_states_is_expelled_by_each():
    assert rows("The Ruritanian ambassador was expelled from Freedonia and Graustark.") == \
        {("FD", "RR", 1, "asserted"), ("GK", "RR", 1, "asserted")}


def test_a_count_over_several_states_is_a_sum():
    assert rows("Two Ruritanian diplomats were expelled from Freedonia, Graustark and Syldavia.") == \
        {(None, "RR", 2, "aggregate")}


def test_one_state_named_after_from_stays_the_one():
    assert rows("Two Ruritanian diplomats were expelled from Freedonia.") == {("FD", "RR", 2, "asserted")}
