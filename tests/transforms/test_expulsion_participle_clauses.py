"""A participle that opens an adverbial clause of its own ("..., expelled in response to ...", "Expelled in
1985, ...") is passive: the subject of the clause it qualifies is who was expelled, never who expelled
(transforms/expulsions/parse_words._reduced_passive_clause). Made-up articles about made-up states, parsed
by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings, made_up_rows


@pytest.fixture(scope="module")
def parsed():
    from transforms.expulsions.story import default_parse
    return lambda text: default_parse([text])[0]


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Expelled by Ruritania in 1985, the two Freedonian diplomats returned to Fredville.", {("RR", "FD", 2)}),
    ("The three Freedonian diplomats flew home on Friday, expelled by Ruritania for spying.", {("RR", "FD", 3)}),
    # the people expelled are the subject: no state in the sentence says who expelled them
    ("All Freedonian diplomats left Ruritania on Friday, expelled in response to the storming of the "
     "Ruritanian embassy.", set()),
    # an active verb keeps its subject as the one who expels
    ("Ruritania, angered by the plot, expelled three Freedonian diplomats.", {("RR", "FD", 3)}),
    ("Having expelled three Freedonian diplomats, Ruritania closed its border.", {("RR", "FD", 3)}),
])
def test_a_participle_clause_is_passive(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("All Freedonian diplomats left Ruritania on Friday, expelled in response to the storming of the "
     "Ruritanian embassy.", [(None, "FD", None, "asserted")]),
    ("The three Freedonian diplomats flew home on Friday, expelled for spying.", [(None, "FD", 3, "asserted")]),
])
def test_the_subject_of_the_clause_is_who_was_expelled(parsed, text, want):
    # the article's story may then name who expelled them; the sentence names no one
    assert grammar_readings(parsed, text, READING_NAMES) == want
