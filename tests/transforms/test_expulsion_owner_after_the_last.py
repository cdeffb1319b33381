"""An owner after the last of coordinated people is whose they all are: "16 diplomats and four technical staff of the
Freedonian embassy" are 20 Freedonians, when none of the people has an owner of its own. Made-up sentences about
made-up states, parsed by the project's real spaCy model; made_up_news xa06 runs the same shape end to end."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania expelled 16 diplomats and four technical staff of the Freedonian embassy.",
    "Ruritania said 16 diplomats and four technical staff of the Freedonian embassy were being expelled from Ruritania.",
])
def test_the_owner_after_the_last_people_is_all_of_theirs(text):
    assert asserted(text) == {("RR", "FD", 20)}


def test_people_with_an_owner_of_their_own_keep_it():
    assert asserted("Ruritania expelled two Graustarkian diplomats and a driver of the Freedonian embassy on Monday.") \
        == {("RR", "GK", 2), ("RR", "FD", 1)}
