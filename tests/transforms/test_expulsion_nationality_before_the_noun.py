"""A nationality written before the noun of expelling, whose "of" phrase names the people, is who expelled them, also
with another word between the article and the nationality ("The only other Ruritanian expulsion of a Freedonian
diplomat was in 1963", "the last ...", "a second ..."): arguments._nationality_doer reads it off the parse (an amod or
compound of the noun). The people's own nationality before the noun names no one who expelled them, and a noun with
no people after it tells no expulsion. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("The only other Ruritanian expulsion of a Freedonian diplomat was in 1963.", ("RR", "FD", 1, "asserted")),
    ("The last Ruritanian expulsion of a Freedonian diplomat came in 1963.", ("RR", "FD", 1, "asserted")),
    ("The only Ruritanian expulsion of a Freedonian diplomat was condemned.", ("RR", "FD", 1, "asserted")),
    ("A second Ruritanian expulsion of three Freedonian diplomats followed in May.", ("RR", "FD", 3, "asserted")),
])
def test_a_nationality_before_the_noun_with_another_word_before_it_expels(text, want):
    assert made_up_rows(text) == {want}


def test_a_nationality_right_after_the_article_still_expels():
    assert made_up_rows("The Ruritanian expulsion of two Freedonian diplomats was condemned.") == \
        {("RR", "FD", 2, "asserted")}


def test_the_peoples_own_nationality_expels_no_one():
    assert not any(a == "FD" for a, _, _, _ in made_up_rows(
        "The only other Freedonian expulsion of a Freedonian diplomat was in 1963."))


def test_a_noun_with_no_people_tells_no_expulsion():
    assert made_up_rows("The last Ruritanian expulsion was in 1963.") == set()
