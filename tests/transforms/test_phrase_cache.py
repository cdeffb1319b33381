"""The recogniser's phrases split ahead of time: the same matches as splitting them on every worker,
and never used when made for another gazetteer or tokenizer."""
import logging

import pytest

from gazetteer.phrases import phrases_by_label
from gazetteer.store import default_artifact, load_gazetteer
from pipeline.loaders import GazetteerLoader, RecogniserLoader
from transforms.phrase_cache import CachedSplit, artifact_digest, load_cache, make_cache, write_cache
from transforms.phrase_keys import PhraseSplitter
from transforms.name_spans import split_citation_marks, split_glued_words
from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article

PHRASES = {"COUNTRY": ["Guinea-Bissau", "Côte d'Ivoire", "Ruritania", "U.S."],
           "CITY": ["Kuala Lumpur", "St. John's", "Port Moresby"]}
TEXT = ("Envoys of Guinea-Bissau and Côte d'Ivoire met in Kuala Lumpur, then flew to St. John's; "
        "the U.S. and Ruritania sent none to Port Moresby.")


def recogniser_pipeline():
    """A pipeline of its own, its tokenizer the recogniser's (the worker's one is shared by other tests)."""
    return split_citation_marks(split_glued_words(load_spacy_model()))


@pytest.fixture(scope="module")
def nlp():
    return recogniser_pipeline()


def _found(recogniser) -> list:
    (rec,) = recogniser.recognise([Article("a1", TEXT)])
    return sorted((m.text, m.label, m.start_char, m.end_char) for m in rec.mentions)


def test_a_cached_split_finds_what_the_tokenizer_split_finds(nlp, tmp_path):
    path = tmp_path / "cache.json.gz"
    write_cache(make_cache(nlp, PHRASES, "digest-1"), path)
    phrases, splitter = load_cache(nlp, "digest-1", path)
    assert phrases == {label: sorted(names) for label, names in PHRASES.items()}
    every = [p for names in PHRASES.values() for p in names]
    assert splitter.split(every) == PhraseSplitter(nlp.tokenizer).split(every)
    with_cache = _found(EntityRecogniser(recogniser_pipeline(), phrases, splitter=splitter))
    assert with_cache == _found(EntityRecogniser(recogniser_pipeline(), PHRASES))
    assert {"Guinea-Bissau", "Côte d'Ivoire", "Kuala Lumpur"} <= {text for text, *_ in with_cache}


def test_a_cache_made_for_another_gazetteer_is_not_used(nlp, tmp_path, caplog):
    path = tmp_path / "cache.json.gz"
    write_cache(make_cache(nlp, PHRASES, "digest-1"), path)
    with caplog.at_level(logging.WARNING):
        assert load_cache(nlp, "digest-2", path) is None
    assert "stale" in caplog.text
    assert load_cache(nlp, "digest-1", tmp_path / "absent.json.gz") is None


def test_a_cache_the_tokenizer_no_longer_agrees_with_is_not_used(nlp, tmp_path):
    cache = make_cache(nlp, {"COUNTRY": ["Guinea-Bissau"]}, "digest-1")
    assert cache["tokens"] == {"Guinea-Bissau": ["Guinea", "-", "Bissau"]}
    cache["tokens"]["Guinea-Bissau"] = ["Guinea-Bissau"]     # as a tokenizer without infixes would split it
    write_cache(cache, tmp_path / "cache.json.gz")
    assert load_cache(nlp, "digest-1", tmp_path / "cache.json.gz") is None


def test_the_shipped_cache_is_the_shipped_gazetteers_phrases_as_the_tokenizer_splits_them(nlp):
    cached = load_cache(nlp, artifact_digest(default_artifact()))
    assert cached is not None, "stale phrase cache: run `python -m transforms.phrase_cache`"
    phrases, splitter = cached
    live = phrases_by_label(load_gazetteer().entities)
    assert {k: sorted(set(v)) for k, v in live.items()} == phrases
    every = sorted({p for names in phrases.values() for p in names})
    assert splitter.split(every) == PhraseSplitter(nlp.tokenizer).split(every)


def test_only_the_packaged_gazetteer_uses_the_cache(tmp_path, monkeypatch):
    import transforms.recognise
    made = []
    monkeypatch.setattr(transforms.recognise, "EntityRecogniser",
                        lambda nlp, phrases, batch_size, splitter: made.append((phrases, splitter)))
    extra = tmp_path / "extra.csv"
    extra.write_text("name,type,country\nRuritanian Liberation Front,ORG,RU\n", encoding="utf-8")
    RecogniserLoader(None, GazetteerLoader(None, str(extra)), 8)()
    RecogniserLoader(None, GazetteerLoader(), 8)()
    (extra_phrases, extra_splitter), (packaged_phrases, packaged_splitter) = made
    assert "Ruritanian Liberation Front" in extra_phrases["ORG"] and extra_splitter is None   # computed, rows and all
    assert "Ruritanian Liberation Front" not in packaged_phrases["ORG"]
    assert isinstance(packaged_splitter, CachedSplit)


def test_cached_split_keeps_words_the_cache_does_not_name():
    assert CachedSplit({"U.S.": ["U.S."]}).split(["Kuala Lumpur", "U.S."]) == [["Kuala", "Lumpur"], ["U.S."]]
