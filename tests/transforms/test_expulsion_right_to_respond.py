"""An expulsion that is the means of an act only allowed is not done: "Ruritania reserves the right to respond by
expelling two Freedonian diplomats" (modality.modality_of reads asked_acts._allowed on the governors, not only on the
act's own verb); a right used tells it done. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania reserved the right to respond by expelling two Freedonian diplomats.",
    "On Monday Ruritania reserved the right to retaliate by expelling Freedonian diplomats.",
    "Ruritania had the authority to respond by declaring two Freedonian diplomats persona non grata.",
])
def test_the_means_of_an_allowed_response_is_no_act(text):
    rows = made_up_rows(text)
    assert rows and all(m == "hypothetical" for *_, m in rows)


@pytest.mark.parametrize("text", [
    "Ruritania exercised its right to respond by expelling two Freedonian diplomats.",
    "Ruritania responded by expelling two Freedonian diplomats.",
    "Ruritania reserved the right to respond, and expelled two Freedonian diplomats.",
])
def test_a_right_used_or_a_response_made_is_the_act(text):
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted")}
