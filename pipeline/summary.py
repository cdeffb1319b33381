"""What a run produced, in a few lines: printed at the end of a run and kept as DIR/summary.json.

Computed from the written Parquet tables (the ground truth, the same on every
runner), plus the job's Beam counters when the runner reports them:

    from pipeline.summary import summarise, format_summary
    print(format_summary(summarise("output/")))

`summarise()` and `format_summary()` are plain functions; tables are read by
`pipeline.output_tables`, and pipeline/finish.py writes the summary at the end of a run.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

import pyarrow as pa

from pipeline.output_tables import count_by, count_rows, read_table
from pipeline.reconcile import KEPT_ARTICLE_STAGES, describe, reconcile
from transforms.schemas import SCHEMA_VERSION

TOP = 5
MODALITIES = ("asserted", "hypothetical", "negated", "demand", "aggregate")


def _rows(table: pa.Table, *columns: str) -> list[dict]:
    present = [c for c in columns if c in table.column_names]
    return table.select(present).to_pylist()


# a file path or URL ("/data/c36a0f8/feed.jsonl", "gs://b/x.csv", "feed[1].jsonl"): kept whole
_PATH = re.compile(r"(?:\w+://|[A-Za-z]:\\|~?[\w.\-\[\]]*[/\\])[^\s'\"]*"
                   r"|[\w.\-\[\]]+\.(?:jsonl|json|ndjson|csv|tsv|parquet|xml|rss|atom|txt|gz|bz2|zst|xz|zip)\b")


def _reason(error: str) -> str:
    """A dead letter's reason without its particulars (positions, numbers, quoted values), so
    that the same reason groups together; file paths stay whole ("c36a0f8/" is not a number)."""
    paths: list[str] = []

    def keep(m):
        paths.append(m.group())
        return "\0" + chr(0xE000 + len(paths) - 1)

    reason = _PATH.sub(keep, error or "")
    reason = re.sub(r"'[^'\0]*'|\"[^\"\0]*\"", "…", reason)
    reason = re.sub(r"(?<![\w.\-])\d+(?:[.,]\d+)*(?!\w)", "N", reason)
    reason = re.sub("\0(.)", lambda m: paths[ord(m.group(1)) - 0xE000], reason)
    return reason[:200]


def _top_countries(counts: list[dict], role: str, n: int = TOP) -> list[dict]:
    totals: dict = {}
    for c in counts:
        if c["role"] != role:
            continue
        t = totals.setdefault(c["country_code"], {"country_code": c["country_code"],
                                                  "country_name": c.get("country_name") or c["country_code"],
                                                  "diplomats": 0, "events": 0})
        t["diplomats"] += c["diplomats"] or 0
        t["events"] += c["events"] or 0
    ranked = sorted(totals.values(), key=lambda t: (-t["diplomats"], -t["events"], t["country_code"]))
    return ranked[:n]


def _reconciliation(articles: int, stages: dict, metrics: Optional[dict]) -> dict:
    """The record reconciliation of an output read on its own (the run passes the one it checked)."""
    return reconcile(None if metrics is None else metrics.get("read.records_read"), articles, stages)


def summarise(output_dir: str, metrics: Optional[dict] = None, reconciliation: Optional[dict] = None) -> dict:
    """The run's numbers, from the tables in output_dir (and the job's counters, if given).

    `reconciliation` is the run's checked record accounting (pipeline.reconcile.check_run);
    without it, it is worked out from the tables and `metrics`."""
    articles = count_rows(output_dir, "articles")
    by_method = count_by(output_dir, "mentions", ["method"], is_set=["entity_id"])   # {(method, resolved): n}
    by_modality = Counter({m: n for (m,), n in count_by(output_dir, "events", ["modality"]).items()})
    counts = _rows(read_table(output_dir, "country_counts"),
                   "country_code", "country_name", "role", "diplomats", "events")
    dead = _rows(read_table(output_dir, "dead_letter"), "stage", "error")

    mentions = sum(by_method.values())
    resolved = sum(n for (_, is_resolved), n in by_method.items() if is_resolved)
    methods: Counter = Counter()
    for (method, _), n in by_method.items():
        methods[method] += n
    by_stage = Counter(d["stage"] for d in dead)
    by_reason = Counter((d["stage"], _reason(d["error"])) for d in dead)
    lost = sum(n for stage, n in by_stage.items() if stage not in KEPT_ARTICLE_STAGES)

    summary = {
        "schema_version": SCHEMA_VERSION,
        "output": output_dir,
        "records_in": articles + lost,
        "articles": articles,
        "mentions": mentions,
        "mentions_resolved": resolved,
        "resolved_share": round(resolved / mentions, 4) if mentions else None,
        "resolution_methods": dict(sorted(methods.items())),
        "events": sum(by_modality.values()),
        "events_by_modality": {m: by_modality.get(m, 0) for m in MODALITIES}
                              | {m: n for m, n in sorted(by_modality.items()) if m not in MODALITIES},
        "dead_letters": len(dead),
        "dead_letters_by_stage": dict(sorted(by_stage.items())),
        "dead_letters_by_reason": [{"stage": s, "reason": r, "count": n}
                                   for (s, r), n in sorted(by_reason.items(), key=lambda kv: (-kv[1], kv[0]))[:10]],
        "top_expelling": _top_countries(counts, "expelling"),
        "top_expelled": _top_countries(counts, "expelled"),
    }
    if metrics:
        summary["metrics"] = dict(sorted(metrics.items()))
    if reconciliation is None:
        reconciliation = _reconciliation(articles, dict(by_stage), metrics)
    summary["reconciliation"] = dict(reconciliation, description=describe(reconciliation))
    return summary


def job_counters(result) -> dict:
    """The job's Beam counters as {"namespace.name": committed (or attempted) value}; {} when unavailable."""
    try:
        found = result.metrics().query()["counters"]
    except Exception:  # noqa: BLE001 - some runners report no metrics
        return {}
    totals: dict = {}
    for r in found:
        key = f"{r.key.metric.namespace}.{r.key.metric.name}"
        value = r.committed if r.committed is not None else r.attempted
        totals[key] = totals.get(key, 0) + (value or 0)
    return totals


def _n(x) -> str:
    return f"{x:,}"


def _countries(ranked: list[dict]) -> str:
    if not ranked:
        return "none"
    return " · ".join(f"{c['country_name']} {_n(c['diplomats'])}" for c in ranked)


def format_summary(s: dict) -> str:
    """The summary as a few aligned lines for the console."""
    share = "" if s.get("resolved_share") is None else f" ({s['resolved_share']:.1%})"
    modality = " · ".join(f"{m} {_n(n)}" for m, n in s["events_by_modality"].items() if n) or "none"
    dead = " · ".join(f"{stage} {_n(n)}" for stage, n in s["dead_letters_by_stage"].items())
    lines = [
        f"newsnorm summary — {s['output']}",
        f"  records in     {_n(s['records_in']):>8}",
        f"  articles       {_n(s['articles']):>8}",
        f"  mentions       {_n(s['mentions']):>8}   resolved {_n(s['mentions_resolved'])}{share}",
        f"  events         {_n(s['events']):>8}   {modality}",
        f"  dead letters   {_n(s['dead_letters']):>8}" + (f"   {dead}" if dead else ""),
    ]
    for r in s["dead_letters_by_reason"][:3]:
        lines.append(f"                 {_n(r['count']):>8}   {r['stage']}: {r['reason']}")
    lines += [
        f"  diplomats expelled, by expelling country:  {_countries(s['top_expelling'])}",
        f"  diplomats expelled, by their country:      {_countries(s['top_expelled'])}",
    ]
    rec = s.get("reconciliation")
    if rec:
        lines.append(f"  reconciliation {rec.get('description') or rec.get('error') or rec}")
    if s.get("report"):
        lines.append(f"  report         {s['report']}")
    return "\n".join(lines)
