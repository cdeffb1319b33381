"""A state named by two parts joined by "and" is written with a hyphen for the "and" too ("Trinidad-Tobago"):
the same state (names made up for these tests, but for the real states' shape)."""
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.sources_countries import CountryRow, country_entity, joined_by_hyphen
from gazetteer.store import Gazetteer


def _row(iso2, name, aliases=()):
    return CountryRow(iso2, "", "", name, "", list(aliases), [], "", [], "current", "", "")


def test_a_two_part_states_name_is_also_written_with_a_hyphen():
    assert joined_by_hyphen("Vell and Orsk") == ["Vell-Orsk"]
    assert joined_by_hyphen("Saint Vell and the Orsk Isles") == []   # "the": no hyphenated form
    assert joined_by_hyphen("Vellonia") == []
    state = country_entity(_row("XV", "Saint Vell and Orsk", ["St Vell and Orsk"]))
    assert {"Saint Vell-Orsk", "St Vell-Orsk", "St. Vell-Orsk"} <= set(state.aliases)


def test_the_hyphenated_name_in_a_story_is_the_state():
    gaz = Gazetteer([country_entity(_row("XV", "Vell and Orsk")), country_entity(_row("XW", "Vellonia"))]).warm()
    text = "The prime minister of Vell-Orsk flew home."
    start = text.index("Vell-Orsk")
    (got,) = ArticleResolver(gaz).resolve("1975-07-10", [NameQuery("Vell-Orsk", "GPE", start, start + 9, text[:start])])
    assert (got.entity_type, got.country_code) == ("COUNTRY", "XV")
