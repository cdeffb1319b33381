"""Latency of a live watched-folder run: a file lands -> its counts are on disk (the run going on).

    python -m bench.bench_watch_latency [--files 5] [--gap 10]

Starts `python -m pipeline.run --streaming --watch_folder ...` as a subprocess, waits for it to
say it is watching, then drops `--files` small files (a few articles each, written under a
dot-name and renamed) `--gap` seconds apart. For each, it measures the seconds until the ledger
(`_stream.json`) lists it, i.e. until its rows and window counts are committed, and checks the
watcher is still running. Needs no data beyond this checkout.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COUNTRIES = ["Poland", "Germany", "Estonia", "Latvia", "Lithuania", "France", "Japan", "Norway"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=5)
    ap.add_argument("--gap", type=float, default=10.0)
    ap.add_argument("--interval", type=float, default=2.0, help="--watch_interval_seconds of the watcher")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="newsnorm-latency-"))
    folder, out, log = tmp / "incoming", tmp / "out", tmp / "watcher.log"
    folder.mkdir()
    cmd = [sys.executable, "-m", "pipeline.run", "--streaming", "--watch_folder", str(folder), "--output", str(out),
           "--watch_interval_seconds", str(args.interval)]
    t0 = time.monotonic()
    with open(log, "wb") as f:
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=f, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        while "watching" not in log.read_text():
            if proc.poll() is not None:
                raise SystemExit(log.read_text())
            time.sleep(0.1)
        print(f"watcher ready after {time.monotonic() - t0:.1f} s (model and gazetteer loaded)")
        latencies = []
        for i in range(args.files):
            name = f"feed-{i}.jsonl"
            lines = [json.dumps({"id": f"{i}-{j}", "published_at": f"2022-04-0{1 + j}T10:00:00Z",
                                 "text": f"{COUNTRIES[(i + j) % len(COUNTRIES)]} expelled {i + j + 2} Russian "
                                         "diplomats, the foreign ministry said on Tuesday."}) for j in range(3)]
            (folder / f".{name}").write_text("\n".join(lines) + "\n")
            os.rename(folder / f".{name}", folder / name)
            landed = time.monotonic()
            while True:
                try:
                    files = json.loads((out / "_stream.json").read_text())["files"]
                except (FileNotFoundError, json.JSONDecodeError, KeyError):
                    files = {}
                if any(p.endswith("/" + name) for p in files):
                    break
                if proc.poll() is not None:
                    raise SystemExit(log.read_text())
                time.sleep(0.05)
            latencies.append(time.monotonic() - landed)
            print(f"{name}: counts on disk {latencies[-1]:.1f} s after it landed (watcher running: "
                  f"{proc.poll() is None})")
            time.sleep(max(0.0, args.gap - latencies[-1]))
        print(f"latency over {len(latencies)} files: median {statistics.median(latencies):.1f} s, "
              f"max {max(latencies):.1f} s (target <= 60 s)")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
