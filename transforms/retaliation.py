"""Which expulsion answers which: tit-for-tat links between event clusters.

Expulsions come in pairs: A expels B's diplomats, B expels A's in return. Each
`event_clusters` row gets `answers_cluster_id`, the earlier expulsion it answers, and
`link_basis`, why we think so:

- `stated`: a report of the cluster says it is an answer ("in retaliation for",
  "in response to", "tit-for-tat", "retaliated by expelling", "reciprocal") and an
  earlier cluster of the reversed pair (B expelled A's diplomats) exists within
  `STATED_HORIZON_DAYS` (a year) before it. The act named inside "in retaliation for
  ..." is the answered one, not the answer.
- `reversed_pair`: no report says so, but the reversed pair was expelled at most
  `window_days` (`--retaliation_window_days`, default 60) before it. Both clusters must
  be dated by their reports (a retrospective report gives only a year: no inference).

When several earlier clusters qualify, the latest one is answered (ties: the smaller
cluster id). Two reversed clusters on the same day are ordered only by a statement;
with none, or with both stated, there is no link: "unknown" beats a guess.

`retaliation_stated(sentence, trigger)` reads one report; `link_retaliations(clusters,
window_days)` links clusters (plain functions); `LinkRetaliations` runs them in Beam,
grouped by the unordered country pair (small: one row per real-world expulsion).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Iterable, NamedTuple, Optional, Sequence

import apache_beam as beam

from gazetteer.dates import day

DEFAULT_RETALIATION_WINDOW_DAYS = 60
STATED_HORIZON_DAYS = 366
STATED, REVERSED_PAIR = "stated", "reversed_pair"

# Cues as data. A "complement" cue introduces the act being answered ("in retaliation for
# Britain's expulsion of ..."): a trigger inside its phrase is the answered act. A "bare" cue
# marks the sentence's own act as an answer ("retaliated by expelling", "tit-for-tat").
COMPLEMENT_CUES = (
    r"in (?:retaliation|response|reply|answer|return|reprisal) (?:for|to)",
    r"(?:retaliation|response|reply|reprisal|riposte) (?:for|to)",
    r"to retaliate (?:for|against)", r"retaliating (?:for|against)", r"mirroring",
)
BARE_CUES = (
    r"retaliat\w*", r"tit[- ]for[- ]tat", r"reciproc\w*", r"in kind", r"in return", r"in response",
    r"in reprisal", r"mirror\w*", r"responded by", r"hit back", r"in turn",
)
_COMPLEMENT = re.compile(r"\b(?:" + "|".join(COMPLEMENT_CUES) + r")\b", re.IGNORECASE)
_BARE = re.compile(r"\b(?:" + "|".join(BARE_CUES) + r")", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;]|\.\s")
_SEGMENT_END = re.compile(r"[,;]|\.\s")


class LinkableCluster(NamedTuple):
    """What linking needs of a cluster (any object with these attributes will do)."""
    cluster_id: str
    expelling_country: Optional[str]
    expelled_country: Optional[str]
    year: Optional[int]
    first_reported: Optional[str]      # ISO date of the first report
    stated_retaliation: bool


def _spans(pattern: re.Pattern, text: str, end: re.Pattern) -> list[tuple[int, int]]:
    """(cue start, end of the phrase it governs) for every cue."""
    out = []
    for m in pattern.finditer(text):
        stop = end.search(text, m.end())
        out.append((m.start(), stop.start() if stop else len(text)))
    return out


def _clause(text: str, at: int) -> tuple[int, int]:
    starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    stop = _CLAUSE_END.search(text, at)
    return (starts[-1] if starts else 0, stop.start() if stop else len(text))


def retaliation_stated(sentence: str, trigger: str) -> bool:
    """Does this report say that its own expulsion (the one `trigger` names) answers another?

    "Russia expelled 23 British diplomats in retaliation" -> True; "in response to Britain's
    expulsion of 23 Russians, Moscow expelled ..." -> True for "expelled", False for "expulsion"
    (the answered act); "Britain expelled 23 Russians, and Russia responded in kind" -> False for
    Britain's act (the cue belongs to another clause part)."""
    if not sentence or not trigger:
        return False
    answered = _spans(_COMPLEMENT, sentence, _SEGMENT_END)
    places = [m.start() for m in re.finditer(r"\b" + re.escape(trigger) + r"\b", sentence, re.IGNORECASE)]
    own = [p for p in places if not any(a <= p < b for a, b in answered)]
    if not own:
        return False
    for p in own:
        lo, hi = _clause(sentence, p)
        for a, _ in answered:          # "in response to ..., Moscow expelled"
            if lo <= a < p or (p < a < hi and _segment_of(sentence, p) == _segment_of(sentence, a)):
                return True
        for m in _BARE.finditer(sentence, lo, hi):
            if any(a <= m.start() < b for a, b in answered):
                continue
            if m.start() < p or _segment_of(sentence, m.start()) == _segment_of(sentence, p):
                return True
    return False


def _segment_of(text: str, at: int) -> int:
    return len(_SEGMENT_END.findall(text, 0, at))


def _dated(c) -> Optional[date]:
    """The cluster's date when its reports date it (first report in the event's year)."""
    d = day(c.first_reported)
    if d is None or (c.year is not None and c.year != d.year):
        return None
    return d


def _before(earlier, later, horizon_days: int, stated: bool) -> bool:
    """Is `earlier` an expulsion before `later`, no more than horizon_days before it?"""
    a, b = _dated(earlier), _dated(later)
    if a is not None and b is not None:
        gap = (b - a).days
        if gap == 0:      # the same day: only a statement orders them
            return stated and not earlier.stated_retaliation
        return 0 < gap <= horizon_days
    if not stated or earlier.year is None or later.year is None:
        return False      # a year alone orders nothing, unless a report says which answers which
    gap = later.year - earlier.year
    return gap == 1 or (gap == 0 and not earlier.stated_retaliation)


def answered_by(cluster, candidates: Sequence, window_days: int) -> tuple[Optional[str], Optional[str]]:
    """(answers_cluster_id, link_basis) for one cluster among the clusters of its country pair."""
    if not cluster.expelling_country or not cluster.expelled_country:
        return None, None
    reversed_pair = [c for c in candidates if c.cluster_id != cluster.cluster_id
                     and c.expelling_country == cluster.expelled_country
                     and c.expelled_country == cluster.expelling_country]
    if cluster.stated_retaliation:
        basis, fits = STATED, [c for c in reversed_pair if _before(c, cluster, STATED_HORIZON_DAYS, True)]
    else:
        basis, fits = REVERSED_PAIR, [c for c in reversed_pair if _before(c, cluster, window_days, False)]
    if not fits:
        return None, None
    latest = max(fits, key=lambda c: (_dated(c) or date.min, c.year or 0, _neg(c.cluster_id)))
    return latest.cluster_id, basis


def _neg(text: str) -> tuple:
    return tuple(-ord(ch) for ch in text)


def link_retaliations(clusters: Iterable, window_days: int = DEFAULT_RETALIATION_WINDOW_DAYS) -> dict:
    """cluster_id -> (answers_cluster_id, link_basis) for every cluster that answers another."""
    clusters = list(clusters)
    links = {}
    for c in clusters:
        answers, basis = answered_by(c, clusters, window_days)
        if answers is not None:
            links[c.cluster_id] = (answers, basis)
    return links


def pair_key(cluster) -> tuple:
    """The unordered country pair: a cluster and its answer share it."""
    return tuple(sorted((cluster.expelling_country or "", cluster.expelled_country or "")))


class _LinkPairFn(beam.DoFn):
    def __init__(self, window_days: int):
        self.window_days = window_days

    def process(self, element):
        key, clusters = element
        clusters = sorted(clusters, key=lambda c: c.cluster_id)
        links = link_retaliations(clusters, self.window_days) if key[0] and key[1] else {}
        for c in clusters:
            answers, basis = links.get(c.cluster_id, (None, None))
            yield c._replace(answers_cluster_id=answers, link_basis=basis)


class LinkRetaliations(beam.PTransform):
    """EventCluster records -> the same records with `answers_cluster_id` and `link_basis` set."""

    def __init__(self, window_days: Optional[int] = DEFAULT_RETALIATION_WINDOW_DAYS):
        super().__init__()
        self.window_days = DEFAULT_RETALIATION_WINDOW_DAYS if window_days is None else window_days

    def expand(self, clusters):
        return (clusters
                | "KeyByCountryPair" >> beam.Map(lambda c: (pair_key(c), c))
                | "GroupByCountryPair" >> beam.GroupByKey()
                # declared: Beam would infer Any by reading the bytecode of process and all it calls
                | "LinkAnswers" >> beam.ParDo(_LinkPairFn(self.window_days)).with_output_types(Any))
