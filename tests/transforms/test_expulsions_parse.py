"""The extract step's parse: only the parse components run, and events are those of the grammar."""
import pytest

from tests.expulsions_helpers import mentions_for, sentences_for, tuples
from transforms.expulsions import extract_events
from transforms.expulsions.parse import SpacySentenceParser

TEXT = ("Trade talks resumed in Geneva on Monday. Officials spoke of progress. "
        "Poland expelled 45 Russian diplomats. Moscow called the move hostile.")


@pytest.fixture(scope="module")
def nlp():
    from transforms.recognise import worker_spacy_model
    return worker_spacy_model()


def test_the_parse_runs_tagger_parser_and_lemmatizer_only(nlp):
    parse = SpacySentenceParser(nlp)
    assert "ner" in parse.skip and "senter" in parse.skip and "parser" not in parse.skip
    (doc,) = parse(["Poland expelled 45 Russian diplomats."])
    verb = doc[1]
    assert (verb.lemma_, verb.dep_) == ("expel", "ROOT")
    assert [t.text for t in verb.children if t.dep_ == "nsubj"] == ["Poland"]
    assert not doc.ents   # no NER: names come from the article's mentions


def test_what_the_parse_runs_does_not_depend_on_when_the_recogniser_added_its_components():
    """A runner may set up the parse before or after the recogniser adds its components to the shared
    pipeline: the gazetteer matcher never runs in the parse, the token repair always does."""
    import spacy
    import transforms.name_spans  # noqa: F401 - registers "titled_glue_splitter"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    parse = SpacySentenceParser(nlp)
    nlp.add_pipe("titled_glue_splitter", first=True)   # as recognise.py adds it, after the parser exists
    nlp.add_pipe("entity_ruler", name="gazetteer_matcher")
    assert parse.skip == ["sentencizer", "gazetteer_matcher"]
    assert SpacySentenceParser(nlp).skip == parse.skip


class CountingParse:
    def __init__(self, parse):
        self.parse, self.texts = parse, []

    def __call__(self, texts):
        self.texts.extend(texts)
        return self.parse(texts)


def test_only_sentences_that_may_hold_an_expulsion_are_parsed(nlp):
    parse = CountingParse(SpacySentenceParser(nlp))
    events = extract_events("t", TEXT, "2022-04-07", sentences_for(TEXT), mentions_for(TEXT), parse=parse)
    assert parse.texts == ["Poland expelled 45 Russian diplomats."]
    assert tuples(events) == [("PL", "RU", 45, False, 2022, "asserted")]


def test_every_trigger_word_of_the_pattern_data_makes_its_sentence_a_candidate():
    from transforms.expulsions.parse_words import PATTERNS, _TRIGGER_KEYS, _forms
    from transforms.expulsions.candidate_sentences import CANDIDATE
    verbs = [w for key in _TRIGGER_KEYS if key.endswith("verbs") for w in PATTERNS[key]] + \
        list(PATTERNS["particle_verbs"])
    others = [w for key in _TRIGGER_KEYS if not key.endswith("verbs") for w in PATTERNS[key]]
    for form in [f for w in verbs for f in _forms(w)] + others + [w + "s" for w in others]:
        assert CANDIDATE.search(f"On Monday they {form.capitalize()} it."), form
    for form in ("left", "sent", "threw", "withdrew", "PNG'd"):
        assert CANDIDATE.search(f"They {form} them."), form
    assert not CANDIDATE.search("The minister spoke about trade and the weather on Monday.")


def test_a_trigger_lemma_added_to_the_data_is_a_candidate_stem(monkeypatch):
    from transforms.expulsions import parse_words
    monkeypatch.setitem(parse_words.PATTERNS, "expel_verbs", parse_words.PATTERNS["expel_verbs"] + ["banish"])
    assert "banish" in parse_words.trigger_stems()
