"""A synthetic news feed at any size: real sentences, expulsion reports mixed in, hot keys at a skew.

    python -m bench.synth_feed 10000 --out /tmp/feed.jsonl.gz
    python -m bench.synth_feed 2000 --skew 1.5 --expulsion_share 0.05 --seed 7 --out feed.jsonl

Articles are made of real sentences drawn from ../shared/corpora: Voice of America stories (public
domain) and Reuters-21578 newswire (research use only: it is read from ../shared at run time and
written only into the feed you ask for; never commit a feed made from it to the project). The
shared folder is ../shared beside the checkout, or $NEWSNORM_SHARED; without it the generator says
so and exits 2. `--corpus voa` uses VOA sentences only.

Each article has about `--words` words (uniform between half and one and a half times that).
A share `--expulsion_share` of articles also report an expulsion ("Poland expelled 45 Russian
diplomats on Tuesday."): the pair of countries is drawn from COUNTRIES with Zipf weights
1/rank**skew, so `--skew 0` spreads reports evenly over the pairs and `--skew 2` puts most of them
on a few hot (expelling, expelled) keys; each pair has a handful of real expulsions over
`--days` days, told by many articles with the agreed number, a wrong one within 20 %, a lower
bound or no number, and published up to a few weeks later. The same N, options and --seed give
the same bytes. Records: id, title, text, published_at, source.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

# ../shared beside the checkout, or $NEWSNORM_SHARED (a git worktree's ../shared is elsewhere)
SHARED = Path(os.environ.get("NEWSNORM_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
VOA_NAME, REUTERS_NAME = "voa_stories.jsonl", "reuters21578.jsonl.gz"
START = datetime(2022, 3, 1, 6, 0)

# (name, demonym) of countries the gazetteer knows; ranks follow this order
COUNTRIES = [("Poland", "Russian"), ("Russia", "Polish"), ("Germany", "Russian"), ("Russia", "German"),
             ("France", "Russian"), ("Russia", "French"), ("the United States", "Russian"),
             ("Russia", "American"), ("Britain", "Russian"), ("Russia", "British"), ("Italy", "Russian"),
             ("Spain", "Russian"), ("Estonia", "Russian"), ("Latvia", "Russian"), ("Lithuania", "Russian"),
             ("China", "Canadian"), ("Canada", "Chinese"), ("Iran", "Azerbaijani"), ("Azerbaijan", "Iranian"),
             ("Mali", "French"), ("Niger", "French"), ("Ethiopia", "Irish"), ("Sudan", "Chadian"),
             ("Venezuela", "Colombian"), ("Colombia", "Venezuelan"), ("Japan", "Russian"),
             ("Russia", "Japanese"), ("Norway", "Russian"), ("Sweden", "Russian"), ("Austria", "Russian")]
TEMPLATES = [
    "{c} expelled {n} {d} diplomats on {day}.",
    "{c} has ordered {n} {d} diplomats to leave the country within a week.",
    "The foreign ministry said {c} would expel {n} {d} diplomats.",
    "{c} declared {n} {d} diplomats persona non grata on {day}.",
]
BOUND_TEMPLATES = ["{c} expelled more than {n} {d} diplomats on {day}."]
UNCOUNTED = ["{c} expelled {d} diplomats on {day}, officials said."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def corpus_files(corpus: str, shared: Path = None) -> list[Path]:
    shared = SHARED if shared is None else shared
    return [shared / "corpora" / VOA_NAME] + ([shared / "corpora" / REUTERS_NAME] if corpus == "all" else [])


def sentences(files: list[Path]) -> list[str]:
    """Real sentences of 6 to 60 words from the shared corpora (in file order)."""
    found: list[str] = []
    for path in files:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                text = " ".join(json.loads(line).get("text", "").split())
                for s in SENTENCE_END.split(text):
                    if 6 <= len(s.split()) <= 60:
                        found.append(s)
    return found


class Expulsions:
    """Per pair: a few real expulsions (day, count) over the feed's days; reports pick one."""

    def __init__(self, rng: random.Random, skew: float, days: int):
        self.rng = rng
        self.weights = [1 / (rank + 1) ** skew for rank in range(len(COUNTRIES))]
        self.truths = [[(rng.randrange(max(days, 1)), rng.choice((2, 3, 4, 5, 10, 12, 15, 18, 23, 35, 45, 60)))
                        for _ in range(rng.randint(1, 4))] for _ in COUNTRIES]

    def report(self, when: datetime, days: int) -> tuple[str, datetime]:
        rng = self.rng
        pair = rng.choices(range(len(COUNTRIES)), self.weights)[0]
        c, d = COUNTRIES[pair]
        day, n = rng.choice(self.truths[pair])
        published = START + timedelta(days=min(day + int(rng.expovariate(1 / 3)), days + 20),
                                      minutes=rng.randrange(24 * 60))
        roll = rng.random()
        if roll < 0.15:
            n = max(1, round(n * rng.uniform(0.8, 1.2)))
        args = dict(c=c, d=d, day=DAYS[published.weekday()])
        if 0.15 <= roll < 0.20:
            text = rng.choice(BOUND_TEMPLATES).format(n=max(1, n - n // 5), **args)
        elif 0.20 <= roll < 0.30:
            text = rng.choice(UNCOUNTED).format(**args)
        else:
            text = rng.choice(TEMPLATES).format(n=n, **args)
        return text[0].upper() + text[1:], published


def articles(n: int, pool: list[str], skew: float = 1.0, expulsion_share: float = 0.05, words: int = 450,
             days: int = 30, seed: int = 1):
    """Yield n article records (dicts), deterministically for the same arguments."""
    rng = random.Random(seed)
    expulsions = Expulsions(random.Random(seed + 1), skew, days)
    for i in range(n):
        target = rng.randint(words // 2, words + words // 2)
        body, count = [], 0
        while count < target:
            s = pool[rng.randrange(len(pool))]
            body.append(s)
            count += len(s.split())
        published = START + timedelta(seconds=rng.randrange(max(days, 1) * 86400))
        if rng.random() < expulsion_share:
            text, published = expulsions.report(published, days)
            body.insert(rng.randrange(min(len(body), 3) + 1), text)
        yield {"id": f"synth-{seed}-{i}", "title": body[0][:80], "text": " ".join(body),
               "published_at": published.strftime("%Y-%m-%dT%H:%M:%SZ"), "source": f"wire-{rng.randrange(50)}"}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="articles to write")
    ap.add_argument("--out", default="-", help="output path (.jsonl or .jsonl.gz); default stdout")
    ap.add_argument("--skew", type=float, default=1.0,
                    help="Zipf exponent of the country pairs' weights: 0 even, 2 a few hot keys (default 1)")
    ap.add_argument("--expulsion_share", type=float, default=0.05, help="share of articles with a report (0.05)")
    ap.add_argument("--words", type=int, default=450, help="mean words per article (default 450)")
    ap.add_argument("--days", type=int, default=30, help="days the feed spans (default 30)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", choices=("all", "voa"), default="all",
                    help="all: VOA and Reuters-21578 sentences; voa: public-domain VOA only")
    args = ap.parse_args(argv)
    files = corpus_files(args.corpus)
    missing = [str(p) for p in files if not p.exists()]
    if missing:
        print(f"synth_feed: the shared corpora are absent ({', '.join(missing)} not found; set NEWSNORM_SHARED "
              "to the shared folder if it is not ../shared beside the checkout): nothing written", file=sys.stderr)
        return 2
    pool = sentences(files)
    out = sys.stdout if args.out == "-" else (gzip.open(args.out, "wt", encoding="utf-8", compresslevel=5)
                                             if args.out.endswith(".gz") else open(args.out, "w", encoding="utf-8"))
    try:
        for record in articles(args.n, pool, args.skew, args.expulsion_share, args.words, args.days, args.seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
