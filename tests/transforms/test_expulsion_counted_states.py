"""A subject that counts the states the sentence before names ("The three governments expelled Iraqi military
attaches in return"): each of those states acts (transforms/expulsions/counted_states.py). Made-up states,
parsed by the project's real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, state_mentions

MORE_STATES = {**STATES, "lakonia": ("LK", "COUNTRY"), "estrovia": ("ES", "COUNTRY")}


def events(text):
    return asserted_events(text, state_mentions(text, MORE_STATES))


@pytest.mark.parametrize("text, want", [
    # the two states whose attaches were expelled answer, each with its own expulsion of unknown size
    ("Ruritania expelled the military attaches of Freedonia and Lakonia on Saturday. The two governments expelled "
     "Ruritanian military attaches in return.",
     {("RR", "FD", 1), ("RR", "LK", 1), ("FD", "RR", None), ("LK", "RR", None)}),
    ("Freedonia and Lakonia protested on Monday. The two countries then expelled Ruritanian diplomats.",
     {("FD", "RR", None), ("LK", "RR", None)}),
    # as many states named as the subject counts, or no one: three named, "the two" is not all of them
    ("Freedonia, Lakonia and Estrovia protested on Monday. The two governments expelled Ruritanian diplomats.", set()),
    # a count told over all of them is a sum, no state's own
    ("Freedonia, Lakonia and Estrovia protested on Monday. The three countries expelled 12 Ruritanian diplomats.",
     set()),
])
def test_the_n_governments_are_the_n_states_named_before(text, want):
    assert events(text) == want
