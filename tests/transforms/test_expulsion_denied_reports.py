"""A report the story itself says was denied is no expulsion told as done (denied_reports.py): the same two states
and count, told as a report after "denied reports that ...". An expulsion told on its own beside a denial of
something else, or beside a denied report of it, stays. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "The Ruritanian Foreign Ministry has denied reports that four staff members from the Ruritanian Embassy in "
    "Fredville had been expelled by Freedonia. Freedonian television reported late Thursday that four Ruritanian "
    "Embassy staff members had been expelled over espionage.",
    "Ruritania dismissed the reports that Freedonia had expelled three Ruritanian diplomats. Freedonia expelled "
    "three Ruritanian diplomats last week, a Freedonian newspaper reported.",
])
def test_a_report_the_story_denies_is_no_expulsion(text):
    assert not any(r[3] == "asserted" for r in made_up_rows(text))


@pytest.mark.parametrize("text, want", [
    ("Ruritania denied reports that its diplomats were spies. Freedonia expelled four Ruritanian diplomats, "
     "Freedonian television reported.", ("FD", "RR", 4, "asserted")),
    ("Ruritania denied reports that four Ruritanian diplomats had been expelled by Freedonia. Freedonia expelled four "
     "Ruritanian diplomats on Monday.", ("FD", "RR", 4, "asserted")),
])
def test_an_expulsion_told_on_its_own_stays(text, want):
    assert want in made_up_rows(text)
