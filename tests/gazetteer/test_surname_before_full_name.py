"""The short forms news uses for a person named in full elsewhere in the same story (sentences
written for these tests, the real model and gazetteer): a surname before the full name, as in a
lead that names the person in full only later, and the last words of a compound name ("Lopez
Obrador", "bin Salman") after it."""

from gazetteer.person_match import coref_similarity
from tests.mention_helpers import names


def test_a_surname_before_the_full_name_is_that_person(resolve):
    ms = resolve("Zelenskiy said air defence came first. Later on Monday, Ukrainian President Volodymyr "
                 "Zelenskiy thanked Poland.", "2023-04-03")
    assert names(ms, "Zelenskiy") == names(ms, "Volodymyr Zelenskiy") == {"Volodymyr Zelenskyy"}


def test_the_last_words_of_a_compound_name_are_that_person(resolve):
    ms = resolve("Mexican President Andres Manuel Lopez Obrador spoke on Tuesday. Lopez Obrador said Mexico "
                 "would stay neutral.", "2022-03-01")
    assert names(ms, "Lopez Obrador") == {"Andrés Manuel López Obrador"}


def test_last_words_and_the_given_name_rule():
    assert coref_similarity("lopez obrador", {"andres manuel lopez obrador"}) == 1.0
    assert coref_similarity("liri berisha", {"sali berisha"}) == 0.0   # another given name: someone else
    assert coref_similarity("manuel lopez", {"andres manuel lopez obrador"}) < 1.0   # not the end of the name


def test_a_short_form_equally_like_two_people_is_the_one_named_first(resolve):
    ms = resolve("PYONGYANG - President Kim Il Sung received Jimmy Carter on Wednesday. Kim told Carter the north "
                 "would freeze its nuclear programme. His son Kim Jong Il did not attend.", "1994-06-15")
    assert names(ms, "Kim") == {"Kim Il Sung"}
    assert names(ms, "Kim Jong Il") == {"Kim Jong Il"}
