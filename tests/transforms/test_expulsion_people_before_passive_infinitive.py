""""handed the Freedonian chargé d'affaires a note with a list of Freedonian diplomats to be expelled": the people of a
passive infinitive ("to be expelled") are the noun right before "to", not the first people of the clause (the
chargé to whom the note is handed). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import extract, tuples


@pytest.mark.parametrize("text, count", [
    ("Russia handed the American charge d'affaires a note with a list of American diplomats to be expelled.", None),
    ("Russia handed the American ambassador a note naming three American diplomats to be expelled.", 3),
])
def test_the_people_right_before_to_be_expelled(text, count):
    assert [(e[0], e[1], e[2]) for e in tuples(extract(text), "asserted")] == [("RU", "US", count)]


def test_people_ordered_to_be_expelled_are_still_counted():
    assert [(e[0], e[1], e[2]) for e in tuples(extract("Russia ordered two American diplomats to be expelled."),
                                               "asserted")] == [("RU", "US", 2)]
