"""An envoy expelled by title and surname whose state only an earlier sentence gives ("Freedonia's ambassador, Kang
Il, was summoned on Monday. Ruritania declared Ambassador Kang persona non grata"): the name is read like a bare name
the story may tell of (expelled_people: a name declared persona non grata, or titled as an envoy), and the story's
earlier apposition gives his state (person_state.diplomat_named, which takes a state's possessive and leaves out the
state that expels him). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "The Freedonian ambassador, Kang Il, was summoned on Monday. Ruritania declared Ambassador Kang persona non grata.",
    "Freedonia's ambassador, Kang Il, was summoned on Monday. Ruritania declared Kang persona non grata.",
    "Freedonia's ambassador in Strelsau, Kang Il, was summoned on Monday. Ruritania declared Ambassador Kang persona "
    "non grata.",
    "The Freedonian ambassador, Kang Il, was summoned on Monday. Ruritania expelled Ambassador Kang.",
])
def test_the_envoys_state_comes_from_the_sentence_before(text):
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania expelled Ambassador Kang.",
    "Ruritania declared Kang persona non grata.",
    "The Freedonian writer Kang Il was arrested. Ruritania declared Kang persona non grata.",
    "Ruritania's ambassador, Kang Il, was recalled. Ruritania expelled Ambassador Kang.",
])
def test_no_envoy_of_another_state_named_before_gives_nothing(text):
    assert made_up_rows(text) == set()
