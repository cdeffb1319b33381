"""A verb of opinion with persona non grata as its object's predicate declares the status ("said it considers the
Freedonian ambassador persona non grata", "the ambassador is now considered persona non grata"; patterns/grammar.json
deeming_verbs); weighing a declaration ("is considering declaring", "considering whether to declare"), a modal or a
negation of its own stay what they are. Made-up sentences about made-up states, parsed by the project's real spaCy
model; made_up_news xa11-xa12 run the same shapes end to end."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


@pytest.mark.parametrize("text", [
    "Ruritania said it considers the Freedonian ambassador persona non grata.",
    "Strelsau said on Monday that the Freedonian ambassador is now considered persona non grata.",
])
def test_considered_persona_non_grata_is_declared(text):
    assert rows(text) == {("RR", "FD", 1, "asserted")}


@pytest.mark.parametrize("text, modality", [
    ("Ruritania is considering declaring the Freedonian ambassador persona non grata.", "hypothetical"),
    ("Ruritania is considering whether to declare the Freedonian ambassador persona non grata.", "hypothetical"),
    ("Ruritania would consider the Freedonian ambassador persona non grata if he stayed.", "hypothetical"),
    ("Ruritania said the Freedonian ambassador may be considered persona non grata.", "hypothetical"),
    ("Ruritania does not consider the Freedonian ambassador persona non grata.", "negated"),
    ("Ruritania has considered expelling the Freedonian ambassador.", "hypothetical"),
])
def test_weighing_or_denying_it_is_no_declaration(text, modality):
    assert rows(text) == {("RR", "FD", 1, modality)}
