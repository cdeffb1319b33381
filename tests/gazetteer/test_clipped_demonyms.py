"""A people's noun clipped from a demonym the table holds ("Serb", "Serbs" from "Serbian"; "Croats" from
"Croatian") names the demonym's state, unless a person, place or body is named by the clipped word
("Russ" is a given name, not Russian; a town "Tunis" is no Tunisian) (sentences and names made up). Only a word
the model marks as a nationality is looked up so: "Croats" it calls a person stays unknown."""
import pytest

from gazetteer.demonym_forms import clipped_country
from gazetteer.model import Entity
from gazetteer.store import Gazetteer

RURITANIA = Entity("c:xr", "Ruritania", "COUNTRY", "XR", demonyms=["Ruritanian"])
MAROVIA = Entity("c:xm", "Marovia", "COUNTRY", "XM", demonyms=["Marovian"])
SYLDAVIA = Entity("c:xs", "Syldavia", "COUNTRY", "XS", demonyms=["Syldavian"])
MAROV = Entity("t:1", "Marov", "CITY", "XS")                     # a town named by the clipped word
SYLDAV = Entity("p:1", "Syldav Orlov", "PERSON", "XR")           # ... and a given name
OTTO_SYLDAV = Entity("p:2", "Otto Syldav", "PERSON", "XR")
GAZ = Gazetteer([RURITANIA, MAROVIA, SYLDAVIA, MAROV, SYLDAV, OTTO_SYLDAV]).warm()


def test_a_demonym_less_its_ending_ian_names_its_country():
    demonyms = {"ruritanian": RURITANIA}
    assert clipped_country("ruritan", demonyms) is RURITANIA
    assert clipped_country("ruritans", demonyms) is RURITANIA
    assert clipped_country("rur", demonyms) is None       # too short
    assert clipped_country("ruritani", demonyms) is None  # no demonym with "-ian" after it


@pytest.mark.parametrize("word", ["Ruritan", "Ruritans"])
def test_a_clipped_people_noun_names_the_state(word):
    assert GAZ.lookup_demonym(word) is RURITANIA


@pytest.mark.parametrize("word", ["Marov", "Marovs", "Syldav", "Syldavs"])
def test_a_clipped_word_that_names_a_town_or_a_person_names_no_state(word):
    assert GAZ.lookup_demonym(word) is None


@pytest.mark.parametrize("text, word, code", [
    ("The Serbs are insisting that all sides sign the list of principles, the mediators said.", "Serbs", "RS"),
    ("The Serb delegation left Geneva without signing.", "Serb", "RS"),
])
def test_clipped_people_nouns_name_their_states_in_news(resolve, text, word, code):
    found = [m for m in resolve(text, date="1995-03-02") if m.text == word]
    assert found and {m.country_code for m in found} == {code}
