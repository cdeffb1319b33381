"""Every wrong entity on a gold set, with what recognition and resolution did (developer tooling).

    python -m bench.entity_errors [--gold ../shared/dev2] [--gold ../shared/dev] [--limit N]

Runs recognition and resolution (no Beam, no feed-wide clustering) over the
gold set's articles and scores them as ../shared/tools/score.py does, but
prints *every* wrong gold mention, not the first 40: the mention, the wanted
canonical name and country, and for each of our mentions with the same
normalised text its canonical name, country, method, recogniser label and
origin. When no mention of ours has that text, the mentions that overlap one
of its occurrences are shown instead (a span too long or too short). Needs
../shared (not part of the project); says so and exits 0 when it is absent.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.entity_ablation import load_scorer
from gazetteer.resolver import ArticleResolver
from pipeline.loaders import GazetteerLoader, RecogniserLoader
from transforms.read import parse_record
from transforms.resolve import resolve_article

# ../shared beside the checkout (a worktree one level deeper finds it one level up)
SHARED = next((p / "shared" for p in Path(__file__).resolve().parents[1:4] if (p / "shared").is_dir()),
              Path(__file__).resolve().parents[2] / "shared")


def run_gold(gold_dir: Path, recogniser, resolver, score):
    """(accuracy, wrong rows) for one dev-style gold folder."""
    _, _, _, gold = score.load_gold(gold_dir)
    lines = (gold_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [parse_record(line, gold_dir.name, i) for i, line in enumerate(lines, 1) if line.strip()]
    recognised = recogniser.recognise(articles)
    texts = {a.article_id: a.text for a in articles}
    mentions = [m._asdict() for r in recognised for m in resolve_article(resolver, r).mentions]
    by_article: dict = {}
    for m in mentions:
        by_article.setdefault(m["article_id"], []).append(m)
    wrong = []
    ok = 0
    for g in gold:
        if score.score_entities(by_article.get(g["id"], []), [g], {g["id"]})["correct"]:
            ok += 1
            continue
        same = [m for m in by_article.get(g["id"], []) if score.norm(m["text"]) == score.norm(g["mention"])]
        if not same:
            spans = _occurrences(texts.get(g["id"], ""), g["mention"])
            same = [m for m in by_article.get(g["id"], [])
                    if any(m["start_char"] < e and s < m["end_char"] for s, e in spans)]
            kind = "overlap" if same else "none"
        else:
            kind = "same"
        wrong.append((g, kind, same))
    return ok / len(gold) if gold else 0.0, ok, len(gold), wrong


def _occurrences(text: str, needle: str) -> list:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return out


def describe(m: dict) -> str:
    return (f"{m['text']!r}={m['canonical_name']!r}/{m['country_code']} "
            f"[{m['method']} {m['label']} {m['entity_type']}]")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", action="append", help="a dev-style gold folder (repeatable); default dev and dev2")
    ap.add_argument("--limit", type=int, default=0, help="print at most N errors per set (0: all)")
    a = ap.parse_args(argv)
    golds = [Path(g) for g in (a.gold or [SHARED / "dev", SHARED / "dev2"])]
    scorer = golds[0].parent / "tools" / "score.py"
    if not scorer.is_file() or not all((g / "articles.jsonl").is_file() for g in golds):
        print(f"entity_errors: no dev data at {', '.join(map(str, golds))} (it lives in ../shared); nothing to do")
        return 0
    score = load_scorer(scorer)
    loader = GazetteerLoader()
    recogniser = RecogniserLoader(None, loader, 16)()
    resolver = ArticleResolver(loader())
    for g in golds:
        acc, ok, total, wrong = run_gold(g, recogniser, resolver, score)
        print(f"== {g}: entity accuracy {acc:.4f} ({ok}/{total}), {len(wrong)} wrong")
        for gold, kind, ours in wrong[:a.limit or None]:
            want = f"{gold['canonical']!r}/{gold.get('country')} ({gold['type']})"
            got = "; ".join(describe(m) for m in ours) or "no mention"
            print(f"{gold['id']} {gold['mention']!r} -> {want} | {kind}: {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
