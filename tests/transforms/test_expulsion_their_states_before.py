""""Their" people after a sentence that lists the states: "The president of Ruritania has broken all relations with
A, B and C. He has ordered their diplomats to leave" orders out the diplomats of each listed state (story._before,
several.listed_states), as "broke off relations with A, B and C and ordered their diplomats to leave" does in one
sentence. A sentence before that lists none, or more than one list, leaves "their" as before. Sentences written for
these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

EACH = {("RR", "FD", None, "asserted"), ("RR", "GK", None, "asserted"), ("RR", "SV", None, "asserted")}


@pytest.mark.parametrize("text", [
    "The president of Ruritania has broken all relations with Freedonia, Graustark and Syldavia. "
    "He has ordered their diplomats to leave Ruritania within 24 hours and recalled his envoys from the countries.",
    "Ruritania has broken all relations with Freedonia, Graustark and Syldavia. "
    "It ordered their diplomats to leave within 24 hours.",
    "Ruritania broke off relations with Freedonia, Graustark and Syldavia and ordered their diplomats to leave.",
])
def test_their_diplomats_after_a_list_of_states_are_each_states(text):
    assert made_up_rows(text) == EACH


@pytest.mark.parametrize("text", [
    "Ruritania accused Freedonia of spying. It ordered their diplomats to leave.",
    "Ruritania broke off relations with Freedonia and Graustark after talks with Syldavia and Graustark. "
    "It ordered their diplomats to leave.",
])
def test_no_one_list_before_names_no_one_for_their(text):
    assert not any(expelled in ("GK", "SV") for _, expelled, _, _ in made_up_rows(text))   # (at most one guess, as before)


def test_a_state_named_as_the_subject_before_keeps_their_people():
    text = "Ruritania protested to Freedonia and Graustark. Syldavia ordered their diplomats to leave."
    assert made_up_rows(text) == {("SV", "RR", None, "asserted")}
