"""A pronoun subject of an adverbial clause ("Ruritania had the last word when it ordered out six more Freedonian
diplomats") is the state that is the subject of the clause it hangs on; not when another state is named between
them, and not when that subject is no state. Made-up sentences about made-up states, parsed by the project's real
spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania had the last word in the row when it ordered out six more Freedonian diplomats.",
    "Ruritania ended the dispute after it expelled four Freedonian diplomats on Monday.",
    "Ruritania stunned its neighbours when it expelled four Freedonian diplomats.",
])
def test_the_pronoun_of_an_adverbial_clause_is_the_state_of_the_main_clause(text):
    assert {(a, b) for a, b, _ in asserted(text)} == {("RR", "FD")}


@pytest.mark.parametrize("text", [
    "Ruritania was furious after Graustark said it had expelled four Freedonian diplomats.",
    "The weather was cold when it expelled four Freedonian diplomats.",
])
def test_no_state_taken_across_another_state_or_from_a_subject_that_is_none(text):
    assert ("RR", "FD") not in {(a, b) for a, b, _ in asserted(text)}
