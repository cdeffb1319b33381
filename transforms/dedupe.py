"""Process each article once: duplicate ids, then exact duplicate texts.

Two keyed groupings (no global state, so it is correct on every runner and any
number of workers): articles are grouped by `article_id`, then the survivors by
a hash of their stored (cleaned) text. In each group the copy that comes first
in (source_file, line) order is kept: the same files give the same winner
whatever order the runner processes records in. Every other copy becomes a
dead letter at stage `duplicate` whose error names the copy that was kept.

`pick()` is the plain, Beam-free core.
"""
from __future__ import annotations

import hashlib
from typing import Iterable

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.records import Article, DeadLetter


def order_key(a: Article) -> tuple:
    """Where a copy came from, then its content, so that even copies from one place order stably."""
    return (a.source_file, a.line, a.article_id, a.text, a.title or "", a.url or "", a.published_at or "",
            a.source or "")


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pick(copies: Iterable[Article], kind: str) -> tuple[Article, list[DeadLetter]]:
    """The copy to keep, and a `duplicate` dead letter for every other one."""
    ordered = sorted(copies, key=order_key)
    kept, rest = ordered[0], ordered[1:]
    what = f"id '{kept.article_id}'" if kind == "id" else f"text of '{kept.article_id}'"
    return kept, [DeadLetter(source=a.source_file, line=a.line, stage="duplicate",
                             error=f"duplicate {what}: kept {kept.source_file}:{kept.line}",
                             record=a.text[:1000]) for a in rest]


class _KeepFirstFn(beam.DoFn):
    def __init__(self, kind: str):
        self.kind = kind
        self.duplicates = Metrics.counter("dedupe", f"duplicate_{kind}s")

    def process(self, keyed):
        _, copies = keyed
        kept, dead = pick(copies, self.kind)
        yield kept
        for d in dead:
            self.duplicates.inc()
            yield beam.pvalue.TaggedOutput(DedupeArticles.DUPLICATES, d)


class DedupeArticles(beam.PTransform):
    """Articles -> `kept` (one per id and per text) and `duplicates` (dead letters)."""
    KEPT = "kept"
    DUPLICATES = "duplicates"

    def expand(self, articles):
        by_id = (articles
                 | "KeyById" >> beam.Map(lambda a: (a.article_id, a))
                 | "GroupById" >> beam.GroupByKey()
                 | "KeepFirstPerId" >> beam.ParDo(_KeepFirstFn("id")).with_outputs(self.DUPLICATES, main=self.KEPT))
        by_text = (by_id[self.KEPT]
                   | "KeyByText" >> beam.Map(lambda a: (text_key(a.text), a))
                   | "GroupByText" >> beam.GroupByKey()
                   | "KeepFirstPerText" >> beam.ParDo(_KeepFirstFn("text")).with_outputs(self.DUPLICATES,
                                                                                         main=self.KEPT))
        duplicates = (by_id[self.DUPLICATES], by_text[self.DUPLICATES]) | "AllDuplicates" >> beam.Flatten()
        return {self.KEPT: by_text[self.KEPT], self.DUPLICATES: duplicates}
