"""A place's name before "'s Square", "'s Hospital" names a street or a building (sentences written for these tests)."""
from gazetteer.resolution import NameQuery, Resolution
from transforms.possessive_facilities import names_a_facility, possessive_facilities

TOWN = Resolution("CITY", "geo:1", "Port Amalie", "XR", None, None, 0.97, "alias")


def _run(text, name):
    start = text.index(name)
    return possessive_facilities([NameQuery(name, "GPE", start, start + len(name))], [TOWN], text)[0]


def test_a_street_or_a_building_named_after_it_is_no_town():
    for text in ("The siege of the mission in St Amalie's Square went on.", "He was taken to St Amalie's Hospital.",
                 "A service was held at St Amalie\u2019s Cathedral."):
        got = _run(text, "St Amalie")
        assert got.entity_id is None and got.canonical_name == "St Amalie"
    assert names_a_facility("St Amalie's Gate", len("St Amalie"))


def test_the_place_itself_keeps_its_link():
    for text in ("Crowds filled St Amalie's Red Square.", "St Amalie's embassy said nothing.",
                 "St Amalie's Supreme Court ruled.", "St Amalie's mayor resigned.", "St Amalie Square is closed."):
        assert _run(text, "St Amalie") == TOWN
    person = Resolution("PERSON", "p:1", "Amalie Square", "XR", None, None, 1.0, "exact")
    text = "Amalie's Square dance was a hit."
    assert possessive_facilities([NameQuery("Amalie", "PERSON", 0, 6)], [person], text) == [person]
