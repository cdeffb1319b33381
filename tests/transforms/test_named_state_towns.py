"""A town named alone goes to the one region the story names (made-up towns, asked of the
post-resolution step): a namesake held in that region takes the link; two regions named, or the
famous namesake linked, keep it."""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.named_state_towns import towns_of_the_named_region

MILLBROOK_GB = Entity("g:1", "Millbrook", "CITY", "GB", population=40_000, region="ENG", known_names=9,
                      sources=["geonames"])
MILLBROOK_US = Entity("g:2", "Millbrook", "CITY", "US", population=60_000, region="CA", known_names=12,
                      sources=["geonames"])
GRANDPORT_IT = Entity("g:3", "Grandport", "CITY", "IT", population=400_000, region="16", known_names=80,
                      sources=["geonames"])
GRANDPORT_US = Entity("g:4", "Grandport", "CITY", "US", population=30_000, region="CA", known_names=10,
                      sources=["geonames"])
CALIFORNIA = Entity("p:ca", "California", "CITY", "US")
OREGON = Entity("p:or", "Oregon", "CITY", "US")
COUNTRIES = [Entity("c:us", "United States", "COUNTRY", "US"), Entity("c:gb", "United Kingdom", "COUNTRY", "GB"),
             Entity("c:it", "Italy", "COUNTRY", "IT")]
GAZ = Gazetteer([MILLBROOK_GB, MILLBROOK_US, GRANDPORT_IT, GRANDPORT_US, CALIFORNIA, OREGON] + COUNTRIES)


def _as(e: Entity) -> Resolution:
    return Resolution("CITY", e.entity_id, e.canonical_name, e.country_code, e.acts_for, method="context", score=0.9)


def _ask(text: str, found: list) -> list:
    queries, answers = [], []
    for name, answer in found:
        start = text.index(name, queries[-1].end_char if queries else 0)
        queries.append(NameQuery(name, "GPE", start, start + len(name)))
        answers.append(answer)
    return towns_of_the_named_region(GAZ, queries, answers, "1987-06-08", text)


def test_the_namesake_in_the_one_state_named_takes_the_link():
    text = "California growers said the frost at Millbrook would cut the crop."
    out = _ask(text, [("California", _as(CALIFORNIA)), ("Millbrook", _as(MILLBROOK_GB))])
    assert (out[1].entity_id, out[1].country_code) == ("g:2", "US")


def test_two_states_named_keep_the_link():
    text = "California and Oregon growers said the frost at Millbrook would cut the crop."
    out = _ask(text, [("California", _as(CALIFORNIA)), ("Oregon", _as(OREGON)), ("Millbrook", _as(MILLBROOK_GB))])
    assert out[2].entity_id == "g:1"


def test_the_famous_namesake_keeps_its_link():
    text = "The California choir sang in Grandport on Sunday."
    out = _ask(text, [("California", _as(CALIFORNIA)), ("Grandport", _as(GRANDPORT_IT))])
    assert out[1].entity_id == "g:3"
