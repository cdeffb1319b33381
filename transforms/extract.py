"""Extract diplomatic-expulsion events from resolved articles.

The rules live in the transforms/expulsions/ package (plain functions, no Beam);
`ExtractEvents` applies them to every `AnalysedArticle`. Given a parser loader, the
DoFn loads the parse once per worker (`shared.Shared`, in `setup`); the rules parse only
the sentences that may hold an expulsion (transforms/expulsions/parse.py, story.py); no
spaCy object leaves the step.

Counts are checked here, at the edge between extraction and every output: a count
above MAX_PLAUSIBLE_COUNT ("Spain expelled 2147483648 Russian diplomats") tells no real
expulsion, so the event is kept with a null count (counted as
`extract/implausible_counts`). That also keeps every count column (int32) from overflowing.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils import shared

from transforms.expulsions import extract_events
from transforms.expulsions.events import deduplicate
from transforms.expulsions.story import default_parse
from transforms.records import AnalysedArticle, DeadLetter, Event

# The largest expulsions on record are in the hundreds (Russia's cut of 755 US mission staff in
# 2017; some 600 Russian diplomats across Europe in 2022): ten thousand leaves room for any
# aggregate, and anything above it is a typo, an id or a joke, not a number of diplomats.
MAX_PLAUSIBLE_COUNT = 10_000


def plausible_count(count: Optional[int]) -> Optional[int]:
    """The count, or None when no expulsion could have it (negative, or above MAX_PLAUSIBLE_COUNT)."""
    return count if count is None or 0 <= count <= MAX_PLAUSIBLE_COUNT else None


def with_plausible_counts(events: Sequence[Event], text: str = "", parse=None) -> list[Event]:
    """Events with implausible counts kept, count null (then de-duplicated again: a count-less
    repeat of a counted pair is dropped, as the extractor does; `text`, the article's, dates a chronology's items;
    `parse`, the extractor's, reads the month each sentence dates its act to)."""
    fixed = []
    for e in events:
        if plausible_count(e.count) != e.count:
            Metrics.counter("extract", "implausible_counts").inc()
            e = e._replace(count=None, at_least=False)
        fixed.append(e)
    return deduplicate(fixed, text, parse)


Parse = Callable[[Sequence[str]], list]   # sentence texts -> parsed spaCy Docs


def events_for(analysed: AnalysedArticle, parse: Optional[Parse] = None) -> AnalysedArticle:
    """The article with its events; `parse` defaults to the process's own spaCy pipeline."""
    a = analysed.article
    parse = parse if parse is not None else default_parse
    events = extract_events(a.article_id, a.text, a.published_date, analysed.sentences, analysed.mentions, parse)
    return analysed._replace(events=tuple(e._replace(source=a.source)
                                          for e in with_plausible_counts(events, a.text, parse)))


class _SharedParser:
    """Wrapper so the parser can live in a `shared.Shared` handle."""
    def __init__(self, parser: Parse):
        self.parser = parser


class _ExtractFn(beam.DoFn):
    DEAD_LETTER = "dead_letter"

    def __init__(self, parser_loader: Optional[Callable[[], Parse]] = None, shared_handle=None):
        self._parser_loader = parser_loader
        self._shared = shared_handle
        self._parser = None
        self.events = Metrics.counter("extract", "events")
        self.asserted = Metrics.counter("extract", "asserted_events")
        self.failed = Metrics.counter("extract", "failed")

    def setup(self):
        if self._parser_loader is not None:
            loader = self._parser_loader
            self._parser = self._shared.acquire(lambda: _SharedParser(loader())).parser

    def process(self, analysed: AnalysedArticle):
        try:
            out = events_for(analysed, self._parser)
        except Exception as e:  # noqa: BLE001 - one bad article must not cost the run
            self.failed.inc()
            a = analysed.article
            yield beam.pvalue.TaggedOutput(self.DEAD_LETTER, DeadLetter.for_article(
                a, "extract", e))
            yield analysed   # keep the article and its mentions; it simply has no events
            return
        self.events.inc(len(out.events))
        self.asserted.inc(sum(1 for e in out.events if e.modality == "asserted"))
        yield out


class ExtractEvents(beam.PTransform):
    """`AnalysedArticle` -> the same with its events (main) and `dead_letter`. `parser_loader`
    (picklable, e.g. pipeline.loaders.ParserLoader) gives the parse of the sentences that may
    hold an event; without it, the process's own spaCy pipeline (story.default_parse)."""

    def __init__(self, parser_loader: Optional[Callable[[], Parse]] = None):
        super().__init__()
        self.parser_loader = parser_loader

    def expand(self, analysed):
        fn = _ExtractFn(self.parser_loader, shared.Shared() if self.parser_loader is not None else None)
        return analysed | "FindExpulsions" >> beam.ParDo(fn).with_outputs(_ExtractFn.DEAD_LETTER, main="analysed")
