"""The tagger on a few words, a batch's questions answered together (transforms/stretch_tags.py)."""
import pytest

from transforms.records import Article
from transforms.stretch_tags import in_lockstep, tag_texts


def _reading(name, rounds):
    """A reading that asks `rounds` (lists of texts) one after the other and returns what it was told."""
    told = []
    for questions in rounds:
        answers = yield questions
        told.append((name, sorted(answers.items())))
    return told


def test_readings_asked_side_by_side_are_answered_in_one_call_per_round():
    calls = []

    def answer(texts):
        calls.append(list(texts))
        return {t: t.upper() for t in texts}

    got = in_lockstep([_reading("a", [["x", "y"], ["z"]]), _reading("b", [["y"]]), _reading("c", [])], answer)
    assert calls == [["x", "y"], ["z"]]   # "y", asked by two readings, once; the second round has only a's question
    assert got == [[("a", [("x", "X"), ("y", "Y")]), ("a", [("z", "Z")])], [("b", [("y", "Y")])], []]


def test_a_round_with_no_question_asks_nothing():
    calls = []
    got = in_lockstep([_reading("a", [[], []])], lambda texts: calls.append(texts) or {})
    assert calls == [] and got == [[("a", []), ("a", [])]]


def test_a_failing_reading_fails_the_batch():
    def broken():
        yield ["x"]
        raise ValueError("bad article")

    with pytest.raises(ValueError):
        in_lockstep([_reading("a", [["x"]]), broken()], lambda texts: {t: t for t in texts})


def test_texts_tagged_together_get_the_tags_each_gets_alone():
    from transforms.recognise import worker_spacy_model
    nlp = worker_spacy_model()
    skip = [p for p in nlp.pipe_names if p not in ("tok2vec", "tagger")]
    texts = ["Major coffee growers expect", "Tanjug reported", "Brown sugar prices fell on Monday",
             "Officials said", "Major told reporters he was"]
    together = tag_texts(nlp, texts + ["Tanjug reported"])
    assert set(together) == set(texts)
    for text in texts:
        assert together[text] == [t.tag_ for t in nlp(text, disable=skip)]
    assert together["Major coffee growers expect"][:2] == ["JJ", "NN"]


def test_recognition_of_a_batch_reads_as_each_article_alone():
    from transforms.recognise import EntityRecogniser, load_spacy_model
    rec = EntityRecogniser(load_spacy_model(), {"PERSON": ["Major", "John Major", "Brown", "Gordon Brown"]})
    articles = [Article("a", "Major coffee growers expect to cut their shipments, traders said."),
                Article("b", "Major told reporters he was confident. Tanjug reported the talks."),
                Article("c", "Brown sugar prices fell. Yugoslavia expelled two diplomats, Tanjug reported.")]
    alone = [rec.recognise([a])[0] for a in articles]
    assert rec.recognise(articles) == alone
    assert [m.text for m in alone[0].mentions] == []   # "Major coffee growers": an adjective
    assert "Major" in [m.text for m in alone[1].mentions]   # "Major told reporters": the man
    assert "Tanjug" in [m.text for m in alone[2].mentions]   # a source the model leaves unmarked
