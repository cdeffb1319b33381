"""What a present "it is necessary to" / "it is essential that" calls for, and a bare verb joined to a past call
("called for the withdrawal of X and expel their ambassador"), is a demand, no expulsion told (talk.py needed_act,
bare_verb_called_for). Past need ("it was necessary to expel") and a past tense of its own ("called for sanctions
and expelled") still tell one. Sentences written for these tests, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "It is necessary to expel the Freedonian ambassador, a Ruritanian minister said.",
    "Ruritania should talk to Freedonia and it is necessary to hold a meeting and to expel the Freedonian envoy "
    "as soon as possible.",
    "It is essential that Ruritania expel the Freedonian envoy.",
    "For the Ruritanian opposition it is imperative to expel three Freedonian diplomats at once.",
    "The Ruritanian government called for the withdrawal of the Ruritanian ambassador in Freedonia and expel their "
    "ambassador from Ruritania.",
    "The Ruritanian parliament demanded a boycott of Freedonian goods and expel the Freedonian consul.",
])
def test_a_call_for_an_expulsion_is_no_expulsion(text):
    assert _asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("It was necessary to expel the Freedonian envoy, Ruritania said.", ("RR", "FD", 1, "asserted")),
    ("The Ruritanian government called for sanctions and expelled the Freedonian ambassador.",
     ("RR", "FD", 1, "asserted")),
    ("Ruritania expelled two Freedonian diplomats and it is necessary to explain why.", ("RR", "FD", 2, "asserted")),
])
def test_an_expulsion_told_beside_a_need_stays(text, want):
    assert want in made_up_rows(text)
