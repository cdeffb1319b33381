"""Extract diplomatic-expulsion events from resolved articles.

The rules live in the transforms/expulsions/ package (plain functions, no Beam);
`ExtractEvents` applies them to every `AnalysedArticle`.
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.records import AnalysedArticle, DeadLetter
from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse


def events_for(analysed: AnalysedArticle) -> AnalysedArticle:
    a = analysed.article
    events = extract_events(a.article_id, a.text, a.published_date, analysed.sentences, analysed.mentions,
                            default_parse)
    return analysed._replace(events=tuple(e._replace(source=a.source) for e in events))


class _ExtractFn(beam.DoFn):
    DEAD_LETTER = "dead_letter"

    def __init__(self):
        self.events = Metrics.counter("extract", "events")
        self.asserted = Metrics.counter("extract", "asserted_events")
        self.failed = Metrics.counter("extract", "failed")

    def process(self, analysed: AnalysedArticle):
        try:
            out = events_for(analysed)
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
    def expand(self, analysed):
        return analysed | "FindExpulsions" >> beam.ParDo(_ExtractFn()).with_outputs(
            _ExtractFn.DEAD_LETTER, main="analysed")
