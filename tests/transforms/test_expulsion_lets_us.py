"""A sentence that opens with a call on "us" to act ("Let us show support for the Freedonians ... and expel the
Ruritanian ambassador", "Let's expel him") tells no expulsion: it is a demand (sentences written for these tests,
about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Let us show support for the Syldavians who are putting their lives at risk for freedom and expel the Ruritanian "
    "ambassador from Freedonia.",
    "Ruritania must act. Let us expel the Freedonian ambassador from Ruritania.",
])
def test_a_call_on_us_to_act_is_no_expulsion(text):
    rows = made_up_rows(text)
    assert rows and not [r for r in rows if r[3] == "asserted"]


def test_let_inside_a_told_act_is_no_call():
    text = "Freedonia let the Ruritanian ambassador stay, but expelled two Ruritanian diplomats."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("FD", "RR", 2, "asserted")}
