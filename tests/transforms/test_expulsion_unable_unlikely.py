"""An adjective that denies or doubts its infinitive ("is unable to expel", "is unlikely to expel"): the expulsion is
not told as done (patterns/grammar.json negating_governors, hypothetical_governors)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, modality", [
    ("Ruritania is unable to expel the Freedonian ambassador.", "negated"),
    ("Ruritania is unwilling to expel the Freedonian ambassador.", "negated"),
    ("Ruritania is unlikely to expel the Freedonian ambassador.", "hypothetical"),
    ("Ruritania is reluctant to expel the Freedonian ambassador.", "hypothetical"),
    ("Two Freedonian diplomats are unlikely to be expelled by Ruritania.", "hypothetical"),
])
def test_a_denied_or_doubted_expulsion_is_not_done(text, modality):
    assert made_up_rows(text) == {("RR", "FD", 1 if "ambassador" in text else 2, modality)}


@pytest.mark.parametrize("text", [
    "Ruritania expelled the Freedonian ambassador, though it was reluctant to do so.",
    "Although reluctant, Ruritania expelled the Freedonian ambassador.",
])
def test_reluctance_beside_the_act_leaves_it_done(text):
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}
