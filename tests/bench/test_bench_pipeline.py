"""bench_pipeline's 2-worker line: CPU seconds by process and the speedup they allow."""
import sys
from pathlib import Path

import pytest

from bench.bench_pipeline import timed, two_worker_cpu


def test_two_worker_line_names_each_process_and_bounds_the_speedup():
    run = {1: ("/venv/bin/python -m pipeline.run --input feed.jsonl", 6.0, 0),
           2: ("/bin/sh -c /venv/bin/python -m apache_beam.runners.worker.sdk_worker_main", 0.0, 1),
           3: ("/venv/bin/python -m apache_beam.runners.worker.sdk_worker_main", 30.0, 1),
           4: ("/venv/bin/python -m apache_beam.runners.worker.sdk_worker_main", 33.0, 1)}
    line = two_worker_cpu([run], one_worker_cpu=49.5)
    assert line == ("2 workers, CPU s by process: main 6.0; workers 33.0, 30.0 -> speedup bound "
                    "(1 worker's CPU / busiest worker's) 1.50x")


def test_the_project_worker_entry_is_a_worker_too():
    run = {1: ("/venv/bin/python -m pipeline.run --input feed.jsonl", 6.0, 0),
           2: ("/bin/sh -c /venv/bin/python -m pipeline.beam_worker", 0.0, 1),
           3: ("/venv/bin/python -m pipeline.beam_worker", 30.0, 1),
           4: ("/venv/bin/python -m pipeline.beam_worker", 33.0, 1)}
    assert two_worker_cpu([run], one_worker_cpu=49.5) == (
        "2 workers, CPU s by process: main 6.0; workers 33.0, 30.0 -> speedup bound "
        "(1 worker's CPU / busiest worker's) 1.50x")


def test_no_worker_seen_is_said_not_divided_by():
    assert two_worker_cpu([{1: ("python -m pipeline.run", 5.0, 0)}], 40.0) == "2 workers: no worker processes seen"


def test_the_process_the_workers_are_forked_from_is_named_apart():
    fork = "/venv/bin/python -m pipeline.beam_worker --fork_parent 5 --input feed.jsonl"
    run = {1: ("/venv/bin/python -m pipeline.run --input feed.jsonl", 1.2, 0),
           2: (fork, 3.1, 1),      # its children share its command line
           3: (fork, 11.0, 2),
           4: (fork, 12.0, 2),
           "peak PSS": 1200 * 2**20}   # shared pages counted once
    assert two_worker_cpu([run], one_worker_cpu=24.0) == (
        "2 workers, CPU s by process: main 1.2; the loaded parent 3.1; workers 12.0, 11.0 -> speedup bound "
        "(1 worker's CPU / busiest worker's) 2.00x; peak PSS 1,200 MB")


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs /proc/PID/smaps_rollup")
def test_a_timed_run_reads_no_page_tables_unless_asked():
    """Reading the processes' page tables (PSS) costs CPU that a timed 2-worker run would lose to it."""
    sleeper = [sys.executable, "-c", "import time; time.sleep(0.6)"]
    timed_only, with_pss = {}, {}
    timed(sleeper, timed_only)
    timed(sleeper, with_pss, pss=True)
    assert "peak PSS" not in timed_only and timed_only   # its CPU by process, sampled
    assert with_pss["peak PSS"] > 0
