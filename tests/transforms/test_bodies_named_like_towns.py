"""A small town named like a known body (a news agency) is the body, unless the text puts a place there."""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.bodies_named_like_towns import bodies_named_like_towns

GAZ = Gazetteer([
    Entity("org:1", "Ruritanian Press Agency", "ORG", "RU", aliases=["Rupra"], sources=["newsnorm-curated"]),
    Entity("geo:1", "Rupra", "CITY", "RU", population=16_000, sources=["geonames"]),
    Entity("org:2", "Grand Assembly", "ORG", "XA", aliases=["Bigton"], sources=["newsnorm-curated"]),
    Entity("geo:2", "Bigton", "CITY", "XA", population=2_500_000, sources=["geonames"]),
])
TOWN = Resolution("CITY", "geo:1", "Rupra", "RU", None, None, 1.0, "exact")


def _one(text, before="", answer=TOWN, dateline=False):
    query = NameQuery(text, "GPE", len(before), len(before) + len(text), before, dateline=dateline)
    return bodies_named_like_towns(GAZ, [query], [answer])[0]


def test_the_agency_not_the_town_when_it_reports():
    # "Rupra and TASS misreported the talks", "the news agency Rupra reported"
    for before in ("", "the Ruritanian news agency ", "Officials said "):
        got = _one("Rupra", before)
        assert (got.entity_id, got.entity_type, got.country_code) == ("org:1", "ORG", "RU")


def test_the_town_where_the_text_puts_a_place():
    for before in ("Fighting broke out in ", "refugees from ", "the mayor of "):
        assert _one("Rupra", before) == TOWN
    assert _one("Rupra", dateline=True) == TOWN


def test_a_large_city_keeps_its_name_and_other_answers_are_left_alone():
    city = Resolution("CITY", "geo:2", "Bigton", "XA", None, None, 1.0, "exact")
    assert _one("Bigton", answer=city) == city
    person = Resolution("PERSON", None, "Rupra", None, None, None, 0.0, "nil")
    assert _one("Rupra", answer=person) == person
    assert bodies_named_like_towns(None, [NameQuery("Rupra", "GPE", 0, 5)], [TOWN]) == [TOWN]
