"""How far a "not" reaches (transforms/expulsions/negation_scope.py): a conjoined clause with a subject of its own,
a verb after "but", or a verb in a tense of its own is not under another verb's "not"; a verb of denial that is
itself denied ("did not refuse to", "never excluded") leaves the act open. Made-up sentences about made-up states,
parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def rows(text):
    return made_up_rows(text, "2019-01-01", sentence=r".+")


@pytest.mark.parametrize("text", [
    "Freedonia did not protest, and Ruritania expelled two Graustarkian diplomats.",
    "Freedonia did not protest, but Ruritania expelled two Graustarkian diplomats.",
])
def test_a_clause_with_its_own_subject_is_not_under_the_first_clauses_not(text):
    assert rows(text) == {("RR", "GK", 2, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania did not close the consulate but expelled two Freedonian diplomats.",
    "Ruritania did not close the consulate and expelled two Freedonian diplomats.",
])
def test_a_verb_after_but_or_in_its_own_tense_is_not_under_the_first_verbs_not(text):
    assert rows(text) == {("RR", "FD", 2, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania did not refuse to expel two Freedonian diplomats.",
    "Ruritania never excluded expelling two Freedonian diplomats.",
])
def test_a_denied_denial_leaves_the_expulsion_open(text):
    assert rows(text) == {("RR", "FD", 2, "hypothetical")}


@pytest.mark.parametrize("text", [
    "Ruritania did not close the consulate or expel two Freedonian diplomats.",
    "Ruritania did not close the consulate and expel two Freedonian diplomats.",
    "Ruritania has not closed its embassy or expelled two Freedonian diplomats.",
    "Freedonia did not comment, and Ruritania did not expel two Graustarkian diplomats.",
    "Ruritania neither closed the consulate nor expelled two Freedonian diplomats.",
])
def test_a_verb_sharing_the_not_or_with_its_own_stays_denied(text):
    assert ("RR", "FD" if "Graustark" not in text else "GK", 2, "negated") in rows(text)


def test_a_people_denial_in_the_first_clause_still_carries():
    # as the sets' labels read "No allegations were made ..., but three ... were declared persona non grata"
    assert rows("No charges were brought, but two Ruritanian diplomats were declared persona non grata by "
                "Freedonia.") == {("FD", "RR", 2, "negated")}

