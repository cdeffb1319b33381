"""What each kind of resolution evidence contributes, measured on the dev set (developer tooling).

    python -m bench.entity_ablation [--gold ../shared/dev | --gold ../shared/seed/expected.json]

Runs recognition once, then resolution with each kind of evidence switched off
(title: role titles and who held them on the date; coref: earlier mentions in
the article; context: the article's countries; surname: leaders named by
surname; fuzzy: bounded fuzzy matching), and prints entity accuracy as
../shared/tools/score.py computes it, plus the error rate among the gold
mentions the pipeline resolved to a gazetteer entity, and the remaining errors.
Needs ../shared (not part of the project); says so and exits 0 when absent.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

from gazetteer.resolver import ArticleResolver
from pipeline.loaders import GazetteerLoader, RecogniserLoader
from transforms.read import parse_record
from transforms.resolve import resolve_mentions

KINDS = ("title", "coref", "context", "surname", "fuzzy")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def resolved_error_rate(score, mentions, gold) -> tuple[int, int]:
    """Among gold mentions our matching mention resolved to a gazetteer entity: how many are wrong."""
    by = {}
    for m in mentions:
        by.setdefault(m["article_id"], []).append(m)
    resolved = wrong = 0
    for g in gold:
        cands = [m for m in by.get(g["id"], []) if score.norm(m["text"]) == score.norm(g["mention"])
                 and m["entity_id"] and not m["entity_id"].startswith("nn:")]
        if not cands:
            continue
        resolved += 1
        ok = score.score_entities(cands, [g], {g["id"]})["correct"] == 1
        wrong += 0 if ok else 1
    return resolved, wrong


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(Path(__file__).resolve().parents[2] / "shared" / "dev"))
    a = ap.parse_args(argv)
    gold_dir = Path(a.gold)
    # a dev folder (articles.jsonl + gold_*.jsonl) or a seed-style expected.json beside article.jsonl
    articles_path = gold_dir / "articles.jsonl" if gold_dir.is_dir() else gold_dir.parent / "article.jsonl"
    scorer_path = (gold_dir if gold_dir.is_dir() else gold_dir.parent).parent / "tools" / "score.py"
    if not articles_path.is_file() or not scorer_path.is_file():
        print(f"entity_ablation: no dev data at {gold_dir} (it lives in ../shared, beside a project checkout); nothing to do")
        return 0
    score = load_scorer(scorer_path)
    _, _, _, gold = score.load_gold(gold_dir)
    articles = [parse_record(l, "dev", i) for i, l in
                enumerate(articles_path.read_text(encoding="utf-8").splitlines(), 1) if l.strip()]
    loader = GazetteerLoader()
    recognised = RecogniserLoader(None, loader, 16)().recognise(articles)
    gaz = loader()
    ids = {a.article_id for a in articles}
    rows = []
    errors = None
    for off in ((),) + tuple((k,) for k in KINDS) + (KINDS,):
        resolver = ArticleResolver(gaz, disabled=off)
        mentions = [m._asdict() for r in recognised
                    for m in resolve_mentions(resolver, r.article.article_id, r.article.published_date, r.mentions)]
        res = score.score_entities(mentions, gold, ids)
        n_res, n_wrong = resolved_error_rate(score, mentions, gold)
        label = "all evidence" if not off else ("none of it" if off == KINDS else f"without {off[0]}")
        rows.append((label, res["accuracy"], res["correct"], len(gold), n_res, n_wrong))
        if not off:
            errors = res["wrong"]
    print("| evidence | entity accuracy | correct | gold-annotated mentions resolved to the gazetteer | of which wrong |")
    print("|---|---:|---:|---:|---:|")
    for label, acc, ok, total, n_res, n_wrong in rows:
        rate = f"{n_wrong} ({n_wrong / n_res:.1%})" if n_res else "0"
        print(f"| {label} | {acc:.3f} | {ok}/{total} | {n_res} | {rate} |")
    print("\nRemaining errors with all evidence (gold mention -> wanted, got):")
    for aid, mention, want, got in (errors or [])[:10]:
        print(f"- {aid}: {mention!r} -> {want!r}, got {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
