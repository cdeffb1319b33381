"""A total of people then their nationalities in apposition ("three diplomats--two Freedonians and one
Graustarkian--", sentences written for these tests): each nationality its own count, never the total for the
first; a total then states ("ten diplomats of the three states - three each from A and B and four from C") is
left to the breakdown of states."""
from tests.expulsions_helpers import READING_NAMES, grammar_readings

NAMES = {**READING_NAMES, "Freedonians": ("FD", "norp"), "Graustarkian": ("GK", "norp")}


def test_a_total_then_its_nationalities(nlp):
    text = "Ruritania has expelled three diplomats--two Freedonians and one Graustarkian--in the last month."
    assert grammar_readings(nlp, text, NAMES) == [("RR", "FD", 2, "asserted"), ("RR", "GK", 1, "asserted")]


def test_a_total_then_other_counts_is_no_breakdown(nlp):
    text = "Ruritania has expelled five diplomats--two Freedonians and one Graustarkian--in the last month."
    assert ("RR", "FD", 2, "asserted") not in grammar_readings(nlp, text, NAMES)
