"""'Obliged' or 'obligated' to leave orders the people out as 'required' to leave does, as translations of ministries'
notes say it (patterns/grammar.json order_verbs); others obliged to leave, obliged to do anything else, or a feeling of
obligation are no expulsion. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text, sentence=r"[^\n]+") if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Two Freedonian diplomats are obliged to leave the territory of Ruritania within 72 hours.", ("RR", "FD", 2)),
    ("Ruritania obliged the Freedonian military attaché to leave the country within 48 hours.", ("RR", "FD", 1)),
    ("The Freedonian consul is obligated to leave Ruritania by Friday, the ministry said.", ("RR", "FD", 1)),
])
def test_obliged_to_leave_is_an_order_to_leave(text, want):
    assert asserted(text) == {want}


@pytest.mark.parametrize("text", [
    "Freedonian citizens are obliged to leave the territory of Ruritania within 72 hours.",
    "Freedonian diplomats are obliged to respect the laws of Ruritania.",
    "The Freedonian ambassador felt obliged to leave the meeting early.",
])
def test_others_or_other_obligations_are_no_expulsion(text):
    assert not asserted(text)
