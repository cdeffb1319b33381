"""A party that did not exist on the article's date is not what the article names."""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.out_of_time import bodies_out_of_time

GAZ = Gazetteer([
    Entity("p:new", "Quarry Party", "ORG", "XQ", aliases=["QP"], founded="2018"),
    Entity("p:old", "Farmland League", "ORG", "XQ", aliases=["FL"], founded="1959", dissolved="1977"),
    Entity("p:ok", "Coastal Union", "ORG", "XQ", aliases=["CU"], founded="1950"),
])


def q(text):
    return NameQuery(text, "ORG", 0, len(text))


def link(eid, name):
    return Resolution("ORG", eid, name, "XQ", score=0.97, method="alias")


def test_a_party_founded_after_the_story_or_long_gone_is_unknown():
    queries = [q("QP"), q("FL"), q("CU")]
    answers = [link("p:new", "Quarry Party"), link("p:old", "Farmland League"), link("p:ok", "Coastal Union")]
    out = bodies_out_of_time(GAZ, queries, answers, "1987-03-13")
    assert [a.entity_id for a in out] == [None, None, "p:ok"]
    # in 2020 the new party exists; in 1976 the old one did
    assert bodies_out_of_time(GAZ, queries[:1], answers[:1], "2020-01-01")[0].entity_id == "p:new"
    assert bodies_out_of_time(GAZ, queries[1:2], answers[1:2], "1976-05-01")[0].entity_id == "p:old"


def test_a_dissolved_party_named_in_full_stays_and_no_date_changes_nothing():
    (full,) = bodies_out_of_time(GAZ, [q("Farmland League")], [link("p:old", "Farmland League")], "1995-01-01")
    assert full.entity_id == "p:old"
    (undated,) = bodies_out_of_time(GAZ, [q("QP")], [link("p:new", "Quarry Party")], None)
    assert undated.entity_id == "p:new"


RENAMED = Gazetteer([
    Entity("m:old", "Ministry of External and Colonial Affairs", "ORG", "XQ", aliases=["Outer Ministry"],
           acts_for="XQ", dissolved="2011-04-01"),
    Entity("m:new", "Ministry of External Affairs and Trade", "ORG", "XQ", acts_for="XQ", founded="2011-04-01"),
    Entity("p:gone", "Harbour Party", "ORG", "XQ", aliases=["HP"], dissolved="1990"),
    Entity("p:year", "Dockers' Party", "ORG", "XQ", founded="1990"),
])


def test_a_body_renamed_on_a_known_day_is_its_successor_from_that_day():
    query, old = q("Outer Ministry"), link("m:old", "Ministry of External and Colonial Affairs")
    for date, want in (("2014-06-30", "m:new"), ("2011-04-01", "m:new"), ("2011-03-31", "m:old"), ("1999-01-01", "m:old")):
        (a,) = bodies_out_of_time(RENAMED, [query], [old], date)
        assert a.entity_id == want, date
    # a party gone in a year another was founded is no one's predecessor: its short form stays unknown
    (a,) = bodies_out_of_time(RENAMED, [q("HP")], [link("p:gone", "Harbour Party")], "1995-01-01")
    assert a.entity_id is None
