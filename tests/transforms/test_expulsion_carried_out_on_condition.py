"""An expulsion noun that a clause of "if" or "unless" says may yet be carried out ("if Freedonia went ahead with the
expulsion of Ruritanian envoys", "unless Freedonia decides to carry out the expulsion of ...") is no expulsion
done (carried_out.py; patterns/grammar.json carrying_out_verbs), also where that clause hangs on another threatened
expulsion; a noun told as done ("after Freedonia went ahead with the expulsion") stays told. Sentences written for
these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows

THREATS = [
    "Ruritania vowed to expel two Freedonian diplomats if Freedonia went ahead with the expulsion of Ruritanian envoys.",
    "Ruritania vowed to expel two Freedonian diplomats if Freedonia goes ahead with the expulsion of Ruritanian envoys.",
    "Ruritania threatened to expel two Freedonian diplomats if Freedonia went ahead with the expulsion of three "
    "Ruritanian envoys.",
    "Ruritania vowed to expel two Freedonian diplomats if Freedonia carried out the expulsion of three Ruritanian "
    "envoys.",
    "Ruritania will expel two Freedonian diplomats if Freedonia proceeds with the expulsion of Ruritanian envoys.",
    "Ruritania will expel two Freedonian diplomats if Freedonia implements the expulsion of three Ruritanian envoys.",
    "Ruritania will expel two Freedonian diplomats unless Freedonia presses ahead with its expulsion of three "
    "Ruritanian envoys.",
    "Ruritania will expel two Freedonian diplomats if Freedonia decides to carry out the expulsion of three "
    "Ruritanian envoys.",
]


@pytest.mark.parametrize("text", THREATS)
def test_an_expulsion_still_to_be_carried_out_is_not_told_as_done(text):
    rows = made_up_rows(text)
    assert ("RR", "FD", 2, "hypothetical") in rows
    assert not {r for r in rows if r[3] == "asserted"}
    assert {r[:2] for r in rows if r[3] == "hypothetical"} == {("RR", "FD"), ("FD", "RR")}


@pytest.mark.parametrize("text", [
    "Ruritania vowed to respond if Freedonia went ahead with the expulsion of Ruritanian envoys.",
    "If Freedonia went ahead with the expulsion of Ruritanian envoys, Ruritania would respond.",
])
def test_a_condition_on_another_answer_stays_hypothetical(text):
    assert made_up_rows(text) == {("FD", "RR", None, "hypothetical")}


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats after Freedonia went ahead with the expulsion of three Ruritanian "
    "envoys.",
    "When Freedonia carried out the expulsion of three Ruritanian envoys, Ruritania expelled two Freedonian diplomats.",
])
def test_an_expulsion_carried_out_before_an_answer_stays_told(text):
    assert made_up_rows(text) == {("FD", "RR", 3, "asserted"), ("RR", "FD", 2, "asserted")}


@pytest.mark.parametrize("text", [
    "Freedonia went ahead with the expulsion of three Ruritanian envoys, and Ruritania vowed to respond.",
    "Freedonia implemented the expulsion of three Ruritanian envoys on Monday.",
])
def test_an_expulsion_carried_out_stays_told(text):
    assert made_up_rows(text) == {("FD", "RR", 3, "asserted")}


def test_an_expulsion_in_a_condition_that_does_not_carry_it_out_stays_told():
    # halting an expulsion takes it as under way: the condition is on the halting, not on the expulsion
    text = "Ruritania will expel two Freedonian diplomats unless Freedonia halts the expulsion of three Ruritanian envoys."
    assert ("FD", "RR", 3, "asserted") in made_up_rows(text)
