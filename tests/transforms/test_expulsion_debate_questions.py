"""A Commons written question put to the British Foreign Secretary by his title ("asked the Secretary of State
for Foreign and Commonwealth Affairs") says whose parliament it is: the answer's "we" is Britain, as "My
Lords" says in the Lords (sentences written for these tests)."""
import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.story import home_state


@pytest.mark.parametrize("text, home", [
    ("Mr. Smith asked the Secretary of State for Foreign and Commonwealth Affairs how many diplomats left.", "GB"),
    ("Mr. Smith asked the Secretary of State for Foreign Affairs whether he will make a statement.", "GB"),
    ("The Secretary of State for Foreign and Commonwealth Affairs visited Fredville on Monday.", None),
    ("Mr. Smith asked the Secretary of State for Health how many nurses left.", None),
])
def test_a_question_to_the_foreign_secretary_by_title_is_a_british_debate(text, home):
    assert home_state(text) == home


def test_the_answers_we_is_britain():
    text = ("Mr. Smith asked the Secretary of State for Foreign and Commonwealth Affairs how many Freedonian officials "
            "have been required to leave since January.\n\nMr. Jones: We have required 12 Freedonian officials to leave.")
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("GB", "FD", 12, "asserted")}
