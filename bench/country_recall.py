"""How many of the countries a story names the pipeline finds, on Reuters-21578 (developer tooling).

    python -m bench.country_recall [--corpus ../shared/corpora/reuters21578.jsonl.gz] [--stories 2000]

How it measures ("by our measure"):

* *Named*: a country is named in a story when one of its names or demonyms from
  the shipped country table (gazetteer/sources/countries.csv, as built into the
  gazetteer: canonical name, aliases, official name and demonyms, not the
  three-letter ISO codes) occurs in the story's text as a whole word, spelt as
  the table spells it or in capitals ("Japan", "JAPAN", "Japanese", "U.S."), and
  not inside a longer name of a place the gazetteer knows ("New Jersey", "British
  Columbia" name no Jersey and no Britain).
  The state is the state of the story's date (Reuters-21578 is 1987: "Russia"
  and "Soviet" both name the Soviet Union). Each (story, country) pair counts once.
* *Found*: the pipeline's recognition and resolution (no Beam) gave the story
  a COUNTRY or NORP mention resolved to that state, nested names included.
* *Recall* = found pairs / named pairs, over an evenly spaced sample of
  `--stories` stories (every n-th, so the sample is the same on every run).

The reference uses the gazetteer's own country names, so this measures whether
the recogniser and resolver find and keep the names they know (spaCy labels,
span boundaries, ambiguity decisions), not whether the country table is complete.
Common words that are also country names in capitals ("CHAD", "TURKEY" in a list
of commodities) count as named: the misses list shows them so a reader can judge.
Needs ../shared (not part of the project); says so and exits 0 when it is absent.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from gazetteer.history import state_on
from gazetteer.resolver import ArticleResolver
from pipeline.loaders import GazetteerLoader, RecogniserLoader
from transforms.read import parse_record
from transforms.resolve import resolve_mentions

SHARED = next((p / "shared" for p in Path(__file__).resolve().parents[1:4] if (p / "shared").is_dir()),
              Path(__file__).resolve().parents[2] / "shared")


def country_patterns(gaz) -> list:
    """(compiled regex, code, name) for every country name and demonym, longest names first."""
    names: dict = {}
    for e in gaz.entities:
        if e.entity_type != "COUNTRY" or not e.country_code:
            continue
        for n in [*e.names(), *e.demonyms]:
            if len(n) < 2 or (n.isupper() and len(n) == 3 and "." not in n):
                continue   # ISO alpha-3 codes are not how stories name countries
            names.setdefault(n, e.country_code)
    out = []
    for n in sorted(names, key=len, reverse=True):
        forms = {re.escape(n), re.escape(n.upper())}
        out.append((re.compile(r"(?<![\w.-])(?:" + "|".join(sorted(forms)) + r")(?![\w-])"), names[n], n))
    return out


def place_patterns(gaz, patterns) -> list:
    """Compiled regexes of the gazetteer's places whose names hold a country's name or demonym as a
    whole word ("New Jersey", "New Mexico", "British Columbia"): no mention of that country."""
    country = [rx for rx, _, _ in patterns]
    names = {n for e in gaz.entities if e.entity_type in ("CITY", "OTHER") for n in e.names()
             if " " in n and any(rx.search(n) and rx.search(n).group(0) != n for rx in country)}
    return [re.compile(r"(?<![\w.-])(?:" + re.escape(n) + "|" + re.escape(n.upper()) + r")(?![\w-])")
            for n in sorted(names, key=len, reverse=True)]


def named_countries(text: str, date, patterns, places=()) -> dict:
    """code -> the first name that named it, with longer names masking the shorter names inside them
    (a place's name first: "New Jersey" names no Jersey)."""
    masked = text
    for rx in places:
        masked = rx.sub(lambda m: " " * len(m.group(0)), masked)
    found: dict = {}
    for rx, code, name in patterns:
        def mask(m):
            found.setdefault(state_on(code, date), name)
            return " " * len(m.group(0))
        masked = rx.sub(mask, masked)
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(SHARED / "corpora" / "reuters21578.jsonl.gz"))
    ap.add_argument("--stories", type=int, default=2000, help="evenly spaced sample size (0: all)")
    ap.add_argument("--misses", type=int, default=25, help="how many missed names to list")
    a = ap.parse_args(argv)
    corpus = Path(a.corpus)
    if not corpus.is_file():
        print(f"country_recall: no corpus at {corpus} (it lives in ../shared); nothing to do")
        return 0
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    step = max(1, len(lines) // a.stories) if a.stories else 1
    sample = lines[::step][:a.stories or None]
    articles = [parse_record(line, corpus.name, i) for i, line in enumerate(sample, 1)]
    articles = [r for r in articles if hasattr(r, "article_id")]
    loader = GazetteerLoader()
    gaz = loader()
    patterns = country_patterns(gaz)
    places = place_patterns(gaz, patterns)
    recogniser = RecogniserLoader(None, loader, 32)()
    resolver = ArticleResolver(gaz)
    t0 = time.process_time()
    named = found = 0
    missed: Counter = Counter()
    examples: dict = {}
    for i in range(0, len(articles), 64):
        batch = articles[i:i + 64]
        for r in recogniser.recognise(batch):
            art = r.article
            want = named_countries(art.text, art.published_date, patterns, places)
            got = {m.country_code for m in resolve_mentions(resolver, art.article_id, art.published_date, r.mentions)
                   if m.entity_type in ("COUNTRY", "NORP") and m.country_code}
            named += len(want)
            for code, name in want.items():
                if code in got:
                    found += 1
                else:
                    missed[name] += 1
                    examples.setdefault(name, art.article_id)
    cpu = time.process_time() - t0
    rate = found / named if named else 0.0
    print(f"stories {len(articles)} (every {step}th of {len(lines)}), named (story, country) pairs {named}, "
          f"found {found}: recall {rate:.2%}  [{cpu:.0f} CPU s]")
    print("most missed names (name: misses, e.g. story):")
    for name, n in missed.most_common(a.misses):
        print(f"  {name}: {n} (e.g. {examples[name]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
