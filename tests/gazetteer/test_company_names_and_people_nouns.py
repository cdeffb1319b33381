"""A company's registered name is no misspelt place, and a noun for a state's people names it (sentences
written for these tests).

"Georgia Co", a unit of a company the model cut from "Lockheed Georgia Co", is no fuzzy Georgia (nor
evidence that the story is about the country); a name a state's people go by that PETRARCH lists under the
state ("Croat", "Croats": Croatia's "Croatian" less its "-ian") names the state, as "Croatian" does."""
import pytest

from gazetteer.org_names import registered_company_name


def _found(mentions, text):
    return [(m.canonical_name, m.country_code) for m in mentions if m.text == text]


def test_a_unit_of_a_company_is_no_misspelt_country(resolve):
    ms = resolve("MARIETTA, Ga., March 3 (Reuters) - Lockheed Corp said it would lay off 900 workers at the "
                 "Lockheed Georgia plant. The Lockheed Georgia Co unit builds the transport.", date="1987-03-04")
    assert all(m.country_code != "GE" for m in ms), [(m.text, m.canonical_name) for m in ms if m.country_code == "GE"]


def test_the_country_itself_is_still_named_beside_a_company(resolve):
    # a guard: the country, spelt out, in a story of the country, is still the country
    ms = resolve("TBILISI (Reuters) - Georgia's government said the Georgia Co unit of a Russian firm would "
                 "be sold.", date="2005-03-04")
    assert ("Georgia", "GE") in _found(ms, "Georgia")


@pytest.mark.parametrize("text, expected", [
    ("Georgia Co", True), ("Boston Corp.", True), ("Whitbread PLC", True), ("Angola Inc", True),
    ("Georgia", False), ("Co-operative Bank", False), ("Group of Seven", False), ("Inc", False),
])
def test_a_registered_company_name_ends_in_a_company_word(text, expected):
    assert registered_company_name(text) is expected


@pytest.mark.parametrize("text, word", [
    ("DAYTON, Ohio (Reuters) - The Bosnian and Croat leaders initialled the plan on Tuesday.", "Croat"),
    ("ZAGREB (Reuters) - Croats in Mostar welcomed the plan, officials said.", "Croats"),
    ("ULAN BATOR (Reuters) - A Mongol herder said the winter had killed his sheep.", "Mongol"),
])
def test_a_noun_for_a_states_people_names_the_state(resolve, text, word):
    code = {"Croat": "HR", "Croats": "HR", "Mongol": "MN"}[word]
    assert [c for _, c in _found(resolve(text, date="1995-11-22"), word)] == [code]


def test_a_capital_is_no_noun_for_its_people(resolve):
    # a guard: "Tunis" is Tunisia's capital, though Tunisia's demonym is "Tunisian"
    ms = resolve("TUNIS (Reuters) - Officials in Tunis said the talks would resume.", date="1995-11-22")
    assert {m.canonical_name for m in ms if m.text == "Tunis"} == {"Tunis"}
