"""Phrase keys made without a Doc per phrase: the matcher gets the keys a Doc would have given it."""
import pytest
from spacy.matcher import PhraseMatcher

from gazetteer.phrases import phrases_by_label
from gazetteer.store import load_gazetteer
from transforms.name_spans import split_glued_words
from transforms.phrase_keys import PhraseSplitter, lower_keys, orth_keys
from transforms.recognise import load_spacy_model

AWKWARD = ["Côte d'Ivoire", "U.S.", "Guinea-Bissau", "AT&T", "St. John's", "Cannot Ltd", "Gonna Records",
           "Mr. Farrasked", "Joan LestorThe", "New  York", " Leading Space", "Bosnia and Herzegovina",
           "O'Neill", "Al-Qaeda", "Sinn Féin", "MOSCOW", "Kuala Lumpur", "Don't Panic Party", "N.Y. Times",
           "Smith (Pty)", "ABC/XYZ", "Ahmad bin Ali", "Plc.", "Ya'alon", "Øresund", "İstanbul", "Straße"]


@pytest.fixture(scope="module")
def nlp():
    return split_glued_words(load_spacy_model())   # the tokenizer the recogniser uses


def _keys(matcher):
    return matcher.__reduce__()[1][1]   # the matcher's keys, as it pickles them


def test_split_is_the_tokenizers_split(nlp):
    split = PhraseSplitter(nlp.tokenizer).split(AWKWARD)
    assert split == [[t.text for t in nlp.tokenizer(p)] for p in AWKWARD]
    assert split[AWKWARD.index("Kuala Lumpur")] == ["Kuala", "Lumpur"]
    assert split[AWKWARD.index("Mr. Farrasked")] == ["Mr.", "Farr", "asked"]


def test_every_shipped_phrase_gives_the_keys_its_doc_gives(nlp):
    phrases = sorted({p for ps in phrases_by_label(load_gazetteer().entities).values() for p in ps})
    assert len(phrases) > 10_000
    docs = list(nlp.tokenizer.pipe(phrases))
    tokens = PhraseSplitter(nlp.tokenizer).split(phrases)
    for attr, keys in (("ORTH", orth_keys), ("LOWER", lower_keys)):
        from_docs, from_keys = PhraseMatcher(nlp.vocab, attr=attr), PhraseMatcher(nlp.vocab, attr=attr)
        from_docs.add("X", docs)
        from_keys.add("X", [keys(t) for t in tokens])
        assert _keys(from_keys) == _keys(from_docs)


def test_matches_in_text_are_unchanged(nlp):
    phrases = ["Kuala Lumpur", "Côte d'Ivoire", "U.S.", "Guinea-Bissau", "Joan Lestor"]
    doc = nlp("Joan LestorThe envoy flew from Kuala Lumpur to the U.S. and KUALA LUMPUR, then Côte d'Ivoire.")
    got = {}
    for attr, keys in (("ORTH", orth_keys), ("LOWER", lower_keys)):
        m = PhraseMatcher(nlp.vocab, attr=attr)
        m.add("X", [keys(t) for t in PhraseSplitter(nlp.tokenizer).split(phrases)])
        got[attr] = [doc[s:e].text for _, s, e in m(doc)]
    assert got["ORTH"] == ["Joan Lestor", "Kuala Lumpur", "U.S.", "Côte d'Ivoire"]
    assert got["LOWER"] == ["Joan Lestor", "Kuala Lumpur", "U.S.", "KUALA LUMPUR", "Côte d'Ivoire"]
