"""Do two checkouts write the same tables? A developer check for changes that must not change behaviour.

    # run the pipeline in both checkouts on the same feeds, then compare every table:
    python -m bench.compare_tables --base /tmp/base-checkout --head .
    # or compare two output folders already written:
    python -m bench.compare_tables --outputs out-before out-after

The feeds are the packaged sample feed (data/sample_feed.jsonl.gz) and, when the
development data sits beside the project (../shared: seed, dev and dev2), those
articles in one feed; the script says when that data is absent and compares the
sample feed alone. Every Parquet table under each output folder is read whole
(all its files, with hive partition columns) and its rows compared sorted, so
the order rows were written in does not matter. Exit status 0 when every table
is identical, 1 otherwise.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.dataset as ds

REPO = Path(__file__).resolve().parents[1]
# the development data beside the project (../shared; from a worktree, the first `shared` up the tree)
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared" / "seed").is_dir()), REPO.parent / "shared")
DEV_FEEDS = ("seed/article.jsonl", "dev/articles.jsonl", "dev2/articles.jsonl")


def feeds(workdir: Path) -> dict:
    """name -> input path: the sample feed, and seed+dev+dev2 as one feed when present."""
    found = {"sample_feed": REPO / "data" / "sample_feed.jsonl.gz"}
    parts = [SHARED / p for p in DEV_FEEDS]
    missing = [str(p) for p in parts if not p.is_file()]
    if missing:
        print(f"compare_tables: development data absent ({', '.join(missing)}); comparing the sample feed only")
        return found
    joined = workdir / "seed_dev_dev2.jsonl"
    with open(joined, "wb") as out:
        for part in parts:
            data = part.read_bytes()
            out.write(data if data.endswith(b"\n") else data + b"\n")
    found["seed_dev_dev2"] = joined
    return found


def run_pipeline(checkout: Path, feed: Path, output: Path) -> None:
    """`python -m pipeline.run` in `checkout` (with its own .venv when it has one)."""
    python = checkout / ".venv" / "bin" / "python"
    python = str(python) if python.exists() else sys.executable
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    cmd = [python, "-m", "pipeline.run", "--input", str(feed), "--output", str(output), "--overwrite"]
    done = subprocess.run(cmd, cwd=checkout, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"compare_tables: the run in {checkout} failed:\n{done.stderr[-3000:]}")


def tables(output: Path) -> dict:
    """table name -> its folder: every folder directly under `output` that holds Parquet files."""
    return {d.name: d for d in sorted(output.iterdir())
            if d.is_dir() and next(d.rglob("*.parquet"), None) is not None}


def sorted_rows(folder: Path) -> list:
    """The table's rows (hive partition columns included), each as the repr of its sorted items, sorted."""
    table = ds.dataset(folder, format="parquet", partitioning="hive").to_table()
    return sorted(repr(sorted(row.items())) for row in table.to_pylist())


def compare_outputs(base: Path, head: Path) -> list:
    """One line per difference between the tables of two output folders; empty when identical."""
    problems = []
    base_tables, head_tables = tables(base), tables(head)
    for name in sorted(set(base_tables) | set(head_tables)):
        if name not in head_tables or name not in base_tables:
            problems.append(f"{name}: only in {'base' if name in base_tables else 'head'}")
            continue
        a, b = sorted_rows(base_tables[name]), sorted_rows(head_tables[name])
        if a != b:
            only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
            problems.append(f"{name}: {len(a)} rows vs {len(b)}; {len(only_a)} only in base, "
                            f"{len(only_b)} only in head")
            for side, rows in (("base", only_a), ("head", only_b)):
                if rows:
                    problems.append(f"  e.g. only in {side}: {rows[0][:400]}")
        else:
            print(f"  {name}: identical ({len(a)} rows)")
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, help="checkout to compare against (e.g. a `git worktree` of the base commit)")
    ap.add_argument("--head", type=Path, default=REPO, help="checkout with the change (default: this one)")
    ap.add_argument("--outputs", type=Path, nargs=2, metavar=("BASE_OUT", "HEAD_OUT"),
                    help="compare two output folders instead of running anything")
    ap.add_argument("--workdir", type=Path, help="where the runs write (default: a temporary folder)")
    args = ap.parse_args(argv)
    if args.outputs:
        pairs = {"outputs": tuple(args.outputs)}
    elif args.base:
        workdir = args.workdir or Path(tempfile.mkdtemp(prefix="compare_tables-"))
        workdir.mkdir(parents=True, exist_ok=True)
        pairs = {}
        for name, feed in feeds(workdir).items():
            pair = (workdir / f"{name}-base", workdir / f"{name}-head")
            for checkout, output in zip((args.base, args.head), pair):
                print(f"compare_tables: running {checkout} on {name} -> {output}")
                run_pipeline(checkout.resolve(), feed, output)
            pairs[name] = pair
    else:
        ap.error("give --base CHECKOUT (and optionally --head) or --outputs BASE_OUT HEAD_OUT")
    failed = False
    for name, (base_out, head_out) in pairs.items():
        print(f"{name}: {base_out} vs {head_out}")
        problems = compare_outputs(base_out, head_out)
        for line in problems:
            print(f"  DIFFERENT {line}")
        failed = failed or bool(problems)
        print(f"{name}: {'DIFFERENT' if problems else 'every table identical'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
