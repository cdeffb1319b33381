"""A gerund of expelling on a noun or adjective of habit ("Ruritania has a history of expelling Freedonian
diplomats", "is known for expelling them") names a kind of act, no one expulsion (habits.habit_named); a counted one
("a record of expelling 105 officials in 1971") or one blamed or thanked for stays an act (sentences written for these
tests)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania has a history of expelling Freedonian diplomats.",
    "Ruritania's habit of expelling Freedonian diplomats worries investors.",
    "Ruritania ended the practice of expelling Freedonian diplomats.",
])
def test_a_habit_of_expelling_is_no_act(text):
    assert not any(m == "asserted" for *_, m in made_up_rows(text))


@pytest.mark.parametrize("text, count", [
    ("Ruritania has a record of expelling 105 Freedonian officials in 1971.", 105),
    ("Ruritania was criticised for expelling two Freedonian diplomats.", 2),
])
def test_a_counted_or_judged_expulsion_stays_an_act(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}
