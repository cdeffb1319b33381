""""the Gulf nation of Bahrain, a member of the coalition, expelled its Iranian ambassador": a state told as what it
is with its name after "of" ("the nation of", "the island state of", "the kingdom of") is the state named, not an
unnamed actor that the story before fills in; so is such a state after "after" when the parser reads "after" as a
preposition and the expelling verb as a conjunct of the main clause (commas only between them). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Graustark cut its ties with Freedonia on Friday. The move comes after the Gulf nation of Ruritania, a member of "
    "the coalition, expelled the Freedonian ambassador.",
    "Graustark cut its ties with Freedonia on Friday. Earlier the island state of Ruritania expelled the Freedonian "
    "ambassador.",
])
def test_the_state_named_after_of_acts(text):
    rows = {r for r in made_up_rows(text) if r[3] == "asserted"}
    assert ("RR", "FD", 1, "asserted") in rows and not {r for r in rows if r[0] == "GK"}


def test_a_main_clause_with_its_own_and_keeps_the_story_s_state():
    text = ("Graustark cut its ties with Freedonia on Friday. It acted after talks with Ruritania, and expelled the "
            "Freedonian ambassador.")
    assert not {r for r in made_up_rows(text) if r[0] == "RR"}
