""""The group, short one diplomat who was away": the one a group lacks is not its headcount, and a group is not one
person (the count told of it before stands). Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.headcounts import count_of
from transforms.expulsions.parse_words import States


def test_the_one_a_group_lacks_is_no_second_expulsion():
    text = "Nineteen of 20 Ruritanian diplomats ordered expelled from Freedonia left Fredville on Monday. The group, " \
           "short one diplomat who was visiting Ruritania at the time the expulsion was announced, was given 72 hours " \
           "to get out of Freedonia by the Freedonian president on Saturday."
    assert made_up_rows(text) == {("FD", "RR", 20, "asserted")}


@pytest.mark.parametrize("text, i", [
    ("The group, short one diplomat who was away, was given 72 hours to leave.", 1),
    ("The group, minus one diplomat who was ill, was told to leave.", 1),
])
def test_a_group_short_of_someone_has_no_headcount(nlp, text, i):
    assert count_of(nlp(text)[i], States([]))[0] is None

