"""Benchmark `gazetteer.index.AliasIndex` against brute force on synthetic gazetteers.

    python -m bench.bench_resolver                       # 10k, 100k and 1M aliases
    python -m bench.bench_resolver --sizes 10000,100000  # quicker

For each size a fresh subprocess (so peak memory is per size) generates that
many distinct person- and organisation-like alias keys from syllables and name
parts (fixed seed), builds the index, and looks up misspelt copies of random
aliases (1-2 random edits: substitution, deletion, insertion, transposition).
It measures build time, fuzzy lookups per second on one core (wall clock, and
per second of the process's CPU time, which a busy machine disturbs less), recall@1 of the
index and of brute force (`rapidfuzz.process.extractOne` over every alias with
the same scorer and cutoff) on the same queries, and the process's peak RSS.
Brute force is slow, so it runs on a smaller query sample (see the table).
Prints a Markdown table; column meanings are in bench/README.md.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from typing import NamedTuple

from rapidfuzz import fuzz, process

from gazetteer.index import AliasIndex, default_cutoff

SEED = 20240607
LETTERS = "abcdefghijklmnopqrstuvwxyz"
ONSETS = ["", "b", "br", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kh", "l", "m", "n",
          "p", "r", "s", "sh", "st", "t", "tr", "v", "w", "y", "z", "zh"]
NUCLEI = ["a", "e", "i", "o", "u", "ai", "ei", "ia", "ou", "y"]
CODAS = ["", "", "", "n", "r", "l", "s", "v", "k", "m", "sh", "tz", "ck"]
ORG_WORDS = ["energy", "holdings", "group", "bank", "national", "trading", "petroleum",
             "ministry", "institute", "union", "partners", "foundation", "agency", "airlines",
             "telecom", "steel", "capital", "federal", "united", "international", "council"]
ORG_PATTERNS = ["w o", "w o o", "o w", "w w o", "o of w"]   # w: made-up stem, o: org word

BRUTE_FORCE_QUERIES = {10_000: 1_000, 100_000: 300, 1_000_000: 100}
INDEX_QUERIES = 5_000


class SizeResult(NamedTuple):
    """One row of the table."""
    aliases: int
    build_s: float
    lookups_per_s: float
    lookups_per_cpu_s: float
    index_recall: float
    index_recall_on_sample: float
    brute_recall_on_sample: float
    brute_sample: int
    agreement_on_sample: float
    peak_rss_mb: float


# -- synthetic data --------------------------------------------------------------

def make_word(rng: random.Random, min_syllables: int, max_syllables: int) -> str:
    """A pronounceable made-up word, e.g. 'drailenk'."""
    syllables = rng.randint(min_syllables, max_syllables)
    parts = [rng.choice(ONSETS) + rng.choice(NUCLEI) for _ in range(syllables)]
    return "".join(parts) + rng.choice(CODAS)


def make_aliases(size: int, seed: int = SEED) -> list:
    """`size` distinct alias keys: ~60% 'first [middle] surname', ~40% organisation names."""
    rng = random.Random(seed)
    first_names = [make_word(rng, 1, 3) for _ in range(4_000)]
    org_stems = [make_word(rng, 2, 3) for _ in range(20_000)]
    aliases: dict = {}
    while len(aliases) < size:
        if rng.random() < 0.6:
            parts = [rng.choice(first_names)]
            if rng.random() < 0.2:
                parts.append(rng.choice(first_names))
            parts.append(make_word(rng, 2, 4))
            alias = " ".join(parts)
        else:
            alias = make_org_name(rng, org_stems)
        aliases.setdefault(alias, None)
    return list(aliases)


def make_org_name(rng: random.Random, org_stems: list) -> str:
    """An organisation-like name such as 'trailok energy group' or 'bank of zhoumar'."""
    slots = {"w": org_stems, "o": ORG_WORDS}
    pattern = rng.choice(ORG_PATTERNS).split()
    return " ".join(rng.choice(slots[slot]) if slot in slots else slot for slot in pattern)


def misspell(rng: random.Random, text: str) -> str:
    """`text` with 1-2 random edits (substitution, deletion, insertion, transposition)."""
    for _ in range(rng.randint(1, 2)):
        edit = rng.choice(("substitute", "delete", "insert", "transpose"))
        i = rng.randrange(len(text))
        if edit == "substitute":
            text = text[:i] + rng.choice(LETTERS.replace(text[i], "")) + text[i + 1:]
        elif edit == "delete" and len(text) > 1:
            text = text[:i] + text[i + 1:]
        elif edit == "insert":
            text = text[:i] + rng.choice(LETTERS) + text[i:]
        elif edit == "transpose" and i + 1 < len(text) and text[i] != text[i + 1]:
            text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text


def make_queries(aliases: list, count: int, seed: int = SEED + 1) -> list:
    """(misspelt query, index of the alias it came from) pairs."""
    rng = random.Random(seed)
    queries = []
    while len(queries) < count:
        target = rng.randrange(len(aliases))
        query = misspell(rng, aliases[target])
        if query != aliases[target]:
            queries.append((query, target))
    return queries


# -- measurements ----------------------------------------------------------------

def brute_force_best(query: str, aliases: list):
    """Index of the best alias by brute force, or None below the cutoff.

    The index scores max(fuzz.ratio, fuzz.token_sort_ratio); the best alias under
    that maximum is the better of the two scorers' extractOne winners (ties go
    to the lower index, as in the index).
    """
    cutoff = default_cutoff(query)
    if cutoff is None:
        return None
    best = None
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        found = process.extractOne(query, aliases, scorer=scorer, processor=None,
                                   score_cutoff=cutoff * 100.0 - 1e-4)
        if found is not None:
            candidate = (-found[1], found[2])
            best = candidate if best is None else min(best, candidate)
    return None if best is None else best[1]


def index_best(index: AliasIndex, query: str):
    """Payload (alias index) of the index's top fuzzy match, or None."""
    matches = index.fuzzy(query, limit=1)
    return matches[0].payload if matches else None


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def measure(size: int) -> SizeResult:
    """Build, time and score one gazetteer size in this process."""
    aliases = make_aliases(size)
    queries = make_queries(aliases, INDEX_QUERIES)

    started = time.perf_counter()
    index = AliasIndex(((alias, i) for i, alias in enumerate(aliases))).prepare_fuzzy()
    build_s = time.perf_counter() - started

    started, started_cpu = time.perf_counter(), time.process_time()
    found = [index_best(index, query) for query, _ in queries]
    lookups_per_cpu_s = len(queries) / (time.process_time() - started_cpu)
    lookups_per_s = len(queries) / (time.perf_counter() - started)

    sample = queries[: BRUTE_FORCE_QUERIES.get(size, 200)]
    brute = [brute_force_best(query, aliases) for query, _ in sample]
    hits = [f == target for f, (_, target) in zip(found, queries)]
    brute_hits = [b == target for b, (_, target) in zip(brute, sample)]
    agree = [f == b for f, b in zip(found, brute)]
    return SizeResult(
        aliases=size, build_s=build_s, lookups_per_s=lookups_per_s,
        lookups_per_cpu_s=lookups_per_cpu_s,
        index_recall=_share(hits), index_recall_on_sample=_share(hits[: len(sample)]),
        brute_recall_on_sample=_share(brute_hits), brute_sample=len(sample),
        agreement_on_sample=_share(agree), peak_rss_mb=peak_rss_mb())


def _share(flags: list) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def measure_in_subprocess(size: int) -> SizeResult:
    """Run `measure(size)` in a fresh interpreter so each size's peak memory is its own."""
    output = subprocess.run([sys.executable, "-m", "bench.bench_resolver", "--one-size", str(size)],
                            check=True, capture_output=True, text=True).stdout
    return SizeResult(**json.loads(output.strip().splitlines()[-1]))


# -- reporting -------------------------------------------------------------------

def markdown_table(results: list) -> str:
    """The results as a Markdown table."""
    lines = [
        "| aliases | build (s) | fuzzy lookups/s | lookups per CPU s | recall@1 index (all) "
        "| recall@1 index (sample) | recall@1 brute force (sample) | sample "
        "| top-1 agrees with brute force | peak RSS (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.aliases:,} | {r.build_s:.1f} | {r.lookups_per_s:,.0f} | {r.lookups_per_cpu_s:,.0f} "
            f"| {r.index_recall:.1%} "
            f"| {r.index_recall_on_sample:.1%} | {r.brute_recall_on_sample:.1%} | {r.brute_sample} "
            f"| {r.agreement_on_sample:.1%} | {r.peak_rss_mb:,.0f} |")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        help="comma-separated alias counts (default: %(default)s)")
    parser.add_argument("--one-size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one_size:
        print(json.dumps(measure(args.one_size)._asdict()))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = [measure_in_subprocess(size) for size in sizes]
    print(f"{INDEX_QUERIES:,} misspelt queries per size (1-2 edits), one core, seed {SEED}.")
    print(markdown_table(results))


if __name__ == "__main__":
    main()
