"""Papers the people are "served with" ("Ruritania served the Freedonian ambassador with his walking papers") expel
them, as papers served on them do: the person is the object and the idiom follows "with" (patterns/grammar.json
expulsion_idiom_with_verbs). Anything else served on anyone, or papers served on a coach, is no expulsion.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania served the Freedonian ambassador with his walking papers.", {("RR", "FD", 1, "asserted")}),
    ("Ruritania served two Freedonian diplomats with their marching orders on Monday.", {("RR", "FD", 2, "asserted")}),
    ("The Freedonian ambassador was served with his walking papers by Ruritania.", {("RR", "FD", 1, "asserted")}),
    ("The club served its coach with his walking papers.", set()),
    ("Ruritania served the Freedonian ambassador with a summons.", set()),
])
def test_papers_served_with_expel_the_object(text, want):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == want
