"""End-to-end speed and memory of the job on Reuters-21578 (../shared/corpora): every target ratio in one run.

    python -m bench.bench_pipeline                  # 1,000 articles for speed; memory at 1,000, 6,000, 2,000, 19,043
    python -m bench.bench_pipeline --repeats 3      # each speed run three times, medians
    python -m bench.bench_pipeline --memory_sizes 1000,6000   # quicker (no 19,043 run)

Reuters-21578 may be used for research only: it is read from ../shared/corpora
(or --corpus) and copied nowhere but a temporary folder that is deleted
afterwards. Without it, the benchmark says so and exits 0.

Runs, each a fresh subprocess (start-up and model loading count, as they do for
a user), on the same first --articles records:
  pipeline 1  `python -m pipeline.run` on the records, local FnApiRunner, 1 worker
  pipeline 2  the same with --direct_num_workers 2 --direct_running_mode multi_processing
  spaCy NER   en_core_web_sm with only tok2vec+ner enabled, nlp.pipe over the same texts (model load included)
  loop        (--with_loop) the same per-document work in a plain Python loop, one process
Memory: the pipeline with 1 worker on each --memory_sizes count (a count equal to
--articles reuses the speed runs); peak memory is the largest sum of RSS over the
run's process tree, sampled every 0.2 s. With --repeats N every speed run is
repeated N times (interleaved) and the medians are reported; the load average
before and after is printed, since a shared machine slows runs unevenly.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"


def take(n: int, dest: Path, corpus: Optional[Path] = None) -> tuple[int, int]:
    """The first n records of the corpus into dest (JSON Lines); returns (records, words)."""
    count = words = 0
    with gzip.open(corpus or CORPUS, "rt", encoding="utf-8") as src, open(dest, "w", encoding="utf-8") as out:
        for line in src:
            if count >= n:
                break
            out.write(line)
            words += len(json.loads(line).get("text", "").split())
            count += 1
    return count, words


def _tree_rss(pid: int) -> int:
    import psutil
    try:
        root = psutil.Process(pid)
        procs = [root] + root.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


def _tree_pss(pid: int) -> int:
    """The sum of the tree's proportional set sizes (bytes): each page shared by k processes counted 1/k in each,
    so pages the 2-worker run's processes share (forked from one, pipeline/local_workers.py) count once, where a sum
    of RSS counts them in every process; 0 without /proc/PID/smaps_rollup."""
    import psutil
    try:
        root = psutil.Process(pid)
        pids = [root.pid] + [p.pid for p in root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for child in pids:
        try:
            with open(f"/proc/{child}/smaps_rollup") as rollup:
                total += next(int(line.split()[1]) * 1024 for line in rollup if line.startswith("Pss:"))
        except (OSError, StopIteration, ValueError):
            pass
    return total


def _tree_cpu(pid: int, into: dict) -> None:
    """CPU seconds so far of each process in the tree, by pid: {pid: (command line, CPU s, parent's pid)}."""
    import psutil
    try:
        root = psutil.Process(pid)
        procs = [root] + root.children(recursive=True)
    except psutil.NoSuchProcess:
        return
    for p in procs:
        try:
            times = p.cpu_times()
            into[p.pid] = (" ".join(p.cmdline()), times.user + times.system, p.ppid())
        except psutil.NoSuchProcess:
            pass


def timed(cmd: list, per_process: Optional[dict] = None, pss: bool = False) -> tuple[float, float, float]:
    """Run a subprocess; (wall seconds, peak RSS of its process tree in MB, CPU seconds of the tree).

    CPU time (user + system of the process and every descendant it waited for) barely
    changes with the machine's load; wall time does. `per_process` (a dict) gets each
    process's CPU seconds as last sampled, {pid: (command line, CPU s, parent's pid)}: a process's last
    0.2 s are missed; with `pss` too, the largest sum of the tree's PSS (`_tree_pss`) is kept under the key
    "peak PSS". Not for a run whose time counts: reading a process's page tables (smaps_rollup) costs ~40-70 ms
    of CPU for the 2-worker run's ~3 GB, 1-2 CPU s over a run sampled every 0.2 s, taken from the two cores its
    workers fill (sampling RSS and CPU costs ~5 ms).
    """
    import resource
    env = dict(os.environ, PYTHONPATH=str(REPO))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:   # a pipe could fill up with a long run's progress lines
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            if per_process is not None:
                _tree_cpu(proc.pid, per_process)
                if pss:
                    per_process["peak PSS"] = max(per_process.get("peak PSS", 0), _tree_pss(proc.pid))
            time.sleep(0.2)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{cmd[:4]} failed: {err.read().decode(errors='replace')[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, peak / 2**20, cpu


def pipeline_cmd(feed: Path, out: Path, workers: int, batch_size: int) -> list:
    cmd = [sys.executable, "-m", "pipeline.run", "--input", str(feed), "--output", str(out),
           "--batch_size", str(batch_size), "--no_report"]
    if workers > 1:
        cmd += ["--direct_num_workers", str(workers), "--direct_running_mode", "multi_processing"]
    return cmd


# -- the work done in a plain loop (run in a subprocess: `--loop FEED OUT`) --------------------

def plain_loop(feed: str, out: str, batch_size: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from gazetteer.resolver import ArticleResolver
    from pipeline.loaders import GazetteerLoader, RecogniserLoader
    from transforms.batching import chunks
    from transforms.extract import events_for
    from transforms.read import parse_record
    from transforms.resolve import resolve_article
    from transforms.event_clusters import event_row
    from transforms.tables import article_row, mention_row, mentions_with_date

    gaz = GazetteerLoader()
    recogniser = RecogniserLoader(None, gaz, batch_size)()
    resolver = ArticleResolver(gaz().warm())
    articles, mentions, events = [], [], []
    with open(feed, "rb") as f:
        records = [parse_record(line.rstrip(b"\n"), feed, i + 1) for i, line in enumerate(f)]
    for batch in chunks((r for r in records if hasattr(r, "article_id")), batch_size):
        for rec in recogniser.recognise(batch):
            analysed = events_for(resolve_article(resolver, rec))
            articles.append(article_row(analysed))
            mentions.extend(mention_row(m) for m, _ in mentions_with_date(analysed))
            events.extend(event_row(e, None) for e in analysed.events)
    os.makedirs(out, exist_ok=True)
    for name, rows in (("articles", articles), ("mentions", mentions), ("events", events)):
        if rows:
            pq.write_table(pa.Table.from_pylist(rows), os.path.join(out, f"{name}.parquet"), compression="zstd")


def ner_only(feed: str, batch_size: int) -> None:
    from transforms.recognise import load_spacy_model
    nlp = load_spacy_model(None)
    texts = [json.loads(line)["text"] for line in open(feed, encoding="utf-8")]
    with nlp.select_pipes(enable=[p for p in ("tok2vec", "ner") if p in nlp.pipe_names]):
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass


# what a worker process of the 2-worker run is started as: the project's entry (pipeline/beam_worker.py, which the
# local runner starts), or Beam's own (a runner the project does not build)
WORKER_MODULES = ("pipeline.beam_worker", "apache_beam.runners.worker.sdk_worker_main")
FORK_PARENT = "--fork_parent"


def two_worker_cpu(runs: list, one_worker_cpu: float) -> str:
    """The 2-worker runs' CPU seconds by process, and what they bound: on two idle cores a worker
    takes at least its own CPU time, so 1 worker's CPU over the busiest worker's is about the
    most the 2-worker speedup can reach (the main process's start-up comes on top)."""
    lines = []
    for processes in runs:
        pss = processes.get("peak PSS")
        processes = {pid: value for pid, value in processes.items() if pid != "peak PSS"}
        main = [cpu for cmd, cpu, _ in processes.values() if "pipeline.run" in cmd]
        # the process the workers are forked from (pipeline/local_workers.py): its children share its command line
        parents = {pid for pid, (cmd, _, ppid) in processes.items()
                   if FORK_PARENT in cmd and FORK_PARENT not in processes.get(ppid, ("",))[0]}
        workers = sorted((cpu for pid, (cmd, cpu, _) in processes.items() if pid not in parents
                          and any(f"-m {module}" in cmd for module in WORKER_MODULES) and not cmd.startswith("/bin/sh")),
                         reverse=True)
        if not workers:
            continue
        loaded = "".join(f"; the loaded parent {processes[pid][1]:.1f}" for pid in parents)
        lines.append(f"2 workers, CPU s by process: main {sum(main):.1f}{loaded}; workers "
                     + ", ".join(f"{w:.1f}" for w in workers)
                     + f" -> speedup bound (1 worker's CPU / busiest worker's) {one_worker_cpu / workers[0]:.2f}x"
                     + (f"; peak PSS {pss / 2**20:,.0f} MB" if pss else ""))
    return "\n".join(lines) or "2 workers: no worker processes seen"


def _median(runs: list) -> tuple:
    """(wall, peak RSS, CPU): the median of each over the runs."""
    return tuple(statistics.median(r[i] for r in runs) for i in range(3))


def _ratio_row(name: str, value: str, target: str, met: Optional[bool]) -> str:
    return f"| {name} | {value} | {target} | {'' if met is None else ('yes' if met else 'no')} |"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000, help="articles for the speed runs (default 1000)")
    ap.add_argument("--memory_sizes", default="1000,6000,2000,20000",
                    help="article counts for peak memory, compared in pairs (default 1000,6000,2000,20000; "
                         "the corpus has 19,043)")
    ap.add_argument("--repeats", type=int, default=1, help="runs of each speed row; medians are reported")
    ap.add_argument("--batch_size", type=int, default=32)
    ap.add_argument("--corpus", type=Path, default=CORPUS, help=f"Reuters-21578 as JSON Lines (default {CORPUS})")
    ap.add_argument("--with_loop", action="store_true", help="also time the plain-loop row")
    ap.add_argument("--loop", nargs=2, metavar=("FEED", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--ner_only", metavar="FEED", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.loop:
        plain_loop(*args.loop, args.batch_size)
        return 0
    if args.ner_only:
        ner_only(args.ner_only, args.batch_size)
        return 0
    corpus = args.corpus
    if not corpus.exists():
        print(f"bench_pipeline: {corpus} is not here (Reuters-21578 is research-only and not shipped); "
              "nothing to measure.")
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="newsnorm-bench-"))
    try:
        load_before = os.getloadavg()
        feed = tmp / "feed.jsonl"
        n, words = take(args.articles, feed, corpus)
        me = [sys.executable, "-m", "bench.bench_pipeline", "--batch_size", str(args.batch_size)]
        runs = {"p1": [], "p2": [], "ner": [], "loop": []}
        p2_processes: list = []   # per run of 2 workers: {pid: (command line, CPU s)}
        for r in range(max(1, args.repeats)):
            runs["p1"].append(timed(pipeline_cmd(feed, tmp / f"p1-{r}", 1, args.batch_size)))
            p2_processes.append({})
            runs["p2"].append(timed(pipeline_cmd(feed, tmp / f"p2-{r}", 2, args.batch_size), p2_processes[-1]))
            runs["ner"].append(timed(me + ["--ner_only", str(feed)]))
            if args.with_loop:
                runs["loop"].append(timed(me + ["--loop", str(feed), str(tmp / f"loop-{r}")]))
        memory_2 = {}   # one more 2-worker run for its peak PSS alone, not timed (see `timed`)
        timed(pipeline_cmd(feed, tmp / "p2-pss", 2, args.batch_size), memory_2, pss=True)
        med = {k: _median(v) for k, v in runs.items() if v}
        mem = {}
        for size in [int(x) for x in args.memory_sizes.split(",") if x]:
            if size == args.articles:
                mem[size] = (n, words, *med["p1"])
                continue
            mfeed = tmp / f"mem-{size}.jsonl"
            got, mwords = take(size, mfeed, corpus)
            mem[size] = (got, mwords, *timed(pipeline_cmd(mfeed, tmp / f"mem-{size}", 1, args.batch_size)))
        load_after = os.getloadavg()

        reps = f"median of {args.repeats} runs each" if args.repeats > 1 else "one run each"
        print(f"\n{n:,} Reuters-21578 articles ({words:,} words), batch size {args.batch_size}, "
              f"{os.cpu_count()} cores, {reps}; load average before {load_before[0]:.1f}, after {load_after[0]:.1f}\n")
        print("| run | articles | words | wall (s) | articles/s | words/s | CPU (s) | words per CPU s | peak RSS (MB) |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        names = (("pipeline, 1 worker", "p1"), ("pipeline, 2 workers", "p2"),
                 ("spaCy NER only (1 process)", "ner"), ("plain loop (1 process)", "loop"))
        for name, k in names:
            if k in med:
                s, mb, cpu = med[k]
                print(f"| {name} | {n:,} | {words:,} | {s:.1f} | {n / s:.1f} | {words / s:,.0f} | {cpu:.1f} | "
                      f"{words / cpu:,.0f} | {mb:,.0f} |")
        print("\n" + two_worker_cpu(p2_processes, med["p1"][2]))
        if memory_2.get("peak PSS"):
            print(f"2 workers, peak PSS {memory_2['peak PSS'] / 2**20:,.0f} MB (one more run, not timed: reading the "
                  "processes' page tables every 0.2 s costs 1-2 CPU s, which the timed runs do not pay)")
        if args.repeats > 1:
            print("\nEvery run (wall s): " + "; ".join(
                f"{k} " + ", ".join(f"{s:.0f}" for s, _, _ in v) for k, v in runs.items() if v))
        print("\n| ratio | measured | target | met |\n|---|---|---|---|")
        share = med["ner"][0] / med["p1"][0]
        print(_ratio_row("end to end (1 worker) / spaCy NER-only, words/s", f"{share:.2f}", ">= 0.85", share >= 0.85))
        cpu_share = med["ner"][2] / med["p1"][2]
        print(_ratio_row("the same in words per CPU second (what a quiet machine's wall time tends to)",
                         f"{cpu_share:.2f}", ">= 0.85", cpu_share >= 0.85))
        speedup = med["p1"][0] / med["p2"][0]
        print(_ratio_row("2 workers / 1 worker, speed", f"{speedup:.2f}x", ">= 1.6x", speedup >= 1.6))
        sizes = list(mem)
        for i in range(0, len(sizes) - 1, 2):
            small, big = mem[sizes[i]], mem[sizes[i + 1]]
            growth = big[3] / small[3]   # (articles, words, wall, peak RSS, CPU)
            first_pair = i == 0
            print(_ratio_row(f"peak RSS {big[0]:,} / {small[0]:,} articles",
                             f"{growth:.2f}x ({small[3]:,.0f} -> {big[3]:,.0f} MB)",
                             "<= 1.2x" if first_pair else "(reported)", growth <= 1.2 if first_pair else None))
        if mem:
            print("\n| memory run (pipeline, 1 worker) | articles | words | wall (s) | CPU (s) | peak RSS (MB) |\n"
                  "|---|---:|---:|---:|---:|---:|")
            for got, mwords, s, mb, cpu in mem.values():
                print(f"| | {got:,} | {mwords:,} | {s:.1f} | {cpu:.1f} | {mb:,.0f} |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
