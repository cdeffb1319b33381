"""A plural pronoun for the people declared persona non grata ("The Ruritanian foreign ministry said they had been
declared persona non grata") is not the one who says so: a singular speaker ("the ministry", "the spokesman") cannot be
"they", so the pronoun's people are those the story told before, never the speaker's own state's. Made-up sentences
about made-up states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats on Wednesday. The Ruritanian foreign ministry said they had been "
    "declared persona non grata in protest at Freedonia's failure to cooperate with investigations.",
    "Ruritania expelled two Freedonian diplomats on Wednesday. A Ruritanian spokesman said they had been declared "
    "persona non grata because of Freedonia's refusal to help.",
])
def test_they_is_not_the_singular_speaker(text):
    assert asserted(text) == {("RR", "FD", 2)}


@pytest.mark.parametrize("text, want", [
    # the people named in the clause above stay the pronoun's antecedent
    ("Ruritania summoned two Freedonian diplomats and declared them persona non grata.", {("RR", "FD", 2)}),
    # a plural speaker may be the people themselves
    ("Ruritania expelled two Freedonian diplomats. The two Freedonian diplomats said they had been declared persona "
     "non grata without reason.", {("RR", "FD", 2)}),
])
def test_antecedents_that_agree_stay(text, want):
    assert asserted(text) == want
