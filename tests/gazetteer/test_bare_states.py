"""'States' alone is the United States only as 'the States' in an article that names the country
otherwise; never after 'Member' or a number, nor as 'the States parties' (sentences made up for these tests)."""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer

US = Entity("c:us", "United States", "COUNTRY", "US", aliases=["the States", "U.S."], demonyms=["American"])
GAZ = Gazetteer([US]).warm()


def _states(text, others=()):
    queries = [NameQuery(o, "GPE", text.index(o), text.index(o) + len(o), text[:text.index(o)]) for o in others]
    start = text.index("States")
    after = text[start + 6:].split()
    queries.append(NameQuery("States", "GPE", start, start + 6, text[:start], word_after=after[0].strip(".,") if after else ""))
    return ArticleResolver(GAZ).resolve("2024-03-05", queries)[-1]


def test_member_states_and_a_number_of_states_are_no_country():
    assert _states("Ministers of 14 Member States met on Monday.").entity_id != "c:us"
    assert _states("Ministers of 14 Member States met, a U.S. official said.", ["U.S."]).entity_id != "c:us"
    assert _states("Twelve States abstained, a U.S. official said.", ["U.S."]).entity_id != "c:us"


def test_the_states_parties_are_no_country():
    assert _states("The States parties to the treaty met, a U.S. official said.", ["U.S."]).entity_id != "c:us"


def test_the_states_in_an_american_story_is_the_united_states():
    assert _states("Many who live in the States voted, a U.S. official said.", ["U.S."]).entity_id == "c:us"


def test_the_states_in_a_story_that_names_no_american_is_left_unknown():
    assert _states("He has lived in the States for years.").entity_id != "c:us"
