"""A day after its month ("Dec. 22", "March 3") is a date, not a count of the people after it ("RURITANIA - Dec. 22 -
Freedonian Ambassador Expelled": one ambassador, not 22); a count after a date or with a date after it stays.
Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text, sentence=r".+") if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania - Dec. 22 - Freedonian ambassador expelled.",
    "Ruritania - Dec 22 - Freedonian ambassador expelled.",
    "Ruritania - March 22 - Freedonian ambassador expelled.",
])
def test_a_day_of_the_month_counts_no_one(text):
    assert asserted(text) == {("RR", "FD", 1)}


@pytest.mark.parametrize("text", [
    "On March 3 Ruritania expelled 12 Freedonian diplomats.",
    "Ruritania expelled 12 Freedonian diplomats on Dec. 22.",
])
def test_a_count_beside_a_date_stays(text):
    assert asserted(text) == {("RR", "FD", 12)}
