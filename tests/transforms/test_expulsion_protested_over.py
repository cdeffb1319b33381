"""An expulsion a state protests over was done to its own people, by the state the protest is made to
(protests.py): "Ruritania protested to Freedonia over the expulsion of its ambassador" tells Freedonia's expulsion of
Ruritania's ambassador, never Ruritania's of a Freedonian. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _told(text):
    return {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, count", [
    ("Ruritania protested to Freedonia over the expulsion of its ambassador.", 1),
    ("Ruritania on Saturday protested to Freedonia over the effective expulsion of its ambassador to Fredville, "
     "saying the action was unjustified.", 1),
    ("Ruritania lodged a protest with Freedonia against the expulsion of two of its diplomats.", 2),
    ("Ruritania complained to Freedonia about the expulsion of its envoy.", 1),
    ("Ruritania protested to Freedonia over the expulsion of two Ruritanian diplomats.", 2),
])
def test_the_one_protested_to_expelled_the_protesters_people(text, count):
    assert _told(text) == {("FD", "RR", count, "asserted")}


@pytest.mark.parametrize("text, count", [
    ("Ruritania protested against the expulsion of its ambassador by Freedonia.", 1),
    ("Ruritania complained about the expulsion of its two diplomats from Freedonia.", 2),
])
def test_a_named_actor_or_nationality_reads_as_before(text, count):
    assert _told(text) == {("FD", "RR", count, "asserted")}


def test_a_protest_with_no_one_protested_to_names_no_actor():
    assert not any(r[0] == "RR" for r in made_up_rows("Ruritania protested over the expulsion of its ambassador."))
