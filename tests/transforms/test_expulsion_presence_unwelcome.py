"""A state's own minister telling the other state's envoy that the presence of some of his staff is no longer
acceptable or welcome expels them: "The Ruritanian Foreign Minister informed the Freedonian ambassador that the
presence of three members of his staff was no longer acceptable" (patterns/grammar.json presence_nouns: the people
are the noun's "of"; the one who informs is the doer though he is a person of a state, for he is not of the state
whose people go). Troops' presence, a presence that is welcome, and an envoy telling of his own staff are no
expulsion by him. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian Foreign Minister informed the Freedonian ambassador that the presence of three members of his "
     "staff was no longer acceptable to Ruritania.", {("RR", "FD", 3)}),
    ("Ruritania's Foreign Minister informed the Freedonian ambassador that the presence of three members of his staff "
     "was no longer acceptable.", {("RR", "FD", 3)}),
    ("Ruritania said the continued presence of two Freedonian diplomats in Strelsau was no longer welcome.",
     {("RR", "FD", 2)}),
    ("Ruritania informed Freedonia that the stay of three Freedonian diplomats was no longer acceptable.",
     {("RR", "FD", 3)}),
])
def test_the_presence_of_people_no_longer_acceptable_expels_them(text, want):
    assert asserted(text) == want


def test_a_minister_of_the_state_informing_another_states_envoy_is_the_doer():
    assert asserted("The Ruritanian Foreign Minister informed the Freedonian ambassador that three members of his "
                    "staff were no longer acceptable.") == {("RR", "FD", 3)}


@pytest.mark.parametrize("text", [
    "Ruritania said the presence of Freedonian troops on the border was no longer acceptable.",
    "Ruritania said the presence of two Freedonian diplomats at the talks was welcome.",
    "The ambassador told reporters that two of his staff had been declared persona non grata.",
])
def test_other_presences_or_an_envoy_telling_of_his_own_staff_are_no_such_expulsion(text):
    assert asserted(text) == set()
