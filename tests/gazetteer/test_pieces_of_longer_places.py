"""A town or a state's name that is a piece of a longer place's name names only the longer place (sentences
written for these tests): "Chicago" in "West Chicago", "St. Louis" in "East St. Louis" are no mentions of the
cities, and "Niger" in "Niger State", "Mexico" in "the State of Mexico" no mentions of the countries (provinces of
Nigeria and Mexico); the cities and countries named by themselves, and a state's formal name ("the State of
Israel"), still are."""
import pytest


def _places(mentions, text):
    return [m.canonical_name for m in mentions if m.text == text]


@pytest.mark.parametrize("text, longer, piece", [
    ("CHICAGO (AP) - A chemical plant in West Chicago was closed after a leak, officials said.", "West Chicago",
     "Chicago"),
    ("SOUTH BEND, Ind. (AP) - A factory in East St. Louis will cut 200 jobs, the company said.", "East St. Louis",
     "St. Louis"),
    ("MIAMI (AP) - The storm hit North Miami Beach on Tuesday, forecasters said.", "North Miami Beach", "Miami Beach"),
])
def test_a_town_inside_a_longer_towns_name_is_no_mention_of_its_own(resolve, text, longer, piece):
    ms = resolve(text, date="1989-05-05")
    assert _places(ms, longer) == [longer] or _places(ms, longer) == ["East Saint Louis"]
    inside = [m for m in ms if m.text == piece and m.start_char > text.index(longer)]
    assert inside == [], [(m.text, m.canonical_name) for m in inside]


def test_the_city_named_by_itself_is_still_the_city(resolve):
    ms = resolve("CHICAGO (AP) - Police in Chicago and in West Chicago said the storm cut power.", date="1989-05-05")
    assert _places(ms, "Chicago") == ["Chicago"]


@pytest.mark.parametrize("text, piece", [
    ("LAGOS (Reuters) - Gunmen killed five people in Niger State, the police said.", "Niger"),
    ("TOLUCA (Reuters) - Floods hit the State of Mexico on Monday, officials said.", "Mexico"),
    ("TOLUCA (Reuters) - The interior ministry sent aid to Mexico State on Monday.", "Mexico"),
])
def test_a_province_named_like_its_state_is_no_mention_of_the_state(resolve, text, piece):
    assert [m.country_code for m in resolve(text, date="1998-02-05") if m.text == piece] == []


@pytest.mark.parametrize("text, name, code", [
    ("JERUSALEM (Reuters) - The State of Israel will not negotiate, officials said.", "State of Israel", "IL"),
    ("MEXICO CITY (Reuters) - Mexico state oil company Pemex said exports rose.", "Mexico", "MX"),
    ("LAGOS (Reuters) - Niger said on Monday it would close the border.", "Niger", "NE"),
])
def test_a_state_named_by_itself_or_its_formal_name_is_still_the_state(resolve, text, name, code):
    assert code in [m.country_code for m in resolve(text, date="1998-02-05") if m.text == name]
