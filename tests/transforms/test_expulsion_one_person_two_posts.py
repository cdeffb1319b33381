""""Rahman, a Counsellor and Head of Chancery in Islamabad, has been given till tomorrow to leave", "The political
counsellor and head of chancery has been given till Thursday to leave": two posts of one person, not two people - a
capitalised post in the apposition of a name is a role, and two singular nouns under one determiner as the subject
of a singular verb are one subject. Two determiners, a plural verb or a second name stay two people. Sentences
written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Karl Blum, a Freedonian Counsellor and Head of Chancery in Strelsau, has been given until Wednesday to leave "
    "Ruritania.",
    "The Freedonian counsellor and head of chancery in Strelsau has been given until Wednesday to leave Ruritania.",
])
def test_two_posts_of_one_person_count_one(text):
    rows = {r for r in made_up_rows(text) if r[3] == "asserted"}
    assert ("RR", "FD", 1, "asserted") in rows and not {r for r in rows if r[2] == 2}


@pytest.mark.parametrize("text", [
    "The Freedonian ambassador and the military attache have been given until Wednesday to leave Ruritania.",
    "Ruritania expelled Karl Blum, the Freedonian first secretary, and Anna Vogel, a Freedonian counsellor.",
    "Ruritania expelled the Freedonian ambassador and the military attache.",
])
def test_two_people_stay_two(text):
    assert ("RR", "FD", 2, "asserted") in made_up_rows(text)
