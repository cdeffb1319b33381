"""A full name of three words or more whose surname is spelt otherwise and which leaves out a middle
name is the one known person whose name holds each of its words, in order
(gazetteer/person_match.transliterated_full_name). Names made up for the test, and a sentence with the
real model and gazetteer."""
from gazetteer.model import Entity
from gazetteer.person_match import transliterated_full_name, words_in_order
from gazetteer.store import Gazetteer


def test_each_word_in_order_spelt_alike():
    assert words_in_order("mohammed saeed al sahaf", "muhammad said kazim al sahhaf")
    assert not words_in_order("mohammed saeed al sahaf", "muhammad kazim al sahhaf")      # no "saeed"
    assert not words_in_order("al sahaf mohammed", "muhammad said kazim al sahhaf")       # out of order


def test_one_known_person_whose_name_holds_every_word():
    gaz = Gazetteer([Entity("p:1", "Abdul Karim Nasser al Qaddumi", "PERSON", "XQ"),
                     Entity("p:2", "Abdul Rahman al Qaddumi", "PERSON", "XQ")])
    assert [e.entity_id for e in transliterated_full_name(gaz, "abdel karim al kaddumi")] == []
    assert [e.entity_id for e in transliterated_full_name(gaz, "abdul kareem al qadoumi")] == ["p:1"]
    assert [e.entity_id for e in transliterated_full_name(gaz, "abdul kareem al qaddoumi")] == ["p:1"]
    assert transliterated_full_name(gaz, "abdul qaddoumi") == []   # two words: too little


def test_an_information_minister_named_without_his_middle_name(resolve):
    ms = resolve("Mohammed Saeed al-Sahaf told reporters on the roof of the hotel that no troops had "
                 "entered the city.", "2003-04-07")
    assert ("Mohammed Saeed al-Sahaf", "Muhammad Said Kazim al Sahhaf") in {(m.text, m.canonical_name) for m in ms}
