"""Arab names written up to the father's name, and fathers that disagree (gazetteer/nasab_names.py):
names made up for this test, then sentences written for it with the real model and gazetteer."""
from types import SimpleNamespace

import pytest

from gazetteer.model import Entity
from gazetteer.nasab_names import father, fathers_disagree, opened_by_nasab


def _person(eid, name, *aliases):
    return Entity(entity_id=eid, canonical_name=name, entity_type="PERSON", country_code="QA", aliases=list(aliases))


GAZ = SimpleNamespace(entities=[_person("p1", "Fahad bin Nasser Al Qandari"),
                                _person("p2", "Fahad bin Nasser"),                  # no longer name: nothing opened
                                _person("p3", "Rashid bin Fahad bin Nasser Al Qandari")])


def test_a_name_up_to_the_father_opens_the_longer_names_that_go_on():
    assert [e.entity_id for e in opened_by_nasab(GAZ, "fahad bin nasser")] == ["p1"]
    assert [e.entity_id for e in opened_by_nasab(GAZ, "rashid bin fahad")] == ["p3"]
    assert [e.entity_id for e in opened_by_nasab(GAZ, "rashid bin fahad bin nasser")] == ["p3"]


def test_a_name_that_ends_otherwise_than_in_a_father_opens_nothing():
    assert opened_by_nasab(GAZ, "fahad bin") == []
    assert opened_by_nasab(GAZ, "fahad nasser al") == []


def test_the_father_is_the_word_after_the_first_particle():
    assert father("mohammed bin zayed al nahyan".split()) == "zayed"
    assert father("muhammad bin abd al rauf ziyadah".split()) == "abd"
    assert father("osama bin laden".split()) == "laden"
    assert father("ben bella".split()) == ""   # a particle that opens the name gives no father


@pytest.mark.parametrize("a, b, disagree", [
    ("mohammed bin zayed", "muhammad bin abd al rauf ziyadah", True),
    ("salman bin abdulaziz", "salman bin abd al aziz al saud", False),   # one father spelt two ways
    ("abdullah bin omar", "abdallah bin umar al qasimi", False),          # vowels begin the one name
    ("hamad bin khalifa", "hamad bin qasim al thani", False),             # k and q: left to the spelling
    ("tamim bin hamad", "tamim al thani", False),                         # no father on one side
])
def test_fathers_disagree_only_when_both_named_and_sounding_otherwise(a, b, disagree):
    assert fathers_disagree(a, b) is disagree


@pytest.mark.parametrize("text, date, name, person", [
    ("DOHA, May 3 - Qatar's emir Sheikh Tamim bin Hamad received the envoy on Sunday.", "2022-05-03",
     "Tamim bin Hamad", "Tamim bin Hamad Al Thani"),
    ("MUSCAT - Sultan Haitham bin Tarik left Oman for a visit to Bahrain on Monday.", "2022-10-24",
     "Haitham bin Tarik", "Haitham bin Tarik Al Said"),
    ("ABU DHABI - President Sheikh Mohammed bin Zayed received the Iranian envoy on Tuesday.", "2023-01-10",
     "Mohammed bin Zayed", "Mohammed bin Zayed Al Nahyan"),
])
def test_a_gulf_ruler_named_up_to_his_father_is_that_ruler(resolve, text, date, name, person):
    found = [m for m in resolve(text, date=date) if m.text == name]
    assert found and found[0].canonical_name == person
