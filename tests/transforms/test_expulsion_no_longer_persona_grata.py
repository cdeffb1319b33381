""""No longer persona grata" denies the status that "persona non grata" declares, as "no longer welcome" does
(png_status.unwelcome; story's candidate pattern lets the sentence be parsed): "Ruritania said the Freedonian
ambassador was no longer persona grata" is Ruritania's declaration. "remains persona grata", "was still persona
grata" declare nothing. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Ruritania said the Freedonian ambassador was no longer persona grata.", 1),
    ("The Freedonian military attache is no longer persona grata, Ruritania said.", 1),
    ("Ruritania told Freedonia that two of its diplomats were no longer persona grata.", 2),
])
def test_no_longer_persona_grata_is_a_declaration(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text", [
    "The Freedonian ambassador remains persona grata in Strelsau, the Ruritanian minister said.",
    "Ruritania said the Freedonian ambassador was still persona grata.",
])
def test_persona_grata_kept_declares_nothing(text):
    assert made_up_rows(text) == set()
