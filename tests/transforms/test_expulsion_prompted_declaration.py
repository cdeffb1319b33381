"""A state another act makes declare someone persona non grata ("..., prompting Freedonia to declare the Ruritanian
envoy persona non grata", "forced Freedonia to declare two Ruritanian diplomats persona non grata") is the one that
declares, as it is the one that expels in "prompting Freedonia to expel" (subjects.controller, now read by the
persona non grata verb too, after a verb of causing: patterns/grammar.json "causing_verbs"), not the subject of the sentence's first act. Sentences written for these tests, about
made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _rows(text):
    return {r for r in made_up_rows(text)}


@pytest.mark.parametrize("text, want", [
    ("Ruritania kicked out the Freedonian ambassador, prompting Freedonia to declare the Ruritanian envoy persona "
     "non grata.", {("RR", "FD", 1, "asserted"), ("FD", "RR", 1, "asserted")}),
    ("Ruritania kicked out the Freedonian ambassador, prompting Freedonia to declare the Ruritanian envoy "
     "\"persona non grata\" and downgrading relations.", {("RR", "FD", 1, "asserted"), ("FD", "RR", 1, "asserted")}),
    ("Ruritania's decision forced Freedonia to declare two Ruritanian diplomats persona non grata.",
     {("FD", "RR", 2, "asserted")}),
])
def test_the_state_made_to_declare_declares(text, want):
    assert _rows(text) == want


@pytest.mark.parametrize("text, want", [
    ("Freedonia decided to declare the Ruritanian envoy persona non grata.", {("FD", "RR", 1, "asserted")}),
    ("The Ruritanian deputy minister had summoned the Freedonian deputy chief of mission to declare five Freedonian "
     "officials persona non grata.", {("RR", "FD", 5, "asserted")}),   # the one summoned is told, not made to act
])
def test_a_declaration_with_no_one_made_to_act_keeps_its_reading(text, want):
    assert _rows(text) == want


def test_a_state_urged_to_declare_is_the_one_asked_to_act():
    # as in "urged Freedonia to expel": a demand that Freedonia declare, not Syldavia
    assert _rows("Syldavia urged Freedonia to declare the Ruritanian envoy persona non grata.") == \
        {("FD", "RR", 1, "demand")}
