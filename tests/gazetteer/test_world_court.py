"""The United Nations' principal court by the name news gives it, "the World Court", as well as by its own
name and initials (sentences written for these tests; the real model and gazetteer)."""


def names(mentions, text):
    """The names of the entities the text's mentions link to (a name no source holds links to none)."""
    return {m.canonical_name for m in mentions if m.text == text and m.entity_id is not None}


def test_the_world_court_is_the_international_court_of_justice(resolve):
    ms = resolve("THE HAGUE - Ruritania asked the World Court on Monday to order the return of its envoys. "
                 "The International Court of Justice will hear both sides in May.", "2024-04-08")
    assert names(ms, "World Court") == {"International Court of Justice"}
    assert names(ms, "International Court of Justice") == {"International Court of Justice"}
