"""The recognise step's Beam wiring: batches of articles through `EntityRecogniser`
(transforms/recognise.py), loaded once per worker process by the model loader.

This module imports no spaCy: the process that builds and launches the job graph
(`pipeline/run.py`) needs only this PTransform, and the recogniser with spaCy is
imported where the model loader runs, on the workers (with 2 workers the launching
process saves spaCy's import, ~1 CPU s, before the workers start).
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils import shared

from transforms.batching import BatchByKey, text_length
from transforms.records import DeadLetter


class _SharedRecogniser:
    """Wrapper so the recogniser can live in a `shared.Shared` handle."""
    def __init__(self, recogniser):
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
                yield beam.pvalue.TaggedOutput(self.DEAD_LETTER, DeadLetter.for_article(
                    article, "recognise", e))
                continue
            self.docs.inc()
            self.mentions.inc(len(r.mentions))
            yield r


class RecogniseEntities(beam.PTransform):
    """Articles -> `Recognised` (main output) and `dead_letter`."""

    def __init__(self, model_loader, batch_size: int = 32, streaming: bool = False):
        super().__init__()
        self.model_loader = model_loader
        self.batch_size = batch_size
        self.streaming = streaming

    def expand(self, articles):
        # Batch jobs batch after a GroupByKey (correct on every runner, see transforms/batching.py);
        # streaming jobs keep BatchElements (a global-window GroupByKey would never fire).
        batcher = (beam.BatchElements(min_batch_size=1, max_batch_size=self.batch_size) if self.streaming
                   else BatchByKey(self.batch_size, weight_of=text_length))
        return (
            articles
            | "BatchArticles" >> batcher
            | "RunSpacy" >> beam.ParDo(_RecogniseBatchFn(self.model_loader, shared.Shared())).with_outputs(
                _RecogniseBatchFn.DEAD_LETTER, main="recognised")
        )
