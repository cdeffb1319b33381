"""A relative clause on the people expelled: "the ambassador, whom Ruritania ordered to leave the country" names them
by its pronoun (the noun the clause is on, arguments_leave._relative_object), and "it"/"they" as the clause's subject, when
the clause is on the object of a clause whose subject is a state, is that state ("Ruritania blamed the Freedonian
ambassador, whom it expelled"), not a state an earlier sentence told (subjects.relative_pronoun_subject). Sentences
written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania blamed the Freedonian ambassador, whom it expelled on Monday.", ("RR", "FD", 1)),
    ("Ruritania summoned the Freedonian envoy, whom it then expelled.", ("RR", "FD", 1)),
    ("The Ruritanian government condemned the escape and blamed the Freedonian ambassador, whom it ordered to leave "
     "the country.", ("RR", "FD", 1)),
    ("The Freedonian ambassador, whom Ruritania ordered to leave the country, flew home on Friday.", ("RR", "FD", 1)),
    ("The Ruritanian authorities accused the two Freedonian diplomats, whom they ordered to leave within 72 hours, "
     "of spying.", ("RR", "FD", 2)),
])
def test_a_relative_clause_on_the_people_expelled(text, want):
    assert asserted(text) == {want}


def test_it_in_the_relative_clause_is_the_subject_of_its_sentence_not_a_state_told_before():
    got = asserted("The president of Graustark spoke on Sunday. "
                   "Ruritania blamed the Freedonian ambassador, whom it expelled on Monday.")
    assert got == {("RR", "FD", 1)}


@pytest.mark.parametrize("text", [
    "Ruritania named the Freedonian journalists whom it ordered to leave the country.",   # not diplomats
    "Ruritania said the Freedonian ambassador, whom it summoned on Monday, would not be expelled.",   # negated
])
def test_no_expulsion_of_a_relative_clause_that_tells_none(text):
    assert not asserted(text)
