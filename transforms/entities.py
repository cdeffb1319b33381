"""One identity per entity across the feed, and the `entities` table.

`ClusterUnknownEntities` gives every mention the gazetteer could not resolve
(a person, organisation or place it does not know) a stable cluster id shared
with the same name's other spellings in other articles: names are grouped by
a blocking key (gazetteer/clustering.py), never compared all-pairs.

`EntityTable` summarises the final mentions per entity id.

Both take and give `(Mention, published_date)` pairs, so the first and last
dates an entity was seen can be reported.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Optional

import apache_beam as beam

from gazetteer.clustering import (CLUSTERED_TYPES, ClusterAssignment, block_key, cluster_block,
                                  variants_from)
from gazetteer.dates import day
from gazetteer.model import normalise
from transforms.records import Mention

CLUSTER_SCORE = 0.5   # an identity the feed itself established: weaker than any gazetteer match


def is_clusterable(m: Mention) -> bool:
    return m.entity_id is None and m.entity_type in CLUSTERED_TYPES and bool(_name(m))


def _name(m: Mention) -> str:
    return (m.canonical_name or m.text or "").strip()


def variant_key(m: Mention) -> tuple:
    """(block, normalised name, country): where a mention's cluster assignment is found."""
    key = normalise(_name(m))
    return block_key(m.entity_type, key), key, m.country_code


def assign_block(block: str, names: Iterable[tuple[str, Optional[str]]]):
    entity_type = block.split(":", 1)[0]
    for (key, country), assignment in cluster_block(entity_type, variants_from(names)).items():
        yield (block, key, country), assignment


def apply_assignment(m: Mention, a: ClusterAssignment) -> Mention:
    return m._replace(entity_id=a.cluster_id, canonical_name=a.canonical_name,
                      country_code=m.country_code or a.country_code,
                      method="cluster", score=round(CLUSTER_SCORE * a.score, 3))


class NameCounts(beam.CombineFn):
    """(name as written, country) -> how many mentions, per block: a Counter, so each worker counts its own
    mentions' names before the shuffle and one grouping gives a block every name it clusters."""

    def create_accumulator(self) -> Counter:
        return Counter()

    def add_input(self, acc: Counter, name_country: tuple) -> Counter:
        acc[name_country] += 1
        return acc

    def merge_accumulators(self, accs) -> Counter:
        accs = iter(accs)
        merged = next(accs, None) or Counter()
        for a in accs:
            merged.update(a)
        return merged

    def extract_output(self, acc: Counter) -> Counter:
        return acc


def expand_counts(counts: Counter) -> Iterable[tuple[str, Optional[str]]]:
    """Each (name, country) as many times as it was counted, in a fixed order (`cluster_block` needs none)."""
    for (name, country), n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        for _ in range(n):
            yield name, country


def with_assignment(md: tuple, assignments: dict) -> tuple:
    """(Mention, date) with its name's cluster, when the clustering gave it one."""
    m, date = md
    a = assignments.get(variant_key(m))
    return (apply_assignment(m, a) if a is not None else m), date


class ClusterUnknownEntities(beam.PTransform):
    """(Mention, date) -> (Mention, date), unknown names now sharing feed-wide cluster ids.

    With `split=True` the result is the pair (known, clustered) instead of their
    Flatten: a local runner materialises a Flatten whole, and the known mentions
    (most of them) can then be written where they are made (transforms/stream_write.py).
    Only the counts of distinct (name, country) per block are grouped to cluster; the
    unknown mentions themselves get their assignment from a side input (one per name).
    """

    def __init__(self, split: bool = False):
        super().__init__()
        self.split = split

    def expand(self, mentions):
        unknown = mentions | "Unknown" >> beam.Filter(lambda md: is_clusterable(md[0]))
        known = mentions | "Known" >> beam.Filter(lambda md: not is_clusterable(md[0]))
        assignments = (   # one grouping: each block gets the counts of its names, then clusters them
            unknown
            | "ByBlock" >> beam.Map(lambda md: (variant_key(md[0])[0], (_name(md[0]), md[0].country_code)))
            | "CountNames" >> beam.CombinePerKey(NameCounts())
            | "ClusterBlocks" >> beam.FlatMapTuple(lambda block, counts: assign_block(block, expand_counts(counts)))
        )
        # the assignments (one per distinct name and country: few) reach the unknown mentions as a side input
        clustered = unknown | "Assign" >> beam.Map(with_assignment, beam.pvalue.AsDict(assignments))
        if self.split:
            return known, clustered
        return (known, clustered) | "AllMentions" >> beam.Flatten()


class EntityStats(beam.CombineFn):
    """Per entity id: names, types, countries, counts, articles and dates seen."""

    def create_accumulator(self):
        return (Counter(), Counter(), Counter(), Counter(), 0, set(), None, None)

    def add_input(self, acc, md):
        m, date = md
        names, types, countries, forms, n, articles, first, last = acc
        names[m.canonical_name or m.text] += 1
        types[m.entity_type] += 1
        if m.country_code:
            countries[m.country_code] += 1
        forms[m.text] += 1
        if m.repeats_outer:   # "Lavrov" inside "Mr Lavrov": one mention, counted with the outer one
            return (names, types, countries, forms, n, articles, first, last)
        articles.add(m.article_id)
        if date:
            first = date if first is None or date < first else first
            last = date if last is None or date > last else last
        return (names, types, countries, forms, n + 1, articles, first, last)

    def merge_accumulators(self, accs):
        accs = list(accs)
        names, types, countries, forms = Counter(), Counter(), Counter(), Counter()
        n, articles, first, last = 0, set(), None, None
        for a in accs:
            names.update(a[0]); types.update(a[1]); countries.update(a[2]); forms.update(a[3])
            n += a[4]
            articles |= a[5]
            if a[6] and (first is None or a[6] < first):
                first = a[6]
            if a[7] and (last is None or a[7] > last):
                last = a[7]
        return (names, types, countries, forms, n, articles, first, last)

    def extract_output(self, acc):
        return acc


def _most_common(counter: Counter):
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counter else None


def entity_row(entity_id: str, acc) -> dict:
    names, types, countries, forms, n, articles, first, last = acc
    return {
        "entity_id": entity_id,
        "canonical_name": _most_common(names),
        "entity_type": _most_common(types),
        "country_code": _most_common(countries),
        "in_gazetteer": not entity_id.startswith("nn:"),
        "mentions": n,
        "articles": len(articles),
        "surface_forms": sorted(forms),
        "first_seen": day(first),
        "last_seen": day(last),
    }


class _MergeStats(EntityStats):
    """Merges EntityStats accumulators (what EntityStats.extract_output gives)."""

    def add_input(self, acc, other):
        return self.merge_accumulators([acc, other])


class EntityTable(beam.PTransform):
    """(Mention, date) -> `entities` rows, one per entity id.

    Takes one PCollection or several (e.g. ClusterUnknownEntities(split=True)):
    each is summarised per entity where it is made, and only the per-entity
    summaries are merged, so the mentions themselves are never gathered. With
    `disjoint_ids` the inputs never share an entity id (the known mentions carry
    the gazetteer's ids, the clustered ones the feed's "nn:" ids): each input's
    summaries are then its rows, one PCollection of rows per input, with no merge
    (on a local runner, two steps fewer).
    """

    def __init__(self, disjoint_ids: bool = False):
        super().__init__()
        self.disjoint_ids = disjoint_ids

    def expand(self, mentions):
        inputs = list(mentions) if isinstance(mentions, (tuple, list)) else [mentions]
        partial = [
            pc
            | f"WithEntity{i or ''}" >> beam.Filter(lambda md: md[0].entity_id is not None)
            | f"ByEntity{i or ''}" >> beam.Map(lambda md: (md[0].entity_id, md))
            | f"Summarise{i or ''}" >> beam.CombinePerKey(EntityStats())
            for i, pc in enumerate(inputs)]
        if len(partial) > 1 and self.disjoint_ids:
            return tuple(pc | f"ToRows{i or ''}" >> beam.MapTuple(entity_row) for i, pc in enumerate(partial))
        if len(partial) > 1:
            partial = [partial | "AllSummaries" >> beam.Flatten() | "MergeSummaries" >> beam.CombinePerKey(_MergeStats())]
        return partial[0] | "ToRows" >> beam.MapTuple(entity_row)
