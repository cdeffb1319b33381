"""End-to-end speed and memory of the job on Reuters-21578 (../shared/corpora), against a plain loop and spaCy.

    python -m bench.bench_pipeline                      # 2,000 articles; memory at 2,000 and all 19,043
    python -m bench.bench_pipeline --articles 500 --memory_sizes 500,2000   # quicker

Reuters-21578 may be used for research only: it is read from ../shared/corpora
and copied nowhere but a temporary folder that is deleted afterwards. Without
it, the benchmark says so and exits 0.

Rows of the printed Markdown table (column meanings in bench/README.md):
  loop        the same per-document work in a plain Python loop, one process:
              load the recogniser and gazetteer, recognise (nlp.pipe, batches of
              --batch_size), resolve, extract, build the rows, write Parquet
  pipeline 1  `python -m pipeline.run` on the same records, FnApiRunner, 1 worker
  pipeline 2  the same with --direct_num_workers 2 --direct_running_mode multi_processing
  spaCy NER   en_core_web_sm with only tok2vec+ner enabled, nlp.pipe over the same texts
Each run is a fresh subprocess (so start-up and model loading count, as they do
for a user) in the same invocation. Peak memory is the largest sum of RSS over
the run's process tree (sampled every 0.2 s), pipeline with 1 worker.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"


def take(n: int, dest: Path) -> tuple[int, int]:
    """The first n records of the corpus into dest (JSON Lines); returns (records, words)."""
    count = words = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(dest, "w", encoding="utf-8") as out:
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


def timed(cmd: list) -> tuple[float, float]:
    """Run a subprocess; (wall seconds, peak RSS of its process tree in MB)."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.2)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:4]} failed: {proc.stderr.read().decode(errors='replace')[-2000:]}")
    return wall, peak / 2**20


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
    from transforms.tables import article_row, event_rows, mention_row, mentions_with_date

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
            events.extend(event_rows(analysed))
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000, help="articles for the speed rows (default 2000)")
    ap.add_argument("--memory_sizes", default="2000,20000",
                    help="article counts for peak memory (default 2000,20000; the corpus has 19,043)")
    ap.add_argument("--batch_size", type=int, default=32)
    ap.add_argument("--loop", nargs=2, metavar=("FEED", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--ner_only", metavar="FEED", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.loop:
        plain_loop(*args.loop, args.batch_size)
        return 0
    if args.ner_only:
        ner_only(args.ner_only, args.batch_size)
        return 0
    if not CORPUS.exists():
        print(f"bench_pipeline: {CORPUS} is not here (Reuters-21578 is research-only and not shipped); "
              "nothing to measure.")
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="newsnorm-bench-"))
    try:
        feed = tmp / "feed.jsonl"
        n, words = take(args.articles, feed)
        me = [sys.executable, "-m", "bench.bench_pipeline", "--batch_size", str(args.batch_size)]
        rows = []
        loop_s, loop_mb = timed(me + ["--loop", str(feed), str(tmp / "loop")])
        p1_s, p1_mb = timed(pipeline_cmd(feed, tmp / "p1", 1, args.batch_size))
        p2_s, p2_mb = timed(pipeline_cmd(feed, tmp / "p2", 2, args.batch_size))
        ner_s, _ = timed(me + ["--ner_only", str(feed)])
        for name, s, mb in (("plain loop (1 process)", loop_s, loop_mb), ("pipeline, 1 worker", p1_s, p1_mb),
                            ("pipeline, 2 workers", p2_s, p2_mb), ("spaCy NER only (1 process)", ner_s, None)):
            rows.append(f"| {name} | {n:,} | {words:,} | {s:.1f} | {n / s:.1f} | {words / s:,.0f} | "
                        f"{'' if mb is None else f'{mb:,.0f}'} |")
        mem = []
        for size in [int(x) for x in args.memory_sizes.split(",") if x]:
            mfeed = tmp / f"mem-{size}.jsonl"
            got, mwords = take(size, mfeed)
            s, mb = timed(pipeline_cmd(mfeed, tmp / f"mem-{size}", 1, args.batch_size))
            mem.append((got, mwords, s, mb))
        print(f"\n{n:,} Reuters-21578 articles ({words:,} words), batch size {args.batch_size}, "
              f"{os.cpu_count()} cores\n")
        print("| run | articles | words | wall (s) | articles/s | words/s | peak RSS (MB) |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        print("\n".join(rows))
        print("\n| target | measured | met |\n|---|---|---|")
        ratio = p1_s / loop_s
        print(f"| pipeline (1 worker) within 25% of the loop | {ratio:.2f}x the loop's time | {'yes' if ratio <= 1.25 else 'no'} |")
        speedup = p1_s / p2_s
        print(f"| 2 workers vs 1: speedup >= 1.6 | {speedup:.2f}x | {'yes' if speedup >= 1.6 else 'no'} |")
        share = (words / p1_s) / (words / ner_s)
        print(f"| end to end (1 worker) >= 70% of spaCy NER-only words/s | {share:.0%} | {'yes' if share >= 0.7 else 'no'} |")
        if len(mem) >= 2:
            growth = mem[-1][3] / mem[0][3] - 1
            print(f"| peak memory growth {mem[0][0]:,} -> {mem[-1][0]:,} articles <= 20% | "
                  f"{mem[0][3]:,.0f} -> {mem[-1][3]:,.0f} MB (+{growth:.0%}) | {'yes' if growth <= 0.2 else 'no'} |")
        if mem:
            print("\n| memory run (pipeline, 1 worker) | articles | words | wall (s) | peak RSS (MB) |\n|---|---:|---:|---:|---:|")
            for got, mwords, s, mb in mem:
                print(f"| | {got:,} | {mwords:,} | {s:.1f} | {mb:,.0f} |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
