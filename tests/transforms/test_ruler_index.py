"""The attribute ruler's matches found by index: the same matches as its own Matcher, and the parse unchanged."""
import pytest

from transforms.expulsions.ruler_index import IndexedRulerMatch, index_attribute_ruler

SENTENCES = [
    "Ruritania expelled three Freedonian diplomats on Monday.",
    "There are two envoys who were told to leave, and it is what it is.",
    "I did not ask them; you gave it to me, and we're gonna see what they've done.",
    "Let's say the consul ain't coming back: y'all know he gotta go.",
    "The ministry said   that the attache \n had 48 hours to leave the country.",
    "Whether the ambassador is recalled depends on him, doesn't it?",
]


@pytest.fixture(scope="module")
def nlp():
    from transforms.recognise import worker_spacy_model
    return worker_spacy_model()


def _parsed(nlp, texts):
    """The texts through the parse's components up to the ruler (the ruler and the lemmatizer not run)."""
    from transforms.expulsions.parse import SpacySentenceParser
    skip = SpacySentenceParser(nlp).skip + ["attribute_ruler", "lemmatizer"]
    return list(nlp.pipe(texts, disable=skip))


def _matchers_own(ruler, doc):
    """What `AttributeRuler.match` returns: its Matcher's matches, keyed by attribute id, sorted."""
    found = ruler.matcher(doc, allow_missing=True, as_spans=False)
    return sorted((int(ruler.vocab.strings[m]), m, s, e) for m, s, e in found)


def test_the_index_finds_every_match_the_rulers_matcher_finds(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = IndexedRulerMatch.of(ruler)
    assert indexed is not None
    for doc in _parsed(nlp, SENTENCES) * 2:   # twice: the second time from what the index remembered
        assert indexed(doc) == _matchers_own(ruler, doc), doc.text


def test_two_token_patterns_and_a_key_of_two_patterns_are_found(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = IndexedRulerMatch.of(ruler)
    (doc,) = _parsed(nlp, ["We're gonna go, and he got sick."])
    spans = {(s, e) for _, _, s, e in indexed(doc)}
    assert (2, 4) in spans   # "gon" "na"
    assert indexed(doc) == _matchers_own(ruler, doc)


def test_the_parse_uses_the_index_and_its_words_are_unchanged(nlp):
    from transforms.expulsions.parse import SpacySentenceParser
    parse = SpacySentenceParser(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.__dict__.get("match"), IndexedRulerMatch)
    docs = parse(SENTENCES)
    plain = _parsed(nlp, SENTENCES)
    for doc, bare in zip(docs, plain):
        ruler.set_annotations(bare, _matchers_own(ruler, bare))
        nlp.get_pipe("lemmatizer")(bare)
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc] == \
            [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in bare]
    assert docs[0][1].lemma_ == "expel" and docs[0][1].pos_ == "VERB"


def test_a_ruler_with_a_pattern_the_index_cannot_read_is_left_as_it_is():
    import spacy
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the"}]], {"LEMMA": "the"})
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})   # an operator: not read by the index
    assert index_attribute_ruler(nlp) is False
    assert "match" not in ruler.__dict__
    assert nlp("very very good")[0].lemma_ == "very"


def test_a_ruler_of_one_token_tests_is_indexed_once():
    import spacy
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["envoys", "envoy"]}}]], {"LEMMA": "envoy"})
    ruler.add([[{"LOWER": {"REGEX": "^diplomat"}}]], {"LEMMA": "diplomat"})
    assert index_attribute_ruler(nlp) is True
    indexed = ruler.__dict__["match"]
    assert index_attribute_ruler(nlp) is True and ruler.__dict__["match"] is indexed
    doc = nlp("Two envoys and a diplomat left")
    assert [t.lemma_ for t in doc] == ["", "envoy", "", "", "diplomat", ""]
