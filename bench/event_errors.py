"""Where the expulsion extractor goes wrong, field by field, against hand-labelled gold.

    python -m bench.event_errors --output OUT --gold ../shared/dev [--gold ../shared/dev2] [--json]

OUT is a newsnorm output folder (its `events` table); GOLD is a seed-style JSON file
(../shared/seed/expected.json) or a folder with gold_events.jsonl and optionally
gold_non_events.jsonl and articles.jsonl (../shared/dev, ../shared/dev2). The gold lives
beside the project in ../shared, not in it: without it the tool says so and exits 0.

Each gold event is paired with the extracted event (any modality) of the same article
that agrees with it best: both states, then one of them, then the count and year, then
the words its sentence shares with the gold evidence. For the paired events it prints,
per field (actor = expelling country, expelled country, count, year, modality), how often
the field is right, wrong or missing (no value, or no event at all). A gold event without
a year gives no verdict on the year; modality is right when it is `asserted`.

Then, as tools/score.py counts them (asserted events; Soviet Union and Russia are one
state), the misses (gold events with no asserted event of the same states and count)
with their evidence and the closest extracted event, and the extras (asserted events no
gold event accounts for) with their sentence, marked when the gold lists the sentence as
a non-event (a threat, another sense of "expel", ...).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

FIELDS = ("actor", "expelled", "count", "year", "modality")
SAME_STATE = {"SU": "RU"}   # Russia continues the Soviet Union, as the scorer counts it
_WORD = re.compile(r"\w+")


def state(code: Optional[str]) -> Optional[str]:
    return SAME_STATE.get(code, code) if code else None


def load_gold(path: Path) -> tuple[list[dict], list[dict], set[str]]:
    """(gold events, gold non-events, article ids) of a seed file or a dev folder. Optional gold
    events are left out: finding them is neither right nor wrong."""
    if path.is_file():
        g = json.loads(path.read_text(encoding="utf-8"))
        aid = g["article_id"]
        events = [dict(e, id=aid) for e in g["events"]["required"]]
        non_events = [dict(e, id=aid, expelling=e.get("country")) for e in g["events"].get("must_not", [])]
        optional = [dict(e, id=aid) for e in g["events"].get("optional", [])]
        return events, non_events + [dict(e, kind="optional") for e in optional], {aid}

    def rows(name: str) -> list[dict]:
        p = path / name
        return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()] if p.exists() else []
    gold = rows("gold_events.jsonl")
    events = [e for e in gold if not e.get("optional")]
    non_events = rows("gold_non_events.jsonl") + [dict(e, kind="optional") for e in gold if e.get("optional")]
    ids = {e["id"] for e in gold + non_events} | {a["id"] for a in rows("articles.jsonl")}
    return events, non_events, ids


def read_events(out: Path) -> list[dict]:
    import pyarrow.dataset as ds
    folder = out / "events"
    files = [p for p in folder.rglob("*.parquet")] if folder.is_dir() else []
    if not files:
        return []
    return ds.dataset([str(p) for p in files], format="parquet", partitioning="hive").to_table().to_pylist()


def _words(text: Optional[str]) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")}


def overlap(evidence: Optional[str], sentence: Optional[str]) -> float:
    """Share of the evidence's words that the sentence has."""
    ev = _words(evidence)
    return len(ev & _words(sentence)) / len(ev) if ev else 0.0


def affinity(gold: dict, pred: dict) -> float:
    """How well an extracted event fits a gold event; 0 when they are plainly about other things."""
    actor, expelled = state(pred.get("expelling_country")), state(pred.get("expelled_country"))
    same_actor = actor is not None and actor == state(gold.get("expelling"))
    same_expelled = expelled is not None and expelled == state(gold.get("expelled"))
    words = overlap(gold.get("evidence"), pred.get("sentence"))
    if not (same_actor or same_expelled or words >= 0.5):
        return 0.0
    return (4 * same_actor + 4 * same_expelled + 2 * (gold.get("count") == pred.get("count"))
            + (gold.get("year") == pred.get("event_year")) + 3 * words
            + 0.5 * ((pred.get("modality") or "asserted") == "asserted"))


def pair_up(golds: list[dict], preds: list[dict]) -> list[tuple[dict, Optional[dict]]]:
    """Greedy one-to-one pairing of one article's gold and extracted events, best fits first."""
    scored = sorted(((affinity(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)),
                    key=lambda t: (-t[0], t[1], t[2]))
    taken_g, taken_p, pairs = set(), set(), {}
    for score, gi, pi in scored:
        if score <= 0 or gi in taken_g or pi in taken_p:
            continue
        taken_g.add(gi)
        taken_p.add(pi)
        pairs[gi] = preds[pi]
    return [(g, pairs.get(gi)) for gi, g in enumerate(golds)]


def verdict(field: str, gold: dict, pred: Optional[dict]) -> Optional[str]:
    """right | wrong | missing for one field of a paired gold event; None when gold gives no verdict."""
    if field == "modality":
        if pred is None:
            return "missing"
        return "right" if (pred.get("modality") or "asserted") == "asserted" else "wrong"
    want, got = {
        "actor": (state(gold.get("expelling")), state(pred.get("expelling_country")) if pred else None),
        "expelled": (state(gold.get("expelled")), state(pred.get("expelled_country")) if pred else None),
        "count": (gold.get("count"), pred.get("count") if pred else None),
        "year": (gold.get("year"), pred.get("event_year") if pred else None),
    }[field]
    if field == "year" and want is None:
        return None
    if want == got:
        return "right" if pred is not None else "missing"
    return "missing" if got is None else "wrong"


def analyse(gold_path: Path, events: list[dict]) -> dict:
    golds, non_events, ids = load_gold(gold_path)
    preds_by = defaultdict(list)
    for e in events:
        if e.get("article_id") in ids:
            preds_by[e["article_id"]].append(e)
    gold_by = defaultdict(list)
    for g in golds:
        gold_by[g["id"]].append(g)
    tally = {f: Counter() for f in FIELDS}
    wrong = []
    misses, extras = [], []
    for aid in sorted(ids):
        preds = preds_by.get(aid, [])
        for g, p in pair_up(gold_by.get(aid, []), preds):
            verdicts = {f: verdict(f, g, p) for f in FIELDS}
            for f, v in verdicts.items():
                if v is not None:
                    tally[f][v] += 1
            if p is not None and any(v == "wrong" for v in verdicts.values()):
                wrong.append({"article_id": aid, "fields": [f for f, v in verdicts.items() if v == "wrong"],
                              "gold": _gold_key(g), "got": _pred_key(p), "sentence": p.get("sentence")})
        misses_here, extras_here = _score_like(gold_by.get(aid, []), preds, non_events, aid)
        misses += misses_here
        extras += extras_here
    return {"gold": str(gold_path), "gold_events": len(golds), "fields": {f: dict(tally[f]) for f in FIELDS},
            "wrong_fields": wrong, "misses": misses, "extras": extras}


def _gold_key(g: dict) -> tuple:
    return (g.get("expelling"), g.get("expelled"), g.get("count"), g.get("year"))


def _pred_key(p: dict) -> tuple:
    return (p.get("expelling_country"), p.get("expelled_country"), p.get("count"), p.get("event_year"),
            p.get("modality"))


def _score_like(golds: list[dict], preds: list[dict], non_events: list[dict], aid: str) -> tuple[list, list]:
    """Misses and extras as tools/score.py counts them, with sentences."""
    asserted = [p for p in preds if (p.get("modality") or "asserted") == "asserted"]
    left = Counter((state(g.get("expelling")), state(g.get("expelled")), g.get("count")) for g in golds)
    optional_pairs = {(state(n.get("expelling")), state(n.get("expelled"))) for n in non_events
                      if n.get("id") == aid and n.get("kind") == "optional"}
    extras = []
    for p in asserted:
        key = (state(p.get("expelling_country")), state(p.get("expelled_country")), p.get("count"))
        if left[key] > 0:
            left[key] -= 1
        elif key[:2] not in optional_pairs:
            told = [n for n in non_events if n.get("id") == aid and n.get("kind") != "optional"
                    and overlap(n.get("evidence") or n.get("why"), p.get("sentence")) >= 0.5]
            extras.append({"article_id": aid, "got": _pred_key(p), "sentence": p.get("sentence"),
                           "gold_non_event": told[0].get("kind") or told[0].get("why") if told else None})
    misses = []
    for g in golds:
        key = (state(g.get("expelling")), state(g.get("expelled")), g.get("count"))
        if left[key] > 0:
            left[key] -= 1
            near = max(preds, key=lambda p: affinity(g, p), default=None)
            near = near if near is not None and affinity(g, near) > 0 else None
            misses.append({"article_id": aid, "gold": _gold_key(g), "evidence": g.get("evidence"),
                           "closest": _pred_key(near) if near else None,
                           "closest_sentence": near.get("sentence") if near else None})
    return misses, extras


def render(result: dict, width: int = 160) -> str:
    def cut(s: Optional[str]) -> str:
        s = " ".join((s or "").split())
        return s if len(s) <= width else s[:width - 1] + "…"
    lines = [f"== {result['gold']}: {result['gold_events']} gold events",
             f"{'field':<10}{'right':>7}{'wrong':>7}{'missing':>9}"]
    for f in FIELDS:
        t = result["fields"][f]
        lines.append(f"{f:<10}{t.get('right', 0):>7}{t.get('wrong', 0):>7}{t.get('missing', 0):>9}")
    lines.append(f"-- wrong fields ({len(result['wrong_fields'])} paired events)")
    for w in result["wrong_fields"]:
        lines.append(f"  {w['article_id']} {','.join(w['fields'])}: gold {w['gold']} got {w['got']}")
        lines.append(f"      | {cut(w['sentence'])}")
    lines.append(f"-- misses ({len(result['misses'])})")
    for m in result["misses"]:
        lines.append(f"  {m['article_id']} gold {m['gold']}: {cut(m['evidence'])}")
        if m["closest"]:
            lines.append(f"      closest {m['closest']} | {cut(m['closest_sentence'])}")
    lines.append(f"-- extras ({len(result['extras'])})")
    for e in result["extras"]:
        note = f"  [gold non-event: {e['gold_non_event']}]" if e["gold_non_event"] else ""
        lines.append(f"  {e['article_id']} got {e['got']}{note}")
        lines.append(f"      | {cut(e['sentence'])}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", required=True, help="a newsnorm output folder")
    ap.add_argument("--gold", action="append", required=True,
                    help="seed-style JSON file or a dev folder (repeat for several)")
    ap.add_argument("--json", action="store_true", help="print one JSON object per gold")
    a = ap.parse_args(argv)
    out = Path(a.output)
    if not (out / "events").is_dir():
        print(f"event_errors: {out} has no events table (run `python -m pipeline.run --output {out}` first)",
              file=sys.stderr)
        return 2
    events = read_events(out)
    for g in a.gold:
        path = Path(g)
        if not path.exists():
            print(f"event_errors: no gold at {path} (the dev sets live in ../shared, beside a project checkout, "
                  f"not in it); nothing to compare")
            continue
        result = analyse(path, events)
        print(json.dumps(result, default=str) if a.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
