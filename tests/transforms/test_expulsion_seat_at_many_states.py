"""Representatives put out of their seats in an organisation of many states are removed from the organisation, no
state's expulsion of another's diplomats ("to expel forthwith the representatives of Chiang Kai-shek from the place
which they unlawfully occupy at the United Nations", a resolution in a fresh set): targets._seat_at_many_states reads
"from" followed by the organisation's name (patterns/grammar.json international_bodies), or by a seat (lexicon SEATS)
"at"/"in"/"of" it, as another sense. A state's mission to the organisation, or the organisation named later in the
phrase for another reason, changes nothing. Made-up sentences about made-up states, parsed by the project's real
spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "The assembly decided to expel forthwith the representatives of Freedonia from the place which they unlawfully "
    "occupy at the United Nations.",
    "Ruritania voted to expel the representatives of Freedonia from their seats at the United Nations.",
    "Ruritania voted to expel the Freedonian delegates from the United Nations.",
])
def test_representatives_put_out_of_an_organisation_of_many_states_are_no_event(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled three Freedonian diplomats from the Freedonian mission to the United Nations.",
     {("RR", "FD", 3)}),
    ("Ruritania expelled three Freedonian diplomats from the country after a UN report on Monday.",
     {("RR", "FD", 3)}),
    ("Ruritania expelled the Freedonian ambassador from the seat of government after a UN meeting.",
     {("RR", "FD", 1)}),
])
def test_a_mission_to_it_or_the_organisation_named_for_another_reason_keeps_the_event(text, want):
    assert asserted(text) == want
