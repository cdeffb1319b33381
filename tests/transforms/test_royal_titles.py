"""Royal and religious titles before a name are no part of it: "Crown Prince Fahd" is marked Fahd,
"Ayatollah Ruhollah Khomeini" Ruhollah Khomeini; a word that is also a given name ("Emir
Kusturica", "Sultan bin Abdulaziz") stays unless the text shows it is a title; and the gazetteer
finds a person it lists with the title by the name without it. Sentences and people made up."""
import pytest
import spacy

from gazetteer.model import Entity, Role
from gazetteer.resolver import ArticleResolver
from gazetteer.royal_names import untitled_key
from gazetteer.store import Gazetteer
from tests.gazetteer.asking import ask
from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article
from transforms.royal_titles import strip_royal_titles


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Qandaria"], "PERSON": ["Sheikh Hasina"]})


def _stripped(name):
    doc = spacy.blank("en")(name)
    return doc[strip_royal_titles(doc, 0, len(doc)):].text


def _people(rec, text):
    (r,) = rec.recognise([Article("a", text)])
    return {m.text for m in r.mentions if m.label in ("PERSON", "GAZ:PERSON", "SPEAKER")}


def test_royal_and_religious_titles_are_cut_from_the_name(recogniser):
    people = _people(recogniser, "The talks were led by Crown Prince Nawwaf, who flew in from Jeddah. King Faisal and Sheikh Mansour "
                                 "bin Rashid al-Tamimi met in Qandaria on Monday, and Grand Ayatollah Ali "
                                 "Rezaei sent a message.")
    assert {"Nawwaf", "Faisal", "Mansour bin Rashid al-Tamimi", "Ali Rezaei"} <= people, people
    assert not any(p.split()[0] in ("Crown", "Prince", "King", "Sheikh", "Grand", "Ayatollah") for p in people)


def test_a_title_that_is_also_a_given_name_stays_unless_the_text_shows_a_title(recogniser):
    people = _people(recogniser, "The film by Emir Kovacevic opened in Sarajevo on Friday.")
    assert "Emir Kovacevic" in people, people
    people = _people(recogniser, "Emir Hamad bin Khalid al-Nasser of Qandaria arrived on Sunday.")
    assert "Hamad bin Khalid al-Nasser" in people, people
    assert _stripped("Prince Sultan bin Abdulrahim") == "Sultan bin Abdulrahim"   # a prince called Sultan
    assert _stripped("Sultan Qasim bin Taymur") == "Qasim bin Taymur"
    assert _stripped("Amir Levin") == "Amir Levin"
    people = _people(recogniser, "The emir left Doha on Monday. Later Emir Hamad told reporters he was well.")
    assert "Hamad" in people, people


def test_the_omani_style_sayyid_before_a_dynastic_name_is_a_title():
    assert _stripped("Sayyid Harith bin Khalfan al Mazrui") == "Harith bin Khalfan al Mazrui"
    assert _stripped("Sayyida Salma bint Nasser") == "Salma bint Nasser"
    assert _stripped("Sayyid Qasimi") == "Sayyid Qasimi"   # a man called Sayyid


def test_a_known_name_of_one_word_after_its_title_stays_whole(recogniser):
    people = _people(recogniser, "Prime Minister Sheikh Hasina said on Tuesday the talks had failed.")
    assert "Sheikh Hasina" in people, people


def test_the_prince_of_a_place_keeps_its_title(recogniser):
    people = _people(recogniser, "The Prince of Wales visited the school.")
    assert not {"Wales", "of Wales"} & people


def test_names_the_gazetteer_lists_with_a_title_are_also_indexed_without_it():
    assert untitled_key("ayatollah ruhollah khomeini") == "ruhollah khomeini"
    assert untitled_key("sheikh jabir al ahmad al sabah") == "jabir al ahmad al sabah"
    assert untitled_key("crown prince haakon magnus") == "haakon magnus"
    assert untitled_key("sheikh hasina") == ""            # one word is too little to index
    assert untitled_key("sultan bin abd al aziz") == ""   # Sultan is his given name
    assert untitled_key("kingsley amis") == ""


def test_a_person_listed_with_a_title_is_found_by_the_name_without_it():
    entities = [
        Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
        Entity("p:rezaei", "Ayatollah Ali Rezaei", "PERSON", "XQ",
               roles=[Role("official", "Supreme Leader", "XQ", "1980-01-01", "1995-01-01")]),
    ]
    (r,) = ask(ArticleResolver(Gazetteer(entities)), "1987-03-01", ("Ali Rezaei", "PERSON"))
    assert r.entity_id == "p:rezaei"


def test_a_fathers_name_in_a_patronymic_is_no_name_of_the_son():
    """"Sheikh Hamad" after "Sheikh Rashid bin Hamad al-Nuaimi" is another man: his father's name."""
    resolver = ArticleResolver(Gazetteer([Entity("c:xq", "Qandaria", "COUNTRY", "XQ")]))
    full, father = ask(resolver, "1987-03-01", ("Rashid bin Hamad al-Nuaimi", "PERSON"), ("Hamad", "PERSON"))
    assert father.canonical_name != full.canonical_name
    full, again = ask(resolver, "1987-03-01", ("Rashid bin Hamad al-Nuaimi", "PERSON"), ("Rashid", "PERSON"))
    assert again.canonical_name == full.canonical_name


def test_a_title_cut_off_from_its_name_is_no_person(recogniser):
    people = _people(recogniser, "Officials said Sheikh\nSultan bin Khalid had abdicated. The Sheikh left.")
    assert not {"Sheikh", "Crown Prince"} & people, people


def test_a_king_named_after_his_son_is_the_king_not_the_son():
    """"King Faris" after "Crown Prince Karim bin Faris": the son's full name ends with his father's."""
    entities = [
        Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
        Entity("p:faris", "Faris of Qandaria", "PERSON", "XQ",
               roles=[Role("head_of_state", "King", "XQ", "2015", None)]),
        Entity("p:karim", "Karim bin Faris", "PERSON", "XQ",
               roles=[Role("minister", "Minister of Defence", "XQ", "2015", None)]),
    ]
    son, king = ask(ArticleResolver(Gazetteer(entities)), "2018-03-20", ("Karim bin Faris", "PERSON"),
                    ("Faris", "PERSON", "Qandarian Crown Prince Karim bin Faris met King "))
    assert son.entity_id == "p:karim"
    assert king.entity_id == "p:faris"


def test_a_form_of_address_before_a_royal_title_is_cut_too():
    assert _stripped("Majesty King Omar") == "Omar"
    assert _stripped("Royal Highness Princess Ilse") == "Ilse"
    assert _stripped("Highness Sheikh Tamir bin Zayed") == "Tamir bin Zayed"
    assert _stripped("Majesty the King") == "Majesty the King"     # no name after it
    assert untitled_key("majesty king omar qandari") == "omar qandari"
