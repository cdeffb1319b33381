"""How clustering one hot key grows: `cluster_group` on n reports of one pair-year.

    python -m bench.bench_clustering                      # 5,000 and 50,000, spread and crowded
    python -m bench.bench_clustering --sizes 5000,50000 --repeats 5 --reference 4000

Synthetic reports of one (expelling, expelled, year) key, generated with a fixed seed: a dozen
real expulsions (counts 2 to 150), each told by many articles: most give the agreed number, some
a wrong one within 30 %, some a lower bound, half or none; a few articles give the number in
parts; 5 % are retrospective (published the next year, so undated). Two shapes:

- spread: the expulsions fall across the year, reports up to a few weeks after each;
- crowded: every expulsion falls in the same three weeks (a spring-2022 wave).

Prints, per shape and size, the median of `--repeats` timings in CPU seconds of this process
(`time.process_time`: the machine is shared, and CPU time, medians and the ratio between sizes
are what contention disturbs least) and the ratio to the smallest size; linear is
the ratio of the sizes. `--reference N` also times the all-pairs clustering this replaced
(tests/transforms/reference_clustering.py) at N reports and checks both agree.
"""
from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta

from transforms.records import Event
from transforms.event_clusters import cluster_group

START = date(2022, 1, 1)
KEY = ("PL", "RU", 2022)


def reports(n: int, crowded: bool, seed: int = 20220405) -> list[Event]:
    """n asserted events of one pair-year (see the module docstring)."""
    rng = random.Random(seed)
    span = 21 if crowded else 340
    truths = [(rng.randrange(span), rng.choice((2, 3, 5, 10, 12, 18, 23, 35, 45, 60, 91, 150))) for _ in range(12)]
    weights = [1 / (i + 1) for i in range(len(truths))]      # a few expulsions draw most reports
    out: list[Event] = []
    i = 0
    while len(out) < n:
        day, count = rng.choices(truths, weights)[0]
        roll = rng.random()
        article = f"art{i}"
        i += 1
        if roll < 0.05:                                       # retrospective: next year, undated
            published, lag = "2023-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), 0
        else:
            lag = min(int(rng.expovariate(1 / 4)), 40)
            published = (START + timedelta(days=min(day + lag, 364))).isoformat()
        if 0.05 <= roll < 0.07 and count >= 10 and len(out) + 2 <= n:   # the number in parts
            part = count // 3
            for k, c in enumerate((part, count - part)):
                out.append(Event(f"{article}-{k}", article, *KEY[:2], c, False, 2022, "asserted",
                                 f"{c} diplomats", 0, 10, "expelled", None, published, None))
            continue
        reported, at_least = count, False
        if roll < 0.20:
            reported = max(1, round(count * rng.uniform(0.7, 1.3)))
        elif roll < 0.25:
            reported, at_least = max(1, count - count // 5), True
        elif roll < 0.27:
            reported = max(1, count // 2)
        elif roll < 0.40:
            reported = None
        out.append(Event(f"{article}-0", article, *KEY[:2], reported, at_least, 2022, "asserted",
                         f"{reported} diplomats", 0, 10, "expelled", None, published, None))
    return out


def timed(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="5000,50000", help="comma-separated report counts (default 5000,50000)")
    ap.add_argument("--repeats", type=int, default=5, help="timings per size; the median is shown (default 5)")
    ap.add_argument("--reference", type=int, default=0,
                    help="also time the old all-pairs clustering at this many reports (it is quadratic)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print("| shape | reports | clusters | median CPU s | ratio to %s | linear ratio |" % f"{sizes[0]:,}")
    print("|---|---:|---:|---:|---:|---:|")
    for crowded in (False, True):
        shape = "crowded (3 weeks)" if crowded else "spread (a year)"
        base = None
        for n in sizes:
            evs = reports(n, crowded)
            clusters = len(cluster_group(KEY, evs))
            seconds = timed(lambda: cluster_group(KEY, evs), args.repeats)
            base = base or seconds
            print(f"| {shape} | {n:,} | {clusters:,} | {seconds:.3f} | {seconds / base:.1f}x | {n / sizes[0]:.0f}x |",
                  flush=True)
        if args.reference:
            from tests.transforms.reference_clustering import cluster_group as all_pairs
            evs = reports(args.reference, crowded)
            new = timed(lambda: cluster_group(KEY, evs), 1)
            t0 = time.process_time()
            same = all_pairs(KEY, evs) == cluster_group(KEY, evs)
            old = time.process_time() - t0 - new
            print(f"| {shape}, all-pairs reference | {args.reference:,} | | {old:.3f} "
                  f"| (indexed {new:.3f} s; same clusters: {same}) | |", flush=True)


if __name__ == "__main__":
    main()
