"""A passive clause after a verb of saying whose subject the parser made the saying verb's object ("Freedonia
confirmed Ivan Petrov, its envoy to Ruritania, had been ordered to leave the country") has that object as its
subject (sentences written for these tests, about made-up states)."""
from tests.expulsions_helpers import made_up_rows


def test_the_object_of_the_verb_of_saying_is_the_passive_clause_s_subject():
    text = "Freedonia confirmed Ivan Petrov, its envoy to Ruritania, had been ordered to leave the country."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 1, "asserted")}


def test_a_clause_with_a_subject_of_its_own_keeps_it():
    text = "Freedonia told Ruritania two Graustark diplomats had been ordered to leave the country."
    assert ("RR", "FD", 2, "asserted") not in made_up_rows(text)
