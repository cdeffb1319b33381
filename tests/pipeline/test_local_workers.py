"""The worker processes of a local run in several processes, started before the launching process builds the
graph (pipeline/local_workers.py, pipeline/beam_worker.py --await_job), or forked from one process that loaded what
they need (--fork_parent, on Linux), and that none is left behind."""
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline import local_workers
from pipeline.local_workers import PRESTARTED_URN, start_own_workers, workers_to_start

TWO = ["--direct_num_workers", "2", "--direct_running_mode", "multi_processing"]
REPO = Path(__file__).resolve().parents[2]
needs_fork = pytest.mark.skipif(not local_workers.forking_is_safe(), reason="workers are forked on Linux only")


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
    started = local_workers.start_early(TWO, fork=False)
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
    local_workers.start_early(TWO, fork=False)
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


# ---------------------------------------------------------------------------
# Forked from one loaded process (Linux)
# ---------------------------------------------------------------------------

@contextlib.contextmanager
def _forked_for_two():
    """The fork parent of a 2-worker run, started early; discarded at the end whatever the test does."""
    assert local_workers.start_early(TWO) == 2
    parent = local_workers._fork_parent
    try:
        yield parent
    finally:
        local_workers.discard()


def _parent_and_preloaded(_):
    from pipeline import loaders
    return os.getppid(), tuple(sorted(map(repr, loaders._PRELOADED)))


@needs_fork
def test_the_runner_takes_workers_forked_from_one_process_that_loaded_the_jobs_models():
    from apache_beam.testing.util import assert_that, equal_to
    from pipeline.loaders import GazetteerLoader, ParserLoader, RecogniserLoader
    from pipeline.runners import in_process_runner
    with _forked_for_two() as parent:
        options = _two_worker_options()
        with beam.Pipeline(runner=in_process_runner(options), options=options) as p:
            seen = p | beam.Create(range(40)) | beam.Reshuffle() | beam.Map(_parent_and_preloaded) | beam.Distinct()
            # every element handled in a child of that one process, which holds the default job's three loads
            # (this graph's steps take none of them)
            gaz = GazetteerLoader()
            loaded = tuple(sorted(repr(loader.key) for loader in (gaz, ParserLoader(), RecogniserLoader(None, gaz, 32))))
            assert_that(seen, equal_to([(parent.process.pid, loaded)]))
    assert len(parent.forked) == 2
    assert parent.process.returncode == 0
    assert local_workers._fork_parent is None


@needs_fork
def test_a_failed_run_leaves_no_forked_worker_alive():
    from pipeline.runners import in_process_runner
    with _forked_for_two() as parent:
        options = _two_worker_options()
        with pytest.raises(Exception, match="made to fail"):
            with beam.Pipeline(runner=in_process_runner(options), options=options) as p:
                _ = p | beam.Create(range(4)) | beam.Reshuffle() | beam.ParDo(_Fails())
    assert parent.forked and parent.process.returncode is not None
    # the fork parent was killed; its children die with it (PR_SET_PDEATHSIG), which the kernel does after it
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in parent.forked) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [pid for pid in parent.forked if _alive(pid)] == []


def test_a_job_that_loads_ahead_takes_what_was_loaded_once(monkeypatch):
    from pipeline import loaders
    made = []
    monkeypatch.setattr(loaders, "_PRELOADED", {("parser", "xx_model"): "parser loaded ahead"})
    monkeypatch.setattr(loaders.ParserLoader, "_load", lambda self: made.append(self.spacy_model) or "parser loaded")
    assert loaders.ParserLoader("other_model")() == "parser loaded"   # another key: loaded as before
    assert loaders.ParserLoader("xx_model")() == "parser loaded ahead"
    assert loaders.ParserLoader("xx_model")() == "parser loaded"      # handed once: a second asker loads its own
    assert made == ["other_model", "xx_model"]


def _alive(pid: int) -> bool:
    """Is `pid` a process that has not ended? A zombie has ended (nobody may be left to reap it here); a thread
    that took the number after the process was reaped (/proc shows threads by their ids too, and ids come round
    again on a busy machine) is no such process."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return int(fields["Tgid"]) == pid and not fields["State"].strip().startswith("Z")


_STAND_IN_HARNESS = """
import sys, time
from apache_beam.runners.worker import sdk_worker_main
from pipeline import beam_worker
def harness(argv):   # a worker that runs until it is ended
    time.sleep(3600)
sdk_worker_main.main = harness
beam_worker.preload_job = lambda argv: False
beam_worker.serve_forks(int(sys.argv[2]), sys.argv[3:])   # as `python -m pipeline.beam_worker --fork_parent FD ARGS`
"""

_LAUNCHER = """
import json, sys, time
from pipeline.local_workers import ForkParent
parent = ForkParent([], command=[sys.executable, sys.argv[1]])
workers = [parent.fork({"PATH": "/usr/bin:/bin", "PYTHONPATH": sys.argv[2]}) for _ in range(2)]
print(json.dumps([parent.process.pid, *[w.pid for w in workers]]), flush=True)
time.sleep(3600)
"""


@needs_fork
def test_a_run_that_forked_no_worker_ends_the_fork_parent_without_waiting_for_its_loads(tmp_path):
    import threading
    from pipeline.local_workers import ForkParent
    (tmp_path / "worker.py").write_text(_STAND_IN_HARNESS.replace("lambda argv: False", "lambda argv: time.sleep(3600)"))
    parent = ForkParent([], command=[sys.executable, str(tmp_path / "worker.py")])
    closing = threading.Thread(target=parent.close, daemon=True)
    closing.start()
    closing.join(timeout=120)   # a hang fails the test; no time is measured
    alive = closing.is_alive()
    if alive:
        parent.process.kill()
    assert not alive and parent.process.returncode == -signal.SIGTERM


@needs_fork
@pytest.mark.parametrize("ending", ["SIGKILL of the launching process", "Ctrl-C", "SIGKILL of the fork parent"])
def test_no_forked_worker_outlives_its_launching_process(tmp_path, ending):
    (tmp_path / "worker.py").write_text(_STAND_IN_HARNESS)
    (tmp_path / "launcher.py").write_text(_LAUNCHER)
    launcher = subprocess.Popen([sys.executable, str(tmp_path / "launcher.py"), str(tmp_path / "worker.py"), str(REPO)],
                                stdout=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(REPO)),
                                start_new_session=True)
    try:
        pids = json.loads(launcher.stdout.readline())
        fork_parent, workers = pids[0], pids[1:]
        assert len(workers) == 2 and all(_alive(pid) for pid in pids)
        if ending == "Ctrl-C":
            os.killpg(launcher.pid, signal.SIGINT)
        else:
            os.kill(fork_parent if ending == "SIGKILL of the fork parent" else launcher.pid, signal.SIGKILL)
        if ending != "SIGKILL of the fork parent":
            launcher.wait(timeout=120)
        deadline = time.monotonic() + 120   # a hang fails the test; no time is measured
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [pid for pid in workers if _alive(pid)] == []
    finally:
        if launcher.poll() is None:
            launcher.kill()
        launcher.wait()


# ---------------------------------------------------------------------------
# The launching process's own steps while the workers start, and the end of a run
# ---------------------------------------------------------------------------

def _job_stages(tmp_path, workers_started_early: bool):
    """The job's stages as the local runner makes them, with its workers started early or run in this process."""
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.transforms import environments
    from pipeline.options import NewsnormOptions
    from pipeline.run import build_pipeline
    from pipeline.runners import beam_pipeline
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "Made-up text."}\n')
    options = PipelineOptions(["--input", str(feed), "--output", str(tmp_path / "out")])
    with beam_pipeline(options=options) as p:
        build_pipeline(p, options.view_as(NewsnormOptions), str(tmp_path / "staging"))
        worker = environments.SubprocessSDKEnvironment.from_command_string(
            f"{sys.executable} -m {local_workers.BEAM_WORKER_MODULE}")
        proto = p.to_runner_api(default_environment=worker if workers_started_early else None)
    if workers_started_early:
        start_own_workers(proto)
    return fn_runner.FnApiRunner().create_stages(proto)


def test_the_steps_before_the_analysis_run_in_the_launching_process_while_the_workers_start(tmp_path):
    from apache_beam.portability import python_urns
    from pipeline.run import LOADS_MODELS
    context, stages = _job_stages(tmp_path, workers_started_early=True)
    assert local_workers.run_ahead_here(context, stages, LOADS_MODELS) > 0
    environments = context.components.environments
    here = [s.name for s in stages if environments[s.environment].urn == python_urns.EMBEDDED_PYTHON]
    analysis = next(i for i, s in enumerate(stages) if "AnalyseArticles/BatchArticles/GroupForBatching/Read" in s.name)
    assert here == [s.name for s in stages[:analysis]]   # reading the feed, its duplicates, the batches' keys
    assert all("ReadArticles" in name for name in here)
    assert {environments[s.environment].urn for s in stages[analysis:] if s.environment} == {PRESTARTED_URN}


def test_a_run_in_one_process_has_no_steps_to_move(tmp_path):
    from pipeline.run import LOADS_MODELS
    context, stages = _job_stages(tmp_path, workers_started_early=False)
    before = [s.environment for s in stages]
    assert local_workers.run_ahead_here(context, stages, LOADS_MODELS) == 0
    assert [s.environment for s in stages] == before


def _with_pid(x):
    return x % 4, os.getpid()


def _parent_pid(_):
    return os.getppid()


@needs_fork
def test_the_launching_process_runs_the_steps_ahead_and_the_workers_the_rest_then_all_are_ended():
    from apache_beam.testing.util import assert_that, equal_to
    from pipeline.runners import in_process_runner
    with _forked_for_two() as parent:
        options = _two_worker_options()
        with beam.Pipeline(runner=in_process_runner(options, ahead_of="Loads"), options=options) as p:
            keyed = p | beam.Create(range(40)) | "Ahead" >> beam.Map(_with_pid) | beam.GroupByKey()
            ahead = keyed | beam.FlatMap(lambda kv: kv[1]) | "AheadPids" >> beam.Distinct()
            loads = keyed | "Loads" >> beam.Map(_parent_pid) | "LoadsParents" >> beam.Distinct()
            assert_that(ahead, equal_to([os.getpid()]), label="ahead")   # made in this, the launching process
            assert_that(loads, equal_to([parent.process.pid]), label="loads")   # in children of the fork parent
        # the run is over: every worker it took has ended, and the fork parent was told to leave (before `discard`)
        assert len(parent.forked) == 2 and parent._running == {}
        assert parent.process.stdin.closed
    assert parent.process.returncode == 0


_LINGERING_CHILD = """
import os, sys, time
from apache_beam.runners.worker import sdk_worker_main
from pipeline import beam_worker
sdk_worker_main.main = lambda argv: None            # a harness that has finished at once
beam_worker.preload_job = lambda argv: False
os._exit = lambda code: time.sleep(3600)            # ... in a child that then lingers, as the kernel's teardown does
beam_worker.serve_forks(int(sys.argv[2]), sys.argv[3:])
"""


@needs_fork
def test_a_forked_workers_end_is_reported_when_it_says_it_leaves_and_it_is_reaped_all_the_same(tmp_path):
    import threading
    from pipeline.local_workers import ForkParent
    (tmp_path / "worker.py").write_text(_LINGERING_CHILD)
    parent = ForkParent([], command=[sys.executable, str(tmp_path / "worker.py")])
    try:
        worker = parent.fork({"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
        ended = []
        waiting = threading.Thread(target=lambda: ended.append(worker.wait()), daemon=True)
        waiting.start()
        waiting.join(timeout=120)   # a hang fails the test; no time is measured
        assert ended == [0] and _alive(worker.pid)   # reported from its word, before it is gone
    finally:
        parent.close()
    assert not _alive(worker.pid) and parent.process.returncode == 0


@needs_fork
@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")   # a worker that failed on its own
def test_a_run_that_fails_in_a_step_run_ahead_ends_the_workers_it_asked_for():
    from pipeline.runners import in_process_runner
    with _forked_for_two() as parent:
        options = _two_worker_options()
        with pytest.raises(Exception, match="made to fail"):   # while the fork parent still loads: no worker yet
            with beam.Pipeline(runner=in_process_runner(options, ahead_of="Loads"), options=options) as p:
                _ = (p | beam.Create(range(4)) | "Ahead" >> beam.ParDo(_Fails()) | beam.GroupByKey()
                     | "Loads" >> beam.Map(_pid))
    assert parent.process.returncode is not None
    assert [pid for pid in parent.forked if _alive(pid)] == []
