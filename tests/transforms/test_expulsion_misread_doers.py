"""A state body's sentence the parser read as a noun phrase ("The Ruritanian presidency announced on Tuesday the
expulsion of ...": "presidency" the root, "announced" a reduced relative on it) names the body as the doer
(misread_doers.py); and a "by" inside another phrase on the expulsion noun ("in response to a similar move by
Freedonia") is that phrase's, never the expulsion's agent. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "The Ruritanian presidency announced on Tuesday the expulsion of 12 Freedonian diplomats.",
    "The Ruritanian presidency announced on Tuesday, April 15, 2025, the expulsion of 12 Freedonian diplomats in "
    "response to a similar move by Freedonia.",
])
def test_a_state_body_read_as_a_noun_phrase_is_the_doer(text):
    assert made_up_rows(text) == {("RR", "FD", 12, "asserted")}


@pytest.mark.parametrize("text", [
    "The expulsion of 12 Freedonian diplomats by Ruritania was announced on Tuesday.",
    "The expulsion by Ruritania of 12 Freedonian diplomats was announced on Tuesday.",
])
def test_by_on_the_expulsion_stays_its_agent(text):
    assert made_up_rows(text) == {("RR", "FD", 12, "asserted")}


def test_a_newspaper_is_no_states_body():
    text = "A Ruritanian newspaper announced on Tuesday the expulsion of 12 Freedonian diplomats."
    assert not any(actor == "RR" and modality == "asserted" for actor, _, _, modality in made_up_rows(text))
