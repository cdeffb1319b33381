"""A body's one-word name the model takes for a person ("Yonhap said", "Jobbik came second") is the
body when it is a news medium, or a party of a state the story names (gazetteer/bodies_taken_for_people.py),
with the real model and gazetteer; the names' labels are the model's, so each case first checks that
the model does take the word for a person or a place."""
import pytest

from gazetteer.bodies_taken_for_people import body_taken_for_a_person


def one(ms, text):
    found = [m for m in ms if m.text == text]
    assert found, f"{text} not found"
    return found[0]


@pytest.mark.parametrize("text", [
    "SEOUL, March 3 - Yonhap said two fishing boats had crossed the line overnight.",   # a speaker
    "SEOUL, March 3 - North Korea fired two missiles into the sea, Yonhap reported, quoting the military.",
])
def test_a_news_agency_taken_for_a_person_is_the_agency(resolve, text):
    assert one(resolve(text, date="2016-03-03"), "Yonhap").canonical_name == "Yonhap News Agency"


@pytest.mark.parametrize("text, name, agency", [
    ("The ministry declined to comment when asked by Sputnik about the two attaches.", "Sputnik", "Sputnik"),
    ("Baku summoned the French envoy over the remarks, Trend reports.", "Trend", "Trend News Agency"),
])
def test_news_agencies_of_today_taken_for_people_are_the_agencies(resolve, text, name, agency):
    found = one(resolve(text, date="2021-03-06"), name)
    assert found.entity_type == "ORG" and found.canonical_name == agency


def test_an_agency_is_not_named_before_it_was_founded(resolve):
    ms = resolve("The Soviet Union launched Sputnik on Friday, and Sputnik circled the earth.", date="1957-10-06")
    assert one(ms, "Sputnik").entity_id is None or not one(ms, "Sputnik").entity_id.startswith("curated:")


def test_a_party_of_the_story_s_state_taken_for_a_person_is_the_party(resolve):
    ms = resolve("ATHENS, Jan. 26 - Greece's new prime minister said Syriza would renegotiate the country's debt.",
                 date="2015-01-27")
    assert one(ms, "Syriza").label == "PERSON"   # the model's reading
    assert one(ms, "Syriza").canonical_name == "Coalition of the Radical Left"


class _Gaz:
    """Two bodies that bear one word: a party of Ruritania, and a paper."""
    def __init__(self, entities):
        self.entities = entities
        self.surname_index = {"strelsau": ["someone"]}

    def lookup_exact(self, text, types=None):
        return [e for e in self.entities if text.lower() in (n.lower() for n in e.names())]


def _entity(eid, name, country, sources):
    from gazetteer.model import Entity
    return Entity(eid, name, "ORG", country, sources=sources)


def test_a_party_of_a_state_the_story_does_not_name_or_a_surname_stays_unknown():
    from collections import Counter
    from gazetteer.model import NEWS_MEDIA
    gaz = _Gaz([_entity("p1", "Zenda", "RR", ["partyfacts"]), _entity("m1", "Strelsau", "RR", ["curated", NEWS_MEDIA]),
                _entity("m2", "Hentzau", "RR", ["curated", NEWS_MEDIA])])
    weight = lambda e, context: context[e.country_code] / max(1, sum(context.values()))
    assert body_taken_for_a_person(gaz, "Zenda", "PERSON", Counter({"FR": 3}), weight) is None   # no Ruritania
    assert body_taken_for_a_person(gaz, "Zenda", "PERSON", Counter({"RR": 2}), weight).entity_id == "p1"
    assert body_taken_for_a_person(gaz, "Zenda", "ORG", Counter({"RR": 2}), weight) is None   # the resolver's own case
    assert body_taken_for_a_person(gaz, "Strelsau", "PERSON", Counter(), weight) is None   # someone's surname
    assert body_taken_for_a_person(gaz, "Hentzau", "GPE", Counter(), weight).entity_id == "m2"


def test_a_word_the_text_gives_a_person_is_no_body_taken_for_one():
    from collections import Counter
    from types import SimpleNamespace
    from gazetteer.bodies_taken_for_people import bodies_taken_for_people
    from gazetteer.model import NEWS_MEDIA
    gaz = _Gaz([_entity("m2", "Hentzau", "RR", ["curated", NEWS_MEDIA])])
    weight = lambda e, context: 0.0
    unknown = SimpleNamespace(entity=None)

    def answers(*queries):
        results = [unknown for _ in queries]
        bodies_taken_for_people(gaz, queries, results, Counter(), weight, lambda e: e.entity_id)
        return results

    def q(text, before=""):
        return SimpleNamespace(text=text, label="PERSON", context_before=before)
    assert answers(q("Hentzau", "Later "))[0] == "m2"                          # "Hentzau said": the agency
    assert answers(q("Rudolf Hentzau"), q("Hentzau", "Later "))[1] is unknown  # "Rudolf Hentzau ... Hentzau said"
    assert answers(q("Hentzau", "The crowd cheered Mr. "))[0] is unknown       # "Mr. Hentzau"


def test_a_news_agency_s_old_wire_credit_is_the_agency_and_a_namesake_person_stays_a_person(resolve):
    ms = resolve("LONDON, March 4 (Reuter) - Britain expelled two Czechoslovak diplomats, the Foreign Office said.",
                 date="1987-03-04")
    assert one(ms, "Reuter").canonical_name == "Reuters"
    ms = resolve("Ernst Reuter, the mayor, spoke to the crowd. Later Mr Reuter thanked the Allies for the airlift.",
                 date="1949-05-12")
    assert all(m.canonical_name != "Reuters" for m in ms)
