"""A country's name that is a US state's ("Georgia") is the state in a story set in the United
States, and the country elsewhere (made-up stories, asked of the post-resolution step)."""
from gazetteer.resolution import NameQuery, Resolution
from transforms.us_states import us_state_names, us_state_namesakes

GEORGIA = Resolution("COUNTRY", "Q230", "Georgia", "GE", method="exact", score=1.0)
ATLANTA = Resolution("CITY", "g:atl", "Atlanta", "US", method="exact", score=1.0)
ALABAMA = Resolution("CITY", "g:al", "Alabama", "US", method="exact", score=1.0)
WASHINGTON = Resolution("CITY", "g:dc", "Washington, D.C.", "US", acts_for="US", method="alias", score=1.0)
RUSSIAN = Resolution("NORP", "Q159", "Russia", "RU", method="demonym", score=1.0)
TBILISI = Resolution("CITY", "g:tbs", "Tbilisi", "GE", acts_for="GE", method="exact", score=1.0)


def _ask(*pairs, date="1987-04-01"):
    queries = [NameQuery(text, "GPE", 0, len(text)) for text, _ in pairs]
    return us_state_namesakes(queries, [a for _, a in pairs], date)


def test_the_states_names_come_with_the_package():
    names = us_state_names()
    assert len(names) == 51 and names["georgia"] == "Georgia" and "new york" in names


def test_georgia_beside_american_towns_and_states_is_the_state():
    # "Peanut farmers in Alabama and Georgia expect a large crop, officials in Atlanta said."
    got = _ask(("Alabama", ALABAMA), ("Georgia", GEORGIA), ("Atlanta", ATLANTA))
    assert got[1].country_code == "US" and got[1].entity_id is None and got[1].canonical_name == "Georgia"
    assert got[0] == ALABAMA and got[2] == ATLANTA


def test_georgia_stays_the_country_when_the_story_says_so():
    # "Georgia expelled four Russian officers; in Washington the State Department urged calm."
    got = _ask(("Georgia", GEORGIA), ("Russian", RUSSIAN), ("Washington", WASHINGTON), ("Atlanta", ATLANTA))
    assert got[0] == GEORGIA
    # "... said in Tbilisi", even beside American towns
    got = _ask(("Georgia", GEORGIA), ("Tbilisi", TBILISI), ("Alabama", ALABAMA), ("Atlanta", ATLANTA))
    assert got[0] == GEORGIA
    # the capital alone speaks for the United States, it places no story in it
    got = _ask(("Georgia", GEORGIA), ("Washington", WASHINGTON), ("Washington", WASHINGTON))
    assert got[0] == GEORGIA


def test_an_american_town_and_a_comma_before_georgia_make_it_the_state():
    # "Vogel Ltd, based in Atlanta, Georgia, sold its Ruritanian unit to a Russian buyer."
    queries = [NameQuery("Atlanta", "GPE", 20, 27), NameQuery("Georgia", "GPE", 29, 36),
               NameQuery("Russian", "NORP", 70, 77), NameQuery("Moscow", "GPE", 90, 96)]
    moscow = Resolution("CITY", "g:mow", "Moscow", "RU", acts_for="RU", method="exact", score=1.0)
    got = us_state_namesakes(queries, [ATLANTA, GEORGIA, RUSSIAN, moscow], "1987-04-01")
    assert got[1].country_code == "US"
    # a town named elsewhere in the story is no such shape
    queries[0] = NameQuery("Atlanta", "GPE", 0, 7)
    got = us_state_namesakes(queries, [ATLANTA, GEORGIA, RUSSIAN, moscow], "1987-04-01")
    assert got[1] == GEORGIA


def test_a_story_whose_only_other_place_is_american_is_set_there():
    # "Banks in Florida and Georgia raised their prime rate."
    got = _ask(("Florida", ALABAMA._replace(canonical_name="Florida")), ("Georgia", GEORGIA))
    assert got[1].country_code == "US"
