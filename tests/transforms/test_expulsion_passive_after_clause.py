"""A passive of expelling in a clause of time or grounds ("... after two diplomats were expelled"): its people stand
after the word that opens the clause, and the state that acts in the clause before is not its agent
(targets.opened_clause, actors.subject_actor), for the window rules as for the parse."""
import pytest

from tests.expulsions_helpers import made_up_rows


def test_a_third_states_people_expelled_from_the_post_are_not_the_recalled_envoy():
    assert made_up_rows("Freedonia recalled its ambassador from Ruritania after two Graustarkian diplomats were "
                        "expelled from Strelsau.") == {("RR", "GK", 2, "asserted")}


def test_a_third_states_people_expelled_by_no_one_named_have_no_actor():
    rows = made_up_rows("Freedonia recalled its ambassador from Ruritania after two Graustarkian diplomats were "
                        "expelled.")
    assert rows == {(None, "GK", 2, "aggregate")}


@pytest.mark.parametrize("text, row", [
    ("Ruritania summoned the Freedonian ambassador after two Ruritanian diplomats were expelled from Fredville.",
     ("FD", "RR", 2, "asserted")),
    ("The Freedonian ambassador protested when two Freedonian diplomats were expelled from Strelsau.",
     ("RR", "FD", 2, "asserted")),
    ("Two Freedonian diplomats, who arrived after the Graustarkian ambassador, were expelled from Ruritania.",
     ("RR", "FD", 2, "asserted")),
    ("Freedonia recalled its ambassador from Ruritania after two of its diplomats were expelled.",
     ("RR", "FD", 2, "asserted")),
])
def test_the_clause_before_and_an_aside_keep_their_readings(text, row):
    assert made_up_rows(text) == {row}
