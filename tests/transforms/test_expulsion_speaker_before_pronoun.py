""""Graustark expelled four Freedonian diplomats and Syldavia said it would expel one": the pronoun subject of what a
verb of speech says, where the parser left that verb with no subject (it hung "Syldavia" on the object before) and a
state is named right before it, is that state, not the subject of the sentence before. Sentences written for these
tests."""
from tests.expulsions_helpers import made_up_rows

FIRST = "Ruritania expelled three Freedonian diplomats on Monday. "


def test_the_state_named_before_the_speech_verb_is_the_pronoun():
    rows = made_up_rows(FIRST + "Graustark expelled four Freedonian diplomats and Syldavia said it would expel one.")
    assert {r for r in rows if r[2] == 1} == {("SV", "FD", 1, "asserted")}


def test_a_pronoun_with_no_state_before_its_verb_keeps_the_sentence_before():
    rows = made_up_rows(FIRST + "On Tuesday it said it would expel one more Freedonian diplomat.")
    assert ("RR", "FD", 1, "asserted") in rows
