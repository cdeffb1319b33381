"""The spellings news uses for a state's people ("an Ecuadorean diplomat" is AP style; "Argentinean",
"Azeri", "Byelorussian", "Salvadorean") name that state, as its other demonyms do (sentences written for
these tests)."""
import pytest


@pytest.mark.parametrize("text, word, code", [
    ("Colombia expelled an Ecuadorean diplomat on Tuesday.", "Ecuadorean", "EC"),
    ("Two Argentinean officers were told to leave London.", "Argentinean", "AR"),
    ("The Azeri foreign ministry summoned the envoy.", "Azeri", "AZ"),
    ("Honduras ordered two Salvadorean diplomats out of the country.", "Salvadorean", "SV"),
    ("A Byelorussian delegate spoke at the United Nations.", "Byelorussian", "BY"),
    ("The Nepali ambassador met the minister in Delhi.", "Nepali", "NP"),
])
def test_a_news_spelling_of_a_demonym_names_its_state(resolve, text, word, code):
    found = [m for m in resolve(text, date="1995-06-01") if m.text == word]
    assert [m.country_code for m in found] == [code]
