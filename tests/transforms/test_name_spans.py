"""Name spans as a reader marks them: no honorifics, no run-together words, no line breaks."""
import pytest

from transforms.records import Article
from transforms.name_spans import glued_word_splits
from transforms.recognise import EntityRecogniser, load_spacy_model


def test_glued_words_split_only_where_a_word_was_run_into_a_name():
    assert glued_word_splits("Tobinasked") == [(5, 5)]          # "Mr. Tobinasked the Minister"
    assert glued_word_splits("KERRIGANMy") == [(8, 8)]          # "LORD KERRIGANMy Lords"
    assert glued_word_splits("Pellow)Is") == [(6, 7)]
    assert glued_word_splits("HarkerThe") == [(6, 6)]
    # brand names, Scottish and Irish names and ordinary words stay whole
    for word in ("McDonald", "MacArthur", "YouTube", "WhatsApp", "Tasked", "Masked", "Asked", "NATO", "iPhone"):
        assert glued_word_splits(word) == [], word


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Ruritania"], "NORP": ["Ruritanian"]})


def _mentions(rec, text):
    (r,) = rec.recognise([Article("a", text)])
    for m in r.mentions:
        assert text[m.start_char:m.end_char] == m.text
    return [(m.text, m.label) for m in r.mentions]


def test_names_lose_their_titles_and_the_words_run_into_them(recogniser):
    text = ("Mr. Tobinasked the Secretary of State about Ruritania. LORD KERRIGANMy Lords, the Ruritanian "
            "Government has replied. Viscount Pellow and Mrs. Harker agreed. Mr. HarkerThe answer is no.")
    texts = {t for t, _ in _mentions(recogniser, text)}
    assert {"Tobin", "KERRIGAN", "Pellow", "Harker"} <= texts
    assert not any(t.startswith(("Mr", "Mrs", "LORD", "Viscount")) for t in texts)
    # the demonym in "the Ruritanian Government" is found as well
    assert "Ruritanian" in texts


def test_a_person_span_stops_at_a_line_break(recogniser):
    texts = {t for t, _ in _mentions(recogniser, "The answer came from Mr. Tobin\n\nStrict limits apply to all staff.")}
    assert "Tobin" in texts
    assert not any("\n" in t for t in texts)


def test_an_organisation_span_ends_at_its_last_capitalised_word():
    import spacy
    from transforms.name_spans import cut_descriptor
    nlp = spacy.blank("en")
    doc = nlp("A report from Tanjug news agency and the Falange militia reached the Ruritanian government "
              "and the Polish Mission in Warsaw.")
    words = [t.text for t in doc]

    def cut(first, last, protected=()):
        s, e = words.index(first), words.index(last) + 1
        return doc[s:cut_descriptor(doc, s, e, set(protected))].text

    assert cut("Tanjug", "agency") == "Tanjug"
    assert cut("Falange", "militia") == "Falange"
    ruritanian = words.index("Ruritanian")
    assert cut("Ruritanian", "government", {ruritanian}) == "Ruritanian government"   # a country's government
    assert cut("Polish", "in") == "Polish Mission"


def test_recognised_organisations_lose_descriptors_but_governments_stay():
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Ruritania"], "NORP": ["Ruritanian"],
                                                "ORG": ["Ruritanian government"]})
    texts = {t for t, _ in _mentions(rec, "The Ruritanian government denied it. Officials of the Basij militia "
                                          "and the Xinhua news agency said so.")}
    assert {"Ruritanian government", "Basij", "Xinhua"} <= texts
    assert not any(t.endswith(("militia", "agency")) for t in texts)
