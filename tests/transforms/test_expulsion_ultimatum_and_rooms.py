"""Two near misses that tell no expulsion: what an unmet demand threatens ("gave Freedonia until Friday to withdraw
its troops or see its ambassador expelled": the side after "or" of an infinitive, modality._alternative_threatened,
hypothetical) and a gathering left ("asked the Freedonian ambassador to leave the meeting": the window rule's leave
trigger skips patterns/grammar.json gatherings_left). Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania gave Freedonia until Friday to withdraw its troops or see its ambassador expelled.",
    "Ruritania gave Freedonia a week to close the camps or see its diplomats expelled.",
    "Ruritania told Freedonia to withdraw its troops or face the expulsion of its ambassador.",
])
def test_what_an_unmet_demand_threatens_is_not_done(text):
    assert "asserted" not in {r[3] for r in made_up_rows(text)}


@pytest.mark.parametrize("text", [
    "Ruritania's president asked the Freedonian ambassador to leave the meeting.",
    "Ruritania's speaker told the Freedonian diplomats to leave the hall during the vote.",
])
def test_a_gathering_left_is_no_expulsion(text):
    assert made_up_rows(text) == set()


@pytest.mark.parametrize("text, row", [
    ("Ruritania asked the Freedonian ambassador to leave the country.", ("RR", "FD", 1, "asserted")),
    ("Ruritania asked the Freedonian ambassador to leave.", ("RR", "FD", 1, "asserted")),
    ("Ruritania ordered two Freedonian diplomats to leave Strelsau.", ("RR", "FD", 2, "asserted")),
    ("Ruritania ordered two Freedonian diplomats to leave within 48 hours or face arrest.", ("RR", "FD", 2, "asserted")),
    ("Ruritania refused to apologise, and Freedonia expelled two Ruritanian diplomats.", ("FD", "RR", 2, "asserted")),
])
def test_orders_given_stay_told(text, row):
    assert made_up_rows(text) == {row}
