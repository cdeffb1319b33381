""""called in the ambassador to inform him that X is persona non grata": calling in summons, it demands nothing
(modality._called_in, unlike "called on Freedonia to expel"); and a person's nationality from "a Freedonian
diplomat, Second Secretary Ivan Petrov" (person_state.nationality_of)."""
import pytest

from tests.transforms.test_expulsion_anaphora import events
from transforms.expulsions.person_state import nationality_of


@pytest.mark.parametrize("text, want", [
    ("Ruritania called in the Freedonian ambassador to inform him that Ivan Petrov, a Freedonian diplomat, is "
     "persona non grata and must leave the country within ten days.", {("RR", "FD", 1)}),
    ("The Ruritanian minister called in the Freedonian ambassador on Monday to tell him that two Freedonian "
     "diplomats must leave Ruritania.", {("RR", "FD", 2)}),
    # the person named a diplomat before, under his title with capitals; the parser may make "persona" a verb
    ("Ruritanian police detained a Freedonian Diplomat, Second Secretary Ivan Borisovich Petrov, on Sunday. "
     "Ruritania called in Freedonian Ambassador Gusev on Monday to firmly protest this action and inform the "
     "Ambassador that Petrov is persona non grata and must leave the country within ten days.", {("RR", "FD", 1)}),
    # "called on" another state to expel is a demand, no expulsion
    ("Ruritania called on Freedonia to expel two Ruritanian diplomats.", set()),
])
def test_calling_in_an_ambassador_demands_nothing(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    ("Police detained a Freedonian diplomat, Second Secretary Ivan Petrov, on Sunday.", "FD"),
    ("Police detained the Freedonian diplomat Ivan Petrov on Sunday.", "FD"),
    ("Police detained Ivan Petrov, a Freedonian diplomat, on Sunday.", "FD"),
    ("Police detained a Freedonian Diplomat, Second Secretary Ivan Borisovich Petrov, on Sunday.", "FD"),
    ("Police detained the Freedonian Consul Ivan Petrov on Sunday.", "FD"),
    ("Police detained the Freedonian Union Ivan Petrov on Sunday.", None),
    ("A Freedonian diplomat and a Ruritanian one, Ivan Petrov, were detained.", "RR"),
    # a word that ends the sentence before is not a title of the name
    ("The Ruritanian government acted on Wednesday. Petrov, a Freedonian diplomat, left.", "FD"),
    # two nationalities given to the name: none
    ("Police detained Ivan Petrov, a Freedonian diplomat, and the Ruritanian consul Boris Petrov.", None),
])
def test_nationality_of_a_named_diplomat(text, want):
    assert nationality_of(text, "Petrov", {"freedonian": "FD", "ruritanian": "RR"}) == want


def test_a_long_apposition_between_the_declared_and_persona_non_grata():
    text = ("As a reciprocal countermeasure, Ruritania decides to declare Ivan Petrov, consul of the Consulate "
            "General of Freedonia in Strelsau persona non grata, who has been asked to leave the country by May 13.")
    assert events(text) == {("RR", "FD", 1)}


@pytest.mark.parametrize("text, want", [
    # a state that summons a state's envoy and demands the expulsion of that state's people is their host
    ("Ruritania summoned the Freedonian charge d'affaires in Strelsau on Sunday and demanded the immediate "
     "expulsion of several Freedonian embassy employees.", {("RR", "FD", None)}),
    # of another state's people, or by no state, it stays a demand
    ("Ruritania summoned the Freedonian ambassador on Sunday and demanded the expulsion of Strelsau's critics.",
     set()),
    ("Opposition deputies summoned the Freedonian ambassador and demanded the expulsion of Freedonian diplomats.",
     set()),
    ("Ruritania demanded the expulsion of Freedonian diplomats from the regional council.", set()),
])
def test_a_host_that_summons_an_envoy_and_demands_the_expulsion_of_his_staff(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # one withdraws one's own: the state told to withdraw "its" envoy owns him
    ("Ruritania demanded that Freedonia withdraw its ambassador within seven days.", {("RR", "FD", 1)}),
    # a demand by no state, or of troops, is no expulsion
    ("The opposition demanded that Freedonia withdraw its ambassador.", set()),
    ("Ruritania demanded that Freedonia withdraw its troops.", set()),
])
def test_a_demand_that_a_state_withdraw_its_envoy(text, want):
    assert events(text) == want
