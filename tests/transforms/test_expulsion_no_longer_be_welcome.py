""""Will no longer be welcome", "won't be welcome": the future of "is no longer welcome" is a sentence worth parsing
(candidate_sentences._IDIOMS, the cheap test on the raw text, had only "no longer welcome"). Made-up sentences about made-up
states (tests/expulsions_helpers.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania announced on Friday that the Freedonian ambassador will no longer be welcome.",
    "The Ruritanian foreign minister announced that the Freedonian ambassador to Ruritania will no longer be welcome "
    "in the country.",
])
def test_the_future_of_no_longer_welcome(text):
    assert made_up_rows(text, "2025-03-14") == {("RR", "FD", 1, "asserted")}
