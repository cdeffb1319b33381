"""A digest of wire stories gives each story its own dateline at the start of a line ("    BELFAST - Mourners
..."): the place is a name of its own, as the text's first dateline is, and never runs into the word after
the dash (texts written for these tests; the real recogniser and resolver)."""
import pytest

from tests.mention_helpers import linked_names, names

DIGEST = ("The ministers met in Geneva on Friday.\n    - - - -\n    BELFAST - Mourners gathered at a funeral in "
          "the city.\n    - - - -\n    MANILA - Communist rebels attacked a radio station.\n    LIMA - Peruvian "
          "Foreign Minister Ana Ortiz said the talks would go on.\n    GHENT, Belgium - A ferry sank in the "
          "harbour.\n    NOTE - Figures are provisional.")


@pytest.fixture(scope="module")
def digest(resolve):
    return resolve(DIGEST, "1987-05-02")


@pytest.mark.parametrize("place, name", [("BELFAST", "Belfast"), ("MANILA", "Manila"), ("LIMA", "Lima"),
                                         ("GHENT", "Ghent")])
def test_each_story_s_dateline_is_its_place(digest, place, name):
    assert linked_names(digest, place) == {name}


def test_the_word_after_the_dash_is_no_part_of_the_place(digest):
    assert not any(" - " in m.text for m in digest)
    assert linked_names(digest, "Peruvian") == {"Peru"}


def test_capitals_that_are_no_known_place_are_left_alone(digest):
    assert names(digest, "NOTE") == set()
