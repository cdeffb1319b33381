"""Which words after a foreign style of address `styled_surnames` takes for a person's surname (sentences written
for these tests, the real spaCy pipeline and its English words)."""
import pytest

from transforms.foreign_styles import styled_surnames
from transforms.name_spans import english_words
from transforms.recognise import load_spacy_model


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model(exclude=())


@pytest.fixture(scope="module")
def english(nlp):
    return english_words(nlp)


def surnames(nlp, english, text):
    doc = nlp(text)
    return [doc[s:e].text for _, s, e in styled_surnames(doc, english)]


def test_surnames_after_styles(nlp, english):
    assert surnames(nlp, english, "M. Giscard d'Estaing met M. Couve de Murville and the Belgian, M. Harmel.") == [
        "Giscard d'Estaing", "Couve de Murville", "Harmel"]
    assert surnames(nlp, english, "Herr Brandt and Frau Renger spoke; Signora Iotti presided.") == [
        "Brandt", "Renger", "Iotti"]
    assert surnames(nlp, english, "MM. Chirac, Lecanuet and Poniatowski flew to Algiers.") == [
        "Chirac", "Lecanuet", "Poniatowski"]


def test_no_surname_where_m_is_an_initial_or_the_style_is_no_english_copys(nlp, english):
    assert surnames(nlp, english, "The list named John M. Smith and M. Smith Jones of Denver.") == []
    assert surnames(nlp, english, "Arthur M. Goldberg said the bid was fair, president M. Keith Goodrich said.") == []
    assert surnames(nlp, english, "The members were A. Brown, M. Smith and K. Green.") == []
    assert surnames(nlp, english, 'The placard read "Herr Direktor, wir wollen Arbeit" in Hamburg.') == []
    assert surnames(nlp, english, '"Herr Direktor," the worker said, "we want work."') == ["Direktor"]
