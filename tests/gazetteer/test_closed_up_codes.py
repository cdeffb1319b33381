"""A body's code of letters and a number written closed up or spaced ("G 8", "G-8", "G8") is one name; a
closed-up key two bodies share is no one's (made-up bodies and sentences written for these tests)."""
from gazetteer.closed_up_codes import closed_up_index, closed_up_key
from gazetteer.model import Entity
from gazetteer.phrases import phrases_by_label
from gazetteer.store import Gazetteer

ENTITIES = [
    Entity("org:q9", "Group of Nine Harbours", "ORG", aliases=["Q 9"]),
    Entity("org:k40", "K40 Forum", "ORG", aliases=["K40"]),
    Entity("org:zt5", "Zeta Five Compact", "ORG", aliases=["ZT 5"]),
    Entity("org:zt5b", "Zeta Tanker Union", "ORG", aliases=["ZT5"]),
    Entity("org:pkx", "Party of Kettle Makers", "ORG", aliases=["PKX"]),
    Entity("org:gr8", "Harbour Group", "ORG", aliases=["Group 8"]),
    Entity("city:w7", "Wexmoor", "CITY", "XQ", aliases=["W 7"]),
]


def ids(gaz, name, types=("ORG",)):
    """The bodies a name finds for certain (before any fuzzy guess)."""
    return [entity.entity_id for entity, score, _ in gaz.candidates(name, types) if score == 1.0]


def test_the_closed_up_key_joins_short_letters_and_numbers_only():
    assert closed_up_key("g 8") == "g8"
    assert closed_up_key("ds 70") == "ds70"
    assert closed_up_key("g8") is None
    assert closed_up_key("p k k") is None           # letters alone: a spelled-out acronym
    assert closed_up_key("group 8") is None         # a word and a number
    assert closed_up_key("10 10") is None


def test_a_code_written_closed_up_finds_the_body_written_spaced_and_the_other_way():
    gaz = Gazetteer(ENTITIES)
    assert ids(gaz, "Q9") == ["org:q9"]             # "The Q9 ports met in Lisbon."
    assert ids(gaz, "Q-9") == ["org:q9"]
    assert ids(gaz, "K 40") == ["org:k40"]          # "Delegates of the K 40 arrived."
    assert ids(gaz, "K-40") == ["org:k40"]


def test_a_closed_up_key_two_bodies_share_is_refused():
    gaz = Gazetteer(ENTITIES)
    index, refused = closed_up_index(ENTITIES)
    assert "zt5" not in index and refused == 1
    assert ids(gaz, "ZT5") == ["org:zt5b"]         # the name as written still finds its own body
    assert ids(gaz, "ZT 5") == ["org:zt5"]


def test_letters_spelled_out_and_words_with_numbers_are_not_joined():
    gaz = Gazetteer(ENTITIES)
    assert "org:pkx" not in ids(gaz, "P-K-X")       # "The P-K-X said ..." in a script
    assert "org:gr8" not in ids(gaz, "Group8")


def test_only_the_types_asked_for():
    gaz = Gazetteer(ENTITIES)
    assert ids(gaz, "W7", ("ORG",)) == []
    assert ids(gaz, "W7", ("CITY",)) == ["city:w7"]


def test_the_recogniser_looks_for_a_bodys_code_closed_up_too():
    org = set(phrases_by_label(ENTITIES)["ORG"])
    assert "Q9" in org
    assert "ZT5" in org and "ZT 5" in org           # each as its own source writes it, no closed-up copy made
