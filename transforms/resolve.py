"""Resolve recognised mentions to canonical entities (see gazetteer/resolver.py).

The gazetteer speaks its own types: each `RawMention` is asked as a
`NameQuery`, and each `Resolution` it answers becomes a `Mention` here
(`to_mention`). `ResolveEntities` asks the job's gazetteer handle
(`pipeline.loaders.GazetteerLoader`: one gazetteer per worker process, shared by
every step and thread) and turns each `Recognised` article into an `AnalysedArticle`
with resolved `Mention`s. An article whose resolution fails goes to the
dead-letter output.
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from gazetteer.resolution import NameQuery, Resolution
from gazetteer.resolver import ArticleResolver
from transforms.records import AnalysedArticle, DeadLetter, Mention, RawMention


def name_query(m: RawMention) -> NameQuery:
    """What the gazetteer is asked about one recognised mention."""
    return NameQuery(m.text, m.label, m.start_char, m.end_char, m.context_before, m.speaker)


def to_mention(article_id: str, m: RawMention, r: Resolution) -> Mention:
    """The recognised mention with the gazetteer's answer: the record the later steps read."""
    return Mention(article_id, m.start_char, m.end_char, m.text, m.label, r.entity_type,
                   r.entity_id, r.canonical_name, r.country_code, r.acts_for, r.role,
                   r.score, r.method, m.sentence_index, m.origin == "nested",
                   role_start=r.role_start, role_end=r.role_end)


def resolve_mentions(resolver: ArticleResolver, article_id: str, published_date, raw_mentions) -> list[Mention]:
    """The article's recognised mentions, resolved; those the resolver does not report are left out."""
    answers = resolver.resolve(published_date, [name_query(m) for m in raw_mentions])
    return [to_mention(article_id, m, r) for m, r in zip(raw_mentions, answers) if r is not None]


def resolve_article(resolver: ArticleResolver, recognised) -> AnalysedArticle:
    """Plain function: one `Recognised` -> `AnalysedArticle` with resolved mentions."""
    a = recognised.article
    mentions = resolve_mentions(resolver, a.article_id, a.published_date, recognised.mentions)
    return AnalysedArticle(article=a, sentences=recognised.sentences, mentions=tuple(mentions))


class _ResolveFn(beam.DoFn):
    DEAD_LETTER = "dead_letter"

    def __init__(self, gazetteer_loader):
        self._loader = gazetteer_loader
        self.resolved = Metrics.counter("resolve", "mentions_resolved")
        self.unresolved = Metrics.counter("resolve", "mentions_unresolved")
        self.failed = Metrics.counter("resolve", "failed")

    def setup(self):
        self._resolver = ArticleResolver(self._loader())   # the worker's one gazetteer (pipeline.loaders)

    def process(self, recognised):
        try:
            analysed = resolve_article(self._resolver, recognised)
        except Exception as e:  # noqa: BLE001 - one bad article must not cost the run
            self.failed.inc()
            a = recognised.article
            yield beam.pvalue.TaggedOutput(self.DEAD_LETTER, DeadLetter.for_article(
                a, "resolve", e))
            return
        n_resolved = sum(1 for m in analysed.mentions if m.entity_id)
        self.resolved.inc(n_resolved)
        self.unresolved.inc(len(analysed.mentions) - n_resolved)
        yield analysed


class ResolveEntities(beam.PTransform):
    """`Recognised` -> `AnalysedArticle` (main) and `dead_letter`."""

    def __init__(self, gazetteer_loader):
        super().__init__()
        self.gazetteer_loader = gazetteer_loader

    def expand(self, recognised):
        return recognised | "Resolve" >> beam.ParDo(
            _ResolveFn(self.gazetteer_loader)).with_outputs(_ResolveFn.DEAD_LETTER, main="analysed")
