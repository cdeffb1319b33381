"""More people named after a comma and "and", which the parser hangs on the clause's verb rather than on the people
before them ("ordered the expulsion of the ambassador, and the diplomatic personnel of the embassy"): they are
expelled too, and where no number says how many of them, the whole has no count (trailing_people.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text,count", [
    ("Ruritania ordered the expulsion of the ambassador of Freedonia, and the diplomatic personnel of the Freedonian "
     "Embassy in Strelsau.", None),
    ("Ruritania expelled the Freedonian ambassador, and the diplomatic staff of the Freedonian embassy.", None),
    ('Ruritania said it "has decided to order the immediate expulsion ... of the ambassador of Freedonia in Strelsau, '
     'and the diplomatic personnel of the Freedonian Embassy in Strelsau."', None),
    ("Ruritania ordered the expulsion of the Freedonian ambassador, and two military attaches of the embassy.", 3),
])
def test_people_after_comma_and_are_counted_with_the_others(text, count):
    assert made_up_rows(text, sentence=r".+") == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania expelled the Freedonian ambassador, and the Freedonian press welcomed it.",
    "Ruritania expelled the Freedonian ambassador, and journalists were told to leave.",
])
def test_a_clause_of_its_own_after_comma_and_adds_nobody(text):
    assert made_up_rows(text, sentence=r".+") == {("RR", "FD", 1, "asserted")}


def test_a_gapped_act_of_another_state_after_comma_and_is_its_own():
    rows = made_up_rows("Ruritania expelled 33 Freedonian diplomats, and Graustark ten diplomats.", sentence=r".+")
    assert ("RR", "FD", 33, "asserted") in rows and not any(r[0] == "RR" and r[2] == 43 for r in rows)
