"""Process each article once: a record whose id, or whose text, a record kept before it has.

The rule is sequential: in (source_file, line) order, a record is kept unless an earlier
*kept* record has its id or its exact (cleaned) text; a dropped one becomes a dead letter at
stage `duplicate` naming the record kept. A duplicate therefore never points at a record
that was itself dropped: with lines {a, T}, {b, T}, {b, U}, line 2 is a duplicate of line 1
(same text), and line 3 is kept (no kept record has id b or text U).

On Beam, without global state: records are grouped by id, then by text hash. A record
alone in both groups is kept at once (nearly all of them). The others ("contested": they
share an id or a text with another record) are decided together by `resolve()`, the plain,
Beam-free core, over their keys only (position, id, text hash), in one place; the verdicts
reach the contested records as a side input. The same files give the same winners whatever
order the runner reads them in.
"""
from __future__ import annotations

import hashlib
from typing import Iterable, NamedTuple, Optional

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms.records import Article, DeadLetter


def order_key(a: Article) -> tuple:
    """Where a copy came from, then its content, so that even copies from one place order stably."""
    return (a.source_file, a.line, a.article_id, text_key(a.text), a.title or "", a.url or "",
            a.published_at or "", a.source or "")


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Claim(NamedTuple):
    """What `resolve()` needs of a contested record."""
    order: tuple
    article_id: str
    text: str          # the text's hash


class Verdict(NamedTuple):
    """For a dropped record: why, and which kept record it duplicates."""
    kind: str          # "id" or "text"
    kept_id: str
    kept_at: str       # "source_file:line" of the kept record


def claim(a: Article) -> Claim:
    return Claim(order_key(a), a.article_id, text_key(a.text))


def resolve(claims: Iterable[Claim]) -> dict[tuple, Verdict]:
    """order key -> Verdict of every dropped record; the others are kept. Sequential in order."""
    by_id: dict[str, Claim] = {}
    by_text: dict[str, Claim] = {}
    dropped: dict[tuple, Verdict] = {}
    for c in sorted(claims, key=lambda c: c.order):
        first = by_id.get(c.article_id)
        kind = "id"
        if first is None:
            first, kind = by_text.get(c.text), "text"
        if first is not None:
            dropped[c.order] = Verdict(kind, first.article_id, f"{first.order[0]}:{first.order[1]}")
            continue
        by_id[c.article_id] = c
        by_text[c.text] = c
    return dropped


def duplicate_letter(a: Article, verdict: Verdict) -> DeadLetter:
    what = f"id '{a.article_id}'" if verdict.kind == "id" else f"text of '{verdict.kept_id}'"
    return DeadLetter(source=a.source_file, line=a.line, stage="duplicate",
                      error=f"duplicate {what}: kept {verdict.kept_at}", record=a.text[:1000])


def pick(copies: Iterable[Article], kind: str) -> tuple[Article, list[DeadLetter]]:
    """The copy to keep among copies of one id or one text, and a `duplicate` dead letter for
    every other one (the whole rule when only one kind of key is shared)."""
    ordered = sorted(copies, key=order_key)
    verdicts = resolve(claim(a) for a in ordered)
    kept = ordered[0]   # the first in order is always kept (also among copies identical in every field)
    fallback = Verdict(kind, kept.article_id, f"{kept.source_file}:{kept.line}")
    return kept, [duplicate_letter(a, verdicts.get(order_key(a), fallback)) for a in ordered[1:]]


class _FlagSharedFn(beam.DoFn):
    """(key, records) -> (record, shared): shared when another record has the same key (or the
    record was already flagged by an earlier grouping)."""

    def process(self, keyed):
        _, records = keyed
        records = list(records)
        for a, shared in records:
            yield a, shared or len(records) > 1


class _DecideFn(beam.DoFn):
    def __init__(self):
        self.duplicates = Metrics.counter("dedupe", "duplicates")

    def process(self, a: Article, verdicts: dict):
        verdict: Optional[Verdict] = verdicts.get(order_key(a))
        if verdict is None:
            yield a
            return
        self.duplicates.inc()
        Metrics.counter("dedupe", f"duplicate_{verdict.kind}s").inc()
        yield beam.pvalue.TaggedOutput(DedupeArticles.DUPLICATES, duplicate_letter(a, verdict))


class DedupeArticles(beam.PTransform):
    """Articles -> `kept` (each id and each text once) and `duplicates` (dead letters)."""
    KEPT = "kept"
    DUPLICATES = "duplicates"

    def expand(self, articles):
        flagged = (articles
                   | "KeyById" >> beam.Map(lambda a: (a.article_id, (a, False)))
                   | "GroupById" >> beam.GroupByKey()
                   | "FlagSharedIds" >> beam.ParDo(_FlagSharedFn())
                   | "KeyByText" >> beam.Map(lambda item: (text_key(item[0].text), item))
                   | "GroupByText" >> beam.GroupByKey()
                   | "FlagSharedTexts" >> beam.ParDo(_FlagSharedFn()))
        contested = flagged | "Contested" >> beam.FlatMap(lambda item: [item[0]] if item[1] else [])
        verdicts = (contested
                    | "Claims" >> beam.Map(claim)
                    # no contested record: no verdict at all (the side input's default), not an empty list's
                    | "AllClaims" >> beam.CombineGlobally(beam.combiners.ToListCombineFn()).without_defaults()
                    | "Resolve" >> beam.Map(resolve))
        # every record through Decide: one alone in both groups has no verdict and is kept, as a contested one
        # that `resolve` kept is (one step, no Flatten of the two afterwards)
        decided = (flagged
                   | "Records" >> beam.MapTuple(lambda a, _shared: a)
                   | "Decide" >> beam.ParDo(_DecideFn(), verdicts=beam.pvalue.AsSingleton(verdicts, default_value={}))
                   .with_outputs(self.DUPLICATES, main=self.KEPT))
        return {self.KEPT: decided[self.KEPT], self.DUPLICATES: decided[self.DUPLICATES]}
