""""has neither expelled the ambassador nor closed its embassy": an expulsion under "neither ... nor", on the verb
or on its object, and whichever conjunct it is, is denied; a "neither" elsewhere in the sentence denies nothing of it.
Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania has neither expelled the Freedonian ambassador nor closed its embassy in Fredville.",
    "The government of Ruritania has neither expelled the Freedonian ambassador nor recalled its own envoy.",
    "Ruritania has expelled neither the Freedonian ambassador nor his deputy.",
    "Ruritania has neither recalled its ambassador nor expelled the Freedonian envoy.",
])
def test_an_expulsion_under_neither_nor_is_denied(text):
    rows = made_up_rows(text)
    assert rows and not {r for r in rows if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania expelled the Freedonian ambassador on Monday, and neither government has commented since.",
    "Neither Graustark nor Syldavia commented after Ruritania expelled the Freedonian ambassador.",
])
def test_a_neither_elsewhere_denies_nothing(text):
    assert ("RR", "FD", 1, "asserted") in made_up_rows(text)
