"""A passive participle after "after", "before" or "upon" ("Two Freedonian diplomats left Strelsau after being
expelled", "... left Ruritania on Friday after being declared personae non gratae"): its patient is the subject of
the clause it hangs on (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


pytestmark = pytest.mark.usefixtures("freedonians_as_people")


@pytest.mark.parametrize("text, want", [
    ("Two Freedonian diplomats left Strelsau today after being expelled from Ruritania.", {("RR", "FD", 2)}),
    ("The four Freedonians, all attaches at the embassy in Strelsau, left Ruritania on Friday after being declared "
     "personae non gratae.", {("RR", "FD", 4)}),
])
def test_the_clauses_subject_is_the_participles_patient(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want


def test_students_after_being_expelled_from_a_university_are_no_diplomats():
    assert not [r for r in made_up_rows("The Freedonian students left Strelsau after being expelled from the "
                                        "university.") if r[3] == "asserted"]
