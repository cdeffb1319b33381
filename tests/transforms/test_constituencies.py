"""A member's seat in a parliament's record (in brackets after the member's name, or after "Member for") is a
place: the debate's state's one town of that name, or an unknown place; never a person."""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.constituencies import constituency_places, is_seat

GAZ = Gazetteer([
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ"),
    Entity("t:brill_q", "Brillmouth", "CITY", "XQ"),
    Entity("t:brill_r", "Brillmouth", "CITY", "XR"),
    Entity("p:brill", "Arthur Brillmouth", "PERSON", "XQ"),
])


def _at(text, name, nth=1):
    start = -1
    for _ in range(nth):
        start = text.index(name, start + 1)
    return start, start + len(name)


def _ask(text, *names):
    queries, answers = [], []
    for name, label in names:
        start, end = _at(text, name)
        queries.append(NameQuery(name, label, start, end))
        answers.append(Resolution("PERSON", "p:brill", "Arthur Brillmouth", "XQ", method="context"))
    return queries, answers


def test_a_seat_in_brackets_after_a_member_or_after_member_for():
    text = "Mr. Oswin Tarle (Brillmouth): I agree. Sir Hal Penn (Dunmore, North) asked the hon. Member for Fenby."
    assert is_seat(text, *_at(text, "Brillmouth"))
    assert is_seat(text, *_at(text, "Dunmore"))
    assert is_seat(text, *_at(text, "Fenby"))


def test_a_name_in_brackets_after_an_office_or_with_an_honorific_of_its_own_is_no_seat():
    text = ("The Secretary of State for Home Affairs (Brillmouth): no. Mr. Speaker (Mr. Oswin Tarle) rose. "
            "Mr. Oswin Tarle (Brillmouth Gazette reported) said.")
    assert not is_seat(text, *_at(text, "Brillmouth"))
    assert not is_seat(text, *_at(text, "Oswin Tarle"))
    assert not is_seat(text, *_at(text, "Brillmouth", 2))


def test_a_seat_taken_for_a_person_is_the_debates_town_or_an_unknown_place():
    text = "Mr. Oswin Tarle (Brillmouth): I agree with the hon. Member for Brillmouth."
    queries, answers = _ask(text, ("Brillmouth", "PERSON"))
    out = constituency_places(GAZ, "XQ", text, queries, answers)
    assert (out[0].entity_type, out[0].entity_id, out[0].country_code) == ("CITY", "t:brill_q", "XQ")
    out = constituency_places(GAZ, None, text, queries, answers)
    assert (out[0].entity_type, out[0].entity_id, out[0].canonical_name) == ("CITY", None, "Brillmouth")


def test_a_person_named_elsewhere_keeps_the_person():
    text = "Arthur Brillmouth said the Government would not give way."
    queries, answers = _ask(text, ("Arthur Brillmouth", "PERSON"))
    assert constituency_places(GAZ, "XQ", text, queries, answers) == answers
