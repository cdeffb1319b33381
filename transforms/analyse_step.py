"""The batch job's analysis step: batches of articles recognised, resolved and their events extracted in
one DoFn (transforms/analyse.py), with the recogniser, gazetteer and parser loaded once per worker
process by the model loaders, as the three separate steps load them.

    articles | "AnalyseArticles" >> AnalyseArticles(RecogniserLoader(...), gazetteer_loader, ParserLoader(...))
        -> .analysed (AnalysedArticle with events), .dead_letter (stages recognise, resolve, extract)

The same output, dead letters and counters as RecogniseEntities | ResolveEntities | ExtractEvents
(which the streaming job keeps, recognition batched by BatchElements there); here the extract step's parse
is asked once per batch, and Beam carries each article through one step instead of three. Like
recognise_step.py this module imports no spaCy (the launching process needs only the PTransform).
"""
from __future__ import annotations

from typing import Any

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils import shared

from transforms.batching import BatchByKey, text_length
from transforms.records import ANALYSED, DEAD_LETTER

_COUNTERS = {("recognise", "articles"), ("recognise", "mentions"), ("recognise", "failed"),
             ("resolve", "mentions_resolved"), ("resolve", "mentions_unresolved"), ("resolve", "failed"),
             ("extract", "events"), ("extract", "asserted_events"), ("extract", "failed")}


class _Held:
    """Wrapper so a loaded resource can live in a `shared.Shared` handle."""
    def __init__(self, resource):
        self.resource = resource


class _AnalyseBatchFn(beam.DoFn):
    def __init__(self, model_loader, gazetteer_loader, parser_loader, recogniser_handle, parser_handle):
        self._model_loader = model_loader
        self._gazetteer_loader = gazetteer_loader
        self._parser_loader = parser_loader
        self._recogniser_handle = recogniser_handle
        self._parser_handle = parser_handle
        self._counters = {key: Metrics.counter(*key) for key in sorted(_COUNTERS)}

    def setup(self):
        # the order the separate steps are set up in: the parser's spaCy pipeline first, then the
        # recogniser over it, then the worker's one gazetteer (its fuzzy lookups remembered per worker)
        loader = self._parser_loader
        self._parser = self._parser_handle.acquire(lambda: _Held(loader())).resource
        model = self._model_loader
        self._recogniser = self._recogniser_handle.acquire(lambda: _Held(model())).resource
        from transforms.resolve import memo_resolver   # (the analysis is imported on the worker only: see process)
        self._resolver = memo_resolver(self._gazetteer_loader())

    def _count(self, namespace: str, name: str, n: int) -> None:
        self._counters[(namespace, name)].inc(n)

    def process(self, batch):
        # imported here, not at the top: the process that only builds the graph never loads the analysis's ~100
        # modules (~0.25 CPU s before a worker can start); on the worker, a look-up in sys.modules
        from transforms.analyse import analyse_batch
        for kind, value in analyse_batch(self._recogniser, self._resolver, self._parser, batch, self._count):
            yield value if kind == ANALYSED else beam.pvalue.TaggedOutput(DEAD_LETTER, value)


class AnalyseArticles(beam.PTransform):
    """Articles -> `AnalysedArticle` with events (main output `analysed`) and `dead_letter`."""

    def __init__(self, model_loader, gazetteer_loader, parser_loader, batch_size: int = 32):
        super().__init__()
        self.model_loader = model_loader
        self.gazetteer_loader = gazetteer_loader
        self.parser_loader = parser_loader
        self.batch_size = batch_size

    def expand(self, articles):
        # batched after a GroupByKey, correct on every runner (transforms/batching.py), as RecogniseEntities
        fn = _AnalyseBatchFn(self.model_loader, self.gazetteer_loader, self.parser_loader,
                             shared.Shared(), shared.Shared())
        return (articles
                | "BatchArticles" >> BatchByKey(self.batch_size, weight_of=text_length)
                # the output type declared as what Beam would infer (Any), which it would do by reading the bytecode
                # of process and of everything it calls (~0.08 CPU s of the job's start-up); the same coders
                | "Analyse" >> beam.ParDo(fn).with_output_types(Any).with_outputs(DEAD_LETTER, main=ANALYSED))
