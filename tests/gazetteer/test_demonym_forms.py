"""A nationality word the country table lacks is read from a country's name by an ending of nationality
("Slovakian", "Myanmarese", "Zimbabwian"), only when exactly one country gives it, and only from a
canonical name or a demonym (sentences and names written for these tests)."""
import pytest

from gazetteer.demonym_forms import derived_country

RURITANIA, GRAUSTARK, MAROVIA, MAROVIE, SYLDAVIA = (object() for _ in range(5))
BASES = {"ruritania": RURITANIA, "graustark": GRAUSTARK, "marovia": MAROVIA, "marovie": MAROVIE,
         "syldav": SYLDAVIA}


@pytest.mark.parametrize("word, country", [
    ("ruritanian", RURITANIA),     # the name + "n"
    ("graustarkese", GRAUSTARK),   # + "ese"
    ("graustarkish", GRAUSTARK),   # + "ish"
    ("syldavi", SYLDAVIA),         # a demonym + "i"
])
def test_a_name_with_an_ending_of_nationality_names_its_country(word, country):
    assert derived_country(word, BASES) is country


@pytest.mark.parametrize("word", [
    "marovian",    # "Marovia" + "n" and "Marovie" less "e" + "ian": two countries, so none
    "christian",   # an ending, but no country's name before it
    "graustarky",  # no ending of nationality
    "syl",         # too short
])
def test_a_word_no_single_country_gives_names_none(word):
    assert derived_country(word, BASES) is None


@pytest.mark.parametrize("text, word, code", [
    ("Russia in response expelled 35 Slovakian diplomats.", "Slovakian", "SK"),
    ("Two Myanmarese officials were told to leave Dhaka.", "Myanmarese", "MM"),
    ("Zambia expelled a Zimbabwian diplomat on Monday.", "Zimbabwian", "ZW"),
])
def test_a_derived_nationality_names_its_state_in_news(resolve, text, word, code):
    found = [m for m in resolve(text, date="2022-04-20") if m.text == word]
    assert [m.country_code for m in found] == [code]


@pytest.mark.parametrize("text, word", [
    ("The Korean delegation left Geneva.", "Korean"),       # "Korea" names no one state
    ("An Arabian horse won the race in Dubai.", "Arabian"),  # "Arabia" is only an alias of Saudi Arabia
])
def test_a_word_made_from_no_canonical_name_names_no_state(resolve, text, word):
    assert all(m.country_code is None for m in resolve(text, date="2022-04-20") if m.text == word)


def test_a_nationality_of_two_words_names_its_state_and_no_person_inside_it(resolve):
    found = [(m.text, m.country_code) for m in resolve("Nicaragua expelled two Costa Rican diplomats on Monday.",
                                                       date="2020-01-01")]
    assert ("Costa Rican", "CR") in found and not any(text == "Costa" for text, _ in found)
