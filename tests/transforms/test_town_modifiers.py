"""A small town's name before a common noun, in a story that never names its country, names a thing
(made-up towns and stories, asked of the post-resolution step)."""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.town_modifiers import qualifies_a_noun, towns_naming_things

ORBIS = Entity("g:orbis", "Orbis", "CITY", "CA", population=100_000, known_names=12)
BIGTON = Entity("g:big", "Bigton", "CITY", "GB", population=2_000_000, known_names=60)
GAZ = Gazetteer([ORBIS, BIGTON, Entity("c:us", "United States", "COUNTRY", "US"),
                 Entity("c:ca", "Canada", "COUNTRY", "CA")])
US = Resolution("COUNTRY", "c:us", "United States", "US", "US", method="exact", score=1.0)
CA = Resolution("COUNTRY", "c:ca", "Canada", "CA", "CA", method="exact", score=1.0)


def _town(e):
    return Resolution("CITY", e.entity_id, e.canonical_name, e.country_code, method="exact", score=1.0)


def _ask(text, found):
    queries, answers = [], []
    for name, answer in found:
        start = text.index(name, queries[-1].end_char if queries else 0)
        queries.append(NameQuery(name, "GPE", start, start + len(name), text[max(0, start - 80):start]))
        answers.append(answer)
    return towns_naming_things(GAZ, queries, answers, "1987-03-26", text)


def test_a_small_town_before_a_noun_in_a_story_about_another_state_names_a_thing():
    got = _ask("An unmanned Orbis rocket carried a United States weather satellite into orbit.",
               [("Orbis", _town(ORBIS)), ("United States", US)])
    assert got[0].entity_id is None
    assert got[1] == US


def test_the_town_stays_where_the_story_names_its_country_or_places_something_in_it():
    text = "Orbis police said the Canada border was closed; the United States agreed."
    assert _ask(text, [("Orbis", _town(ORBIS)), ("Canada", CA), ("United States", US)])[0].entity_id == "g:orbis"
    text = "Floods in Orbis forced the United States consulate to close."
    assert _ask(text, [("Orbis", _town(ORBIS)), ("United States", US)])[0].entity_id == "g:orbis"
    text = "Bigton talks with the United States ended."   # a large city
    assert _ask(text, [("Bigton", _town(BIGTON)), ("United States", US)])[0].entity_id == "g:big"
    text = "Orbis and the United States signed."          # no noun after the name
    assert _ask(text, [("Orbis", _town(ORBIS)), ("United States", US)])[0].entity_id == "g:orbis"


def test_what_follows_the_name():
    assert qualifies_a_noun("a Delta rocket", 7)
    assert qualifies_a_noun("a Delta\nrocket", 7)
    assert not qualifies_a_noun("Delta and Omega", 5)
    assert not qualifies_a_noun("Delta Air Lines", 5)
    assert not qualifies_a_noun("Delta.", 5)
