"""A country whose own name is one of its demonyms with a plural "s" ("the Philippines": "Philippine" + "s") is the
country, not its people: a mention of it is a COUNTRY that acts for its state, so "expelled from the Philippines" and
"by the Philippines" name the state (gazetteer.store.lookup_demonym strips a plural "s" only off a word that is no
country's name). A people's plural ("Filipinos", "Britons", "Russians") and the adjective ("Philippine officials")
stay nationalities. Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text", [
    "Two Chinese diplomats were expelled from the Philippines on Monday.",
    "The Philippines recalled its ambassador from Beijing.",
    "Talks between Japan and the Philippines ended without a deal.",
])
def test_the_philippines_is_the_country_acting_for_its_state(resolve, text):
    found = [m for m in resolve(text, date="2024-05-10") if m.text == "Philippines"]
    assert [(m.entity_type, m.country_code, m.acts_for) for m in found] == [("COUNTRY", "PH", "PH")]


def test_people_and_adjectives_stay_nationalities(resolve):
    found = {m.text: (m.entity_type, m.country_code) for m in
             resolve("Philippine officials met Filipinos, Britons and Russians in Manila.", date="2024-05-10")}
    assert found["Philippine"] == ("NORP", "PH")
    assert found["Filipinos"] == ("NORP", "PH")
    assert found["Britons"] == ("NORP", "GB")
    assert found["Russians"] == ("NORP", "RU")
