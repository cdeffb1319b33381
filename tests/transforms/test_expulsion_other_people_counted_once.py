""""X and N other diplomats": the N others are more of the people expelled, also when an apposition to X stands
between them or the parser hangs the conjunct on the expulsion noun, and they are counted once, though they are
found both from the people and from the verb. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania announced the expulsion of the Freedonian charge d'affaires, the most senior Freedonian diplomat "
    "in Strelsau, and two other diplomats from the embassy.",
    "Ruritania announced the expulsion of Freedonia's charge d'affaires - Freedonia's most senior diplomat in "
    "Strelsau - and two other diplomats from the embassy on May 29.",
])
def test_the_others_after_an_apposition_are_more_of_the_people(text):
    assert made_up_rows(text) == {("RR", "FD", 3, "asserted")}


def test_the_others_hung_above_the_verb_are_counted_once():
    rows = made_up_rows("Within an hour of the ruling, the Foreign Office summoned Freedonian Ambassador Ivo Dolan and "
                        "told him of Ruritania's intention to expel him and the 12 other diplomats in the Freedonian "
                        "Embassy.")
    assert {r[2] for r in rows} <= {12, 13}


def test_other_nationals_are_no_more_diplomats():
    assert made_up_rows("Ruritania ordered the expulsion of two Freedonian diplomats and 67 other Freedonian "
                        "nationals.") == {("RR", "FD", 2, "asserted")}
