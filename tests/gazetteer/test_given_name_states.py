"""A state's one-word name opening a person's name is that person's given name (gazetteer/given_name_states.py)."""
from types import SimpleNamespace

import pytest

from gazetteer.given_name_states import drop_given_names_taken_for_states
from gazetteer.resolution import NameQuery


@pytest.mark.parametrize("text", [
    "Police arrested two French agents, Dominique Prieur and Alain Mafart, at the airport.",
    "The embassy named those told to leave: Jacques Morel, a naval attache, and Dominique Hillion, an army attache.",
])
def test_a_given_name_spelt_like_a_state_is_no_state(resolve, text):
    ms = resolve(text, date="1985-09-24")
    assert not [m for m in ms if m.entity_type == "COUNTRY" and m.canonical_name == "Dominica"]


@pytest.mark.parametrize("text,label", [("Dominique President Silvanie Burton", "PERSON"),
                                        ("Dominique News", "ORG")])
def test_a_state_before_a_title_or_a_bodys_word_stays_a_state(resolve, text, label):
    gaz = resolve.resolver.gaz
    state = gaz.lookup_exact("Dominique", types=("COUNTRY",))[0]
    qs = [NameQuery("Dominique", "GAZ:COUNTRY", 0, 9), NameQuery(text, label, 0, len(text))]
    results = [SimpleNamespace(entity=state, entity_type="COUNTRY"), SimpleNamespace(entity=None, entity_type=label)]
    drop_given_names_taken_for_states(gaz, qs, results)
    assert results[0] is not None


def test_a_state_no_one_is_named_after_stays_a_state(resolve):
    gaz = resolve.resolver.gaz
    state = gaz.lookup_exact("Myanmar", types=("COUNTRY",))[0]
    text = "Myanmar Andrew Kirkwood"
    qs = [NameQuery("Myanmar", "GAZ:COUNTRY", 0, 7), NameQuery(text, "PERSON", 0, len(text))]
    results = [SimpleNamespace(entity=state, entity_type="COUNTRY"), SimpleNamespace(entity=None, entity_type="PERSON")]
    drop_given_names_taken_for_states(gaz, qs, results)
    assert results[0] is not None
