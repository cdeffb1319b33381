"""The job's slope on the synthetic feed: time, CPU and peak memory at several sizes and worker counts.

    NEWSNORM_SHARED=/path/to/shared python -m bench.bench_scale --sizes 100,200,400,800 --workers 1,2

For each size a feed is written by `bench.synth_feed` (fixed seed; needs ../shared, or
$NEWSNORM_SHARED, and says so and exits 0 without it) into a temporary folder, and
`python -m pipeline.run` runs on it in a fresh subprocess (FnApiRunner; with 2 workers
`--direct_num_workers 2 --direct_running_mode multi_processing`), `--repeats` times.

Per run it records wall seconds, CPU seconds of the job's whole process tree (user + system,
sampled from /proc with psutil, so a shared machine's other work does not count), peak RSS of the
tree (the sum over its processes) and of its largest process (one worker). The table shows the
median of the repeats; below it, a least-squares line `cpu = fixed + per_article * N` over the
sizes gives the marginal cost of an article without start-up and model loading, which is what a
capacity plan scales (docs/SCALE.md).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _tree(pid: int):
    import psutil
    try:
        root = psutil.Process(pid)
        return [root] + root.children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def measure(cmd: list) -> dict:
    """Run cmd; wall s, CPU s of its tree, peak tree RSS and peak single-process RSS (MB)."""
    import psutil
    env = dict(os.environ, PYTHONPATH=str(REPO))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    cpu: dict[int, float] = {}     # own CPU of every process seen in the tree (last sample)
    peak_tree = peak_one = 0
    while True:
        done, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if done:
            break
        total = 0
        for p in _tree(proc.pid):
            try:
                with p.oneshot():
                    rss, t = p.memory_info().rss, p.cpu_times()
            except psutil.NoSuchProcess:
                continue
            cpu[p.pid] = t.user + t.system
            total += rss
            peak_one = max(peak_one, rss)
        peak_tree = max(peak_tree, total)
        time.sleep(0.25)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    # the root's rusage counts itself and every descendant it reaped; samples catch the rest
    cpu_total = max(usage.ru_utime + usage.ru_stime, sum(cpu.values()))
    err = proc.stderr.read().decode(errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} failed: {err[-2000:]}")
    return {"wall": wall, "cpu": cpu_total, "rss_tree_mb": peak_tree / 2**20, "rss_one_mb": peak_one / 2**20}


def feed(n: int, folder: Path, args) -> tuple[Path, int]:
    path = folder / f"synth-{n}.jsonl"
    cmd = [sys.executable, "-m", "bench.synth_feed", str(n), "--out", str(path), "--skew", str(args.skew),
           "--expulsion_share", str(args.expulsion_share), "--words", str(args.words), "--seed", str(args.seed)]
    subprocess.run(cmd, cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)), check=True)
    with open(path, encoding="utf-8") as f:
        words = sum(len(json.loads(line)["text"].split()) for line in f)
    return path, words


def fit(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Least squares y = a + b x."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    b = sum((x - mx) * (y - my) for x, y in points) / (sum((x - mx) ** 2 for x in xs) or 1)
    return my - b * mx, b


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100,200,400,800")
    ap.add_argument("--workers", default="1,2", help="worker counts to run (default 1,2)")
    ap.add_argument("--repeats", type=int, default=1, help="runs per size and worker count; median shown")
    ap.add_argument("--skew", type=float, default=1.0)
    ap.add_argument("--expulsion_share", type=float, default=0.05)
    ap.add_argument("--words", type=int, default=450)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", help="also write every run's numbers to this file")
    args = ap.parse_args(argv)
    from bench.synth_feed import corpus_files
    if not all(p.exists() for p in corpus_files("all")):
        print("bench_scale: the shared corpora are absent (../shared or $NEWSNORM_SHARED): nothing measured")
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    runs = []
    print("| workers | articles | words | wall s | CPU s | articles/s (wall) | words per CPU s "
          "| peak RSS tree MB | peak RSS one process MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    with tempfile.TemporaryDirectory(prefix="newsnorm-scale-") as tmp:
        folder = Path(tmp)
        feeds = {n: feed(n, folder, args) for n in sizes}
        for w in workers:
            for n in sizes:
                path, words = feeds[n]
                found = []
                for _ in range(args.repeats):
                    cmd = [sys.executable, "-m", "pipeline.run", "--input", str(path), "--output",
                           str(folder / f"out-{n}-{w}"), "--overwrite", "--no_report", "--progress_interval", "0"]
                    if w > 1:
                        cmd += ["--direct_num_workers", str(w), "--direct_running_mode", "multi_processing"]
                    found.append(measure(cmd))
                m = {k: statistics.median(r[k] for r in found) for k in found[0]}
                runs.append({"workers": w, "articles": n, "words": words, **m, "repeats": found})
                print(f"| {w} | {n:,} | {words:,} | {m['wall']:.1f} | {m['cpu']:.1f} | {n / m['wall']:.2f} "
                      f"| {words / m['cpu']:,.0f} | {m['rss_tree_mb']:,.0f} | {m['rss_one_mb']:,.0f} |", flush=True)
    print()
    for w in workers:
        mine = [r for r in runs if r["workers"] == w]
        if len(mine) < 2:
            continue
        fixed, per = fit([(r["articles"], r["cpu"]) for r in mine])
        wfixed, wper = fit([(r["articles"], r["wall"]) for r in mine])
        mfixed, mper = fit([(r["articles"], r["rss_tree_mb"]) for r in mine])
        words_per_article = statistics.fmean(r["words"] / r["articles"] for r in mine)
        print(f"{w} worker(s): CPU s = {fixed:.1f} + {per:.3f} x articles ({words_per_article / per:,.0f} words "
              f"per CPU s at the margin); wall s = {wfixed:.1f} + {wper:.3f} x articles; "
              f"peak RSS MB = {mfixed:,.0f} + {mper:.2f} x articles")
    if args.json:
        Path(args.json).write_text(json.dumps(runs, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
