"""A record of speeches speaks with the state of the ministers its headings name (sentences written for
these tests; mentions as the resolver gives them)."""
from transforms.expulsions.headings import speakers_state
from transforms.records import Mention


def _person(text, name, acts_for, at=None):
    start = text.index(name) if at is None else at
    return Mention("t", start, start + len(name), name, "PERSON", "PERSON", "q", name, acts_for, acts_for)


def test_the_speaker_before_a_colon_or_on_a_line_of_his_own():
    text = "Mr. Jan Novak: We have today required two Ruritanian diplomats to leave."
    assert speakers_state(text, [_person(text, "Jan Novak", "CZ")]) == "CZ"
    text = "The Minister of State, Foreign Office (Mr. Jan Novak)\nWe have today required two of them to leave."
    assert speakers_state(text, [_person(text, "Jan Novak", "CZ")]) == "CZ"
    text = "Mr. Jan Novak (Brno, North): Will the Minister say more?"
    assert speakers_state(text, [_person(text, "Jan Novak", "CZ")]) == "CZ"


def test_a_name_in_running_text_or_speakers_of_two_states_say_nothing():
    text = "Yesterday Mr. Jan Novak said we had required two Ruritanian diplomats to leave."
    assert speakers_state(text, [_person(text, "Jan Novak", "CZ")]) is None
    text = "Jan Novak: We expelled two.\nPiotr Kowal: We expelled three."
    assert speakers_state(text, [_person(text, "Jan Novak", "CZ"), _person(text, "Piotr Kowal", "PL")]) is None
    text = "Jan Novak: We expelled two."
    assert speakers_state(text, [_person(text, "Jan Novak", None)]) is None
