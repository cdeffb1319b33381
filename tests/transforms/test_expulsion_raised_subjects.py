"""A passive infinitive of expelling under a verb or adjective that raises its subject ("is expected to be expelled",
"appear to have been expelled", "is likely to be expelled"): that subject is the people expelled
(passive_subjects.raised_subject), told as the governing word tells it."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "The Freedonian ambassador is expected to be expelled by Ruritania.",
    "The Freedonian ambassador was expected to be expelled by Ruritania on Monday.",
    "The Freedonian ambassador is likely to be expelled by Ruritania.",
])
def test_an_expected_expulsion_is_read_and_not_told_as_done(text):
    assert made_up_rows(text) == {("RR", "FD", 1, "hypothetical")}


@pytest.mark.parametrize("text", [
    "The Freedonian ambassador is expected to be recalled by Freedonia.",
    "The Freedonian ambassador is expected to leave Ruritania next week.",
    "Two Freedonian diplomats seem to have been expelled from the conference.",
])
def test_other_acts_or_senses_stay_no_expulsion(text):
    assert made_up_rows(text) == set()
