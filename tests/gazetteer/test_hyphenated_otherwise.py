"""A full name whose surname is hyphenated otherwise, its given name spelt a letter otherwise, is that
person in a story of the person's country ("Prayuth Chan-ocha" for "Prayut Chan-o-cha")."""
from gazetteer.model import Entity, Role
from gazetteer.person_match import hyphenated_otherwise
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read

LEADER = Entity("p:sk", "Somchit Kan-o-rat", "PERSON", "XQ",
                roles=[Role("head_of_government", "Prime Minister of Qandaria", "XQ", "2014-05-22", "2023-08-22")])


def test_the_same_letters_parted_elsewhere_are_the_same_name():
    assert hyphenated_otherwise("somchith kan orat", LEADER)
    assert not hyphenated_otherwise("somchith kan orak", LEADER)      # other letters
    assert not hyphenated_otherwise("malee kan orat", LEADER)         # another given name
    assert not hyphenated_otherwise("somchit kan o rat", LEADER)      # parted alike: the exact name's business


def test_only_in_a_story_of_the_persons_country():
    resolver = ArticleResolver(Gazetteer([Entity("c:xq", "Qandaria", "COUNTRY", "XQ"), LEADER]))
    res = read(resolver, "Qandaria's parliament confirmed Somchith Kan-orat as prime minister.",
               ("Qandaria", "GPE"), ("Somchith Kan-orat", "PERSON"), date="2019-06-05")
    assert res[1].entity_id == "p:sk"
    (alone,) = read(resolver, "Observers said Somchith Kan-orat had won.", ("Somchith Kan-orat", "PERSON"),
                    date="2019-06-05")
    assert alone.entity_id is None
