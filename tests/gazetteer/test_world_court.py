"""The United Nations' principal court by the name news gives it, "the World Court", as well as by its own
name and initials (sentences written for these tests; the real model and gazetteer)."""

from tests.mention_helpers import linked_names


def test_the_world_court_is_the_international_court_of_justice(resolve):
    ms = resolve("THE HAGUE - Ruritania asked the World Court on Monday to order the return of its envoys. "
                 "The International Court of Justice will hear both sides in May.", "2024-04-08")
    assert linked_names(ms, "World Court") == {"International Court of Justice"}
    assert linked_names(ms, "International Court of Justice") == {"International Court of Justice"}
