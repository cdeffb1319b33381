"""A territory's seat that only the country table holds (Jamestown on St Helena, Stanley on the Falklands)
is that seat only in a story that names its territory: alone, in a story of other countries' places, it is
a namesake the gazetteer does not hold (unknown), never a link to a far island."""


def _links(ms, text):
    return {(m.entity_id, m.canonical_name, m.country_code) for m in ms if m.text == text}


def test_a_mine_named_like_a_minor_capital_in_a_californian_story_is_no_island_seat(resolve):
    ms = resolve("Sierra Gold Corp said it poured its first gold bar at a plant in Nevada, using ore from the "
                 "Jamestown mine near Sonora, California.", "1987-03-20")
    links = _links(ms, "Jamestown")
    assert links and all(e is None and c != "SH" for e, _, c in links)


def test_the_seat_stays_where_the_story_names_its_territory(resolve):
    ms = resolve("The governor of St Helena said in Jamestown that the island's new airport would open next year.",
                 "2015-03-20")
    assert {c for _, _, c in _links(ms, "Jamestown")} == {"SH"}
    ms = resolve("British troops landed near Stanley on Monday, and Argentine forces in the Falklands fell back, "
                 "the Ministry of Defence in London said.", "1982-06-01")
    assert {c for _, _, c in _links(ms, "Stanley")} == {"FK"}


def test_a_capital_the_news_sources_know_keeps_its_link_alone(resolve):
    ms = resolve("Bankers from Kansas and Ohio met Maltese officials in Valletta on Monday.", "1987-03-20")
    assert {c for _, _, c in _links(ms, "Valletta")} == {"MT"}
    ms = resolve("Bankers from Kansas and Ohio met officials in Valletta on Monday.", "1987-03-20")
    assert {c for _, _, c in _links(ms, "Valletta")} == {"MT"}
