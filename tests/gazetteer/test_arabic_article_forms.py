"""The Arabic article before a surname is one word however it is written: al- or el-, its 'l' taken by
the sun letter after it (as-, ad-, ash-, ...), with a hyphen or a space (gazetteer/person_match.words_in_order,
people.ARABIC_ARTICLES). Only a middle word of a full name, against the article in a name the gazetteer
holds. Names made up for the test, and sentences written for it with the real model and gazetteer."""
from gazetteer.model import Entity, Role
from gazetteer.person_match import transliterated_full_name, words_in_order
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.asking import ask


def test_each_written_form_of_the_article_is_one_word():
    for form in ("al", "el", "as", "ash", "ad", "ul", "es"):
        assert words_in_order(f"karim {form} zubayri", "karim as zubayri")
    assert not words_in_order("karim bin zubayri", "karim as zubayri")   # "bin" is no article
    assert not words_in_order("karim el zubayri", "karim zubayri")       # no article in the name held
    assert not words_in_order("el karim zubayri", "as karim zubayri")    # the first word is a given name


def test_a_former_leader_named_with_another_form_of_the_article():
    gaz = Gazetteer([
        Entity("c:fd", "Freedonia", "COUNTRY", "FD", demonyms=["Freedonian"]),
        Entity("p:zubayri", "Karim As Zubayri", "PERSON", "FD", aliases=["Karim Zubayri"],
               roles=[Role("head_of_state", "President", "FD", "1970-01-01", "1981-10-06")]),
        Entity("p:other", "Karim Bin Zubayri", "PERSON", "FD"),
    ])
    assert [e.entity_id for e in transliterated_full_name(gaz, "karim el zubayri")] == ["p:zubayri"]
    resolver = ArticleResolver(gaz)
    for written in ("Karim el-Zubayri", "Karim El Zubayri", "Karim al-Zubayri", "Karim ash-Zubayri"):
        found, = ask(resolver, "2012-07-24", ("Freedonian", "NORP"), (written, "PERSON"))[1:]
        assert found.entity_id == "p:zubayri", written


def test_a_president_of_egypt_named_with_el_decades_later(resolve):
    ms = resolve("Egypt's new leader spoke of Israel. Forty years ago, President Anwar el-Sadat surprised "
                 "everyone when he sent the Soviet advisers home from Egypt.", "2012-07-24")
    assert ("Anwar el-Sadat", "Anwar As Sadat") in {(m.text, m.canonical_name) for m in ms}


def test_names_opened_by_an_article_form_are_left_as_they_were(resolve):
    ms = resolve("The envoy flew from El Salvador to Las Vegas and on to Los Angeles, where Al Gore met him.",
                 "1998-03-04")
    assert {(m.text, m.canonical_name) for m in ms} >= {("El Salvador", "El Salvador"), ("Las Vegas", "Las Vegas"),
                                                         ("Los Angeles", "Los Angeles"), ("Al Gore", "Al Gore")}
