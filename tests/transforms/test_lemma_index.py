"""The lemmatizer's word index as sets: the same lemmas as from its lists."""
import pytest

from transforms.expulsions.lemma_index import lemma_index_as_sets


def _rule_lemmatizer():
    import spacy
    from spacy.lookups import Lookups
    nlp = spacy.blank("en")
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""], ["ies", "y"]], "verb": [["ed", ""], ["ed", "e"]]})
    lookups.add_table("lemma_index", {"noun": ["envoy", "embassy"], "verb": ["expel", "leave", "declare"]})
    lookups.add_table("lemma_exc", {"noun": {}, "verb": {"expelled": ["expel"]}})
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lemmatizer.initialize(lookups=lookups)
    return nlp


def _lemmas(nlp, words, pos):
    from spacy.tokens import Doc
    doc = Doc(nlp.vocab, words=words, pos=pos, morphs=["Number=Plur" if p == "NOUN" else "Tense=Past" for p in pos])
    return [t.lemma_ for t in nlp.get_pipe("lemmatizer")(doc)]


WORDS = ["envoys", "embassies", "declared", "expelled", "consuls"]
POS = ["NOUN", "NOUN", "VERB", "VERB", "NOUN"]


def test_the_lemmas_are_those_of_the_lists():
    nlp = _rule_lemmatizer()
    before = _lemmas(nlp, WORDS, POS)
    assert before == ["envoy", "embassy", "declare", "expel", "consul"]
    assert lemma_index_as_sets(nlp) is True
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in table.values())
    nlp.get_pipe("lemmatizer").cache.clear()
    assert _lemmas(nlp, WORDS, POS) == before
    assert lemma_index_as_sets(nlp) is True   # again: nothing left to change


def test_a_pipeline_without_a_lemmatizer_is_left_alone():
    import spacy
    assert lemma_index_as_sets(spacy.blank("en")) is False


@pytest.fixture(scope="module")
def nlp():
    from transforms.recognise import worker_spacy_model
    return worker_spacy_model()


def test_the_parse_looks_its_lemmas_up_in_sets(nlp):
    from transforms.expulsions.parse import SpacySentenceParser
    (doc,) = SpacySentenceParser(nlp)(["The envoys were expelled and their embassies closed."])
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in table.values())
    assert [t.lemma_ for t in doc if t.pos_ in ("NOUN", "VERB")] == ["envoy", "expel", "embassy", "close"]
