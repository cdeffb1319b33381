"""The worker processes of a local run in several processes, started before the launching process builds the
graph (pipeline/local_workers.py, pipeline/beam_worker.py --await_job), and that none is left behind."""
import json
import os
import subprocess
import sys
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import local_workers
from pipeline.local_workers import PRESTARTED_URN, start_own_workers, workers_to_start

TWO = ["--direct_num_workers", "2", "--direct_running_mode", "multi_processing"]
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("argv, expected", [
    (["--input", "feed.jsonl", "--output", "out", *TWO], 2),
    (["--input=feed.jsonl", "--direct_num_workers=3", "--direct_running_mode=multi_processing"], 3),
    (["--runner", "DirectRunner", *TWO], 2),
    (["--direct_num_workers", "0", "--direct_running_mode", "multi_processing"], os.cpu_count()),
    (["--input", "feed.jsonl", "--output", "out"], 0),                          # one worker, in this process
    (["--direct_num_workers", "2", "--direct_running_mode", "multi_threading"], 0),   # threads
    (["--direct_num_workers", "2"], 0),                                         # in_memory
    (["--streaming", "--watch_folder", "in", *TWO], 0),                        # the streaming runner starts none
    (["--runner", "DataflowRunner", *TWO], 0),
    (["--help", *TWO], 0),
    (["--direct_num_workers", "two", "--direct_running_mode", "multi_processing"], 0),   # refused by pipeline.run
    (["--direct_running_mode", "multi_processing", "--runner"], 0),   # refused by pipeline.run
    (["--direct_num", "2", "--direct_running_mode", "multi_processing"], 1),   # not the number: Beam takes no
                                                                              # abbreviations
])
def test_the_workers_a_command_line_will_need(argv, expected):
    assert workers_to_start(argv) == expected


def test_the_local_runner_starts_its_worker_processes_from_the_project_module():
    from apache_beam.portability import python_urns
    from apache_beam.portability.api import beam_runner_api_pb2

    graph = beam_runner_api_pb2.Pipeline()
    environments = graph.components.environments
    environments["beam"].urn = python_urns.SUBPROCESS_SDK
    environments["beam"].payload = f"{sys.executable} -m apache_beam.runners.worker.sdk_worker_main".encode()
    environments["other"].urn = python_urns.SUBPROCESS_SDK
    environments["other"].payload = b"/opt/my_worker --flag"
    environments["docker"].urn = "beam:env:docker:v1"
    assert start_own_workers(graph) == 1
    assert environments["beam"].payload == f"{sys.executable} -m pipeline.beam_worker".encode()
    assert environments["beam"].urn == PRESTARTED_URN
    assert (environments["other"].urn, environments["other"].payload) == (python_urns.SUBPROCESS_SDK,
                                                                          b"/opt/my_worker --flag")


def _pid(_):
    return os.getpid()


def _two_worker_options():
    return PipelineOptions(TWO)


def _within(pids):
    def check(found):
        assert found and set(found) <= pids, (found, pids)
    return check


def test_the_runner_takes_the_workers_started_early():
    from apache_beam.testing.util import assert_that
    from pipeline.runners import in_process_runner
    started = local_workers.start_early(TWO)
    waiting = list(local_workers._waiting)
    try:
        options = _two_worker_options()
        with beam.Pipeline(runner=in_process_runner(options), options=options) as p:
            pids = p | beam.Create(range(40)) | beam.Reshuffle() | beam.Map(_pid) | beam.Distinct()
            assert_that(pids, _within({w.pid for w in waiting}))   # every element handled by one of them
    finally:
        local_workers.discard()
    assert started == 2
    assert local_workers._waiting == []   # both taken
    assert [w.wait(timeout=120) for w in waiting] == [0, 0]


class _Fails(beam.DoFn):
    def process(self, x):
        raise ValueError("made to fail")


def test_a_failed_run_leaves_no_worker_started_early_alive():
    from pipeline.runners import in_process_runner
    local_workers.start_early(TWO)
    waiting = list(local_workers._waiting)
    try:
        options = _two_worker_options()
        with pytest.raises(Exception, match="made to fail"):
            with beam.Pipeline(runner=in_process_runner(options), options=options) as p:
                _ = p | beam.Create(range(4)) | beam.Reshuffle() | beam.ParDo(_Fails())
    finally:
        local_workers.discard()
    for process in waiting:
        process.wait(timeout=120)   # ended (a hang fails the test by its timeout, never by a time measured)
    assert all(process.poll() is not None for process in waiting)


def _workers_in(folder: Path) -> list:
    """Processes running pipeline/beam_worker.py with `folder` as their working directory."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if "pipeline.beam_worker" in (entry / "cmdline").read_bytes().decode(errors="replace") and \
                    os.readlink(entry / "cwd") == str(folder):
                found.append(int(entry.name))
        except OSError:
            pass
    return found


@pytest.mark.skipif(not Path("/proc/self/cwd").exists(), reason="needs /proc")
def test_a_run_refused_after_its_workers_started_leaves_none_behind(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pipeline.run", "--input", str(tmp_path / "no_such_feed.jsonl"),
                           "--output", str(tmp_path / "out"), *TWO], cwd=tmp_path, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=300)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "no_such_feed" in done.stderr
    assert _workers_in(tmp_path) == []


def test_a_waiting_worker_leaves_when_its_stdin_ends():
    worker = subprocess.run([sys.executable, "-m", "pipeline.beam_worker", "--await_job"], input=b"",
                            capture_output=True, env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=300)
    assert worker.returncode == 0, worker.stderr[-2000:]


def test_a_waiting_worker_runs_the_harness_in_the_environment_it_is_handed(tmp_path):
    script = tmp_path / "worker.py"
    script.write_text(
        "import os, runpy, sys\n"
        "from apache_beam.runners.worker import sdk_worker_main\n"
        "def harness(argv):\n"
        "    print(os.environ['CONTROL_API_SERVICE_DESCRIPTOR'], 'spacy' in sys.modules, argv[1:])\n"
        "sdk_worker_main.main = harness\n"
        "sys.argv = ['beam_worker', '--await_job']\n"
        "runpy.run_module('pipeline.beam_worker', run_name='__main__')\n")
    worker = subprocess.run([sys.executable, str(script)], input=json.dumps({"CONTROL_API_SERVICE_DESCRIPTOR":
                            "url: 'localhost:1'"}).encode() + b"\n", capture_output=True,
                            env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=300)
    assert worker.returncode == 0, worker.stderr[-2000:]
    assert worker.stdout.decode().splitlines() == ["url: 'localhost:1' True []"]
