"""Indonesian and Malay names in the spelling before the 1972 reform ("Soeharto", "Soerabaja"), linked to the
entity the gazetteer holds in today's (gazetteer/old_indonesian_spelling.py). Sentences written for these
tests, with the real model and gazetteer."""
from gazetteer.old_indonesian_spelling import modern_forms
from tests.mention_helpers import names


def test_the_old_letter_groups_read_in_todays_spelling():
    assert "Suharto" in modern_forms("Soeharto")
    assert "Yogyakarta" in modern_forms("Jogjakarta")
    assert "Cokroaminoto" in modern_forms("Tjokroaminoto")
    assert "Syahrir" in modern_forms("Sjahrir")
    assert modern_forms("Bandung") == []


def test_a_president_and_cities_in_the_old_spelling(resolve):
    ms = resolve("JAKARTA - President Soeharto said on Tuesday that Indonesia would buy more rice, and "
                 "troops were sent to Soerabaja.", "1985-03-12")
    assert names(ms, "Soeharto") == {"Suharto"}
    assert names(ms, "Soerabaja") == {"Surabaya"}


def test_a_city_in_the_old_spelling_in_a_story_of_a_visit(resolve):
    ms = resolve("Indonesian students marched through Jogjakarta on Friday to protest against rising prices.",
                 "1966-01-14")
    assert names(ms, "Jogjakarta") == {"Yogyakarta"}


def test_names_of_other_states_are_never_respelt(resolve):
    ms = resolve("Dutch police questioned Pieter van Oers in Rotterdam, and the French garrison in Djibouti "
                 "was reinforced.", "1986-05-05")
    assert names(ms, "Djibouti") == {"Djibouti"}
    assert names(ms, "Pieter van Oers") == {"Pieter van Oers"}
    ms = resolve("Dutch businessman Jan Soeharto arrived in Tokyo on Tuesday.", "1985-03-12")
    assert "Suharto" not in names(ms, "Jan Soeharto")
