"""The worker processes of a local run in several processes (`--direct_num_workers N --direct_running_mode
multi_processing`): what they are started as, and when. This module owns their start, on both sides: the launching
process's, and that of the process the workers are forked from.

Beam's local runner (FnApiRunner) starts its workers when the job's first step runs, after the launching process
has imported Beam and the job's modules and built the graph (~0.9 CPU s); each worker then imports Beam's harness
and the job's modules (~1.5 CPU s) and, when the analysis step is set up, loads the spaCy pipeline, the recogniser's
gazetteer phrases and the gazetteer snapshot (~1.8 CPU s): every worker paid the same ~3.3 CPU s again, on a
machine whose two cores the job's two workers already fill.

**Loaded once, then forked (Linux).** `python -m pipeline.run` starts ONE process first thing (`start_early`, before
its own imports): `python -m pipeline.beam_worker --fork_parent FD ARGS` (`beam_worker.serve_forks`). It imports the harness and
the job's modules, reads the job's options from the same command line and loads what the analysis step's loaders
load on a worker into their per-process cache (`pipeline.loaders.preload`), each object made with the garbage
collector paused and then frozen (`gc.freeze`: no collection ever walks, and so writes to, their pages), while the
launching process builds the graph. It starts no thread and opens no gRPC channel. When the runner asks for a
worker, its handler (`PRESTARTED_URN`, the environment `start_own_workers` gives the graph) writes the environment
Beam would have started a worker with (the control and logging addresses, the job's options, the worker's id) as
one JSON line to that process's stdin; the process forks a child (`os.fork`), which takes that environment and runs
Beam's harness as a started worker does (pipeline/beam_worker.py). The job's loaders, unpickled from the graph in
the child, find what was loaded ahead under their keys (their paths and names) and take it instead of loading it.
The children share the loaded pages with their parent and with each other until one of them writes to a page
(copy-on-write). The parent reports on a pipe of its own (FD) `started PID` or `failed` for each request and
`ended PID CODE` for each child that said it leaves or that it has reaped (it watches each child through a
pidfd); the handler holds a `ForkedWorker`, which answers the runner as a `subprocess.Popen` would (wait, poll,
kill, returncode).

**Elsewhere** (no `os.fork` or `os.pidfd_open`, not Linux), each of the N workers is started first as its own
process (`python -m pipeline.beam_worker --await_job`), imports the harness and the job's modules and waits for
its environment on its stdin; the handler takes a waiting process and writes it that line. In both ways the same
harness runs the same steps: nothing in the output changes, only when (and how often) the imports and loads are
made. With none waiting (`run()` called from Python, a runner that wants more), the handler starts a worker as
Beam does.

**The launching process meanwhile.** The fork parent's imports and loads (~2.7 CPU s) come before any worker
exists, while the launching process has its graph after ~1.1 CPU s and then waited, one core idle. So the steps the
analysis needs first (reading the feed, removing its duplicates, keying the batches: every stage that makes an
input or a side input of the stage holding the job's step that loads the models, and theirs; `run_ahead_here`,
named by pipeline/run.py) run in the launching process itself, in Beam's embedded environment as a 1-worker run
does, while the parent loads: they need nothing it loads, and on the workers each was a round trip to both. The
workers' first step is the analysis; its batches reach them by the same grouping, split between them as before.

**The end.** Beam's runner closes its workers one after another and waits for each process to end, and the kernel
takes ~0.1 s to tear down a process of ~1 GB. Here a worker's handler closes its connections and only notes the
thread that waits for it; when the runner's stages are done, `workers_done` waits for all of them at once, then
closes the fork parent's stdin, so that it ends while the launching process writes the summary and publishes. A
forked child says it leaves (its exit code, on a pipe to the fork parent) just before it exits, and the parent
reports its end then, not once the kernel has torn it down; the parent still reaps every child before it leaves.

No process is left behind: the fork parent and a waiting process read the end of their stdin as soon as their
launching process is gone (an error, Ctrl-C, a kill: the pipe closes with the process) and leave; the fork parent
first kills the children it still has, and a child dies with its parent (`PR_SET_PDEATHSIG`) if that one is killed
outright. `discard`, at the end of `pipeline.run.main`, ends the waiting processes no runner took and closes the
fork parent's stdin (a run refused, a run done) and waits for it. A process the runner took is the runner's, as a
worker Beam starts is: the runner waits for it (`workers_done`), and kills it if it is still running when its run
ends.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import functools
import json
import os
import signal
import subprocess
import sys
import threading
from typing import Optional

LOCAL_RUNNER_NAMES = {None, "", "direct", "directrunner", "fnapirunner", "bundlebaseddirectrunner"}
BEAM_WORKER_MODULE = "apache_beam.runners.worker.sdk_worker_main"
OWN_WORKER_MODULE = "pipeline.beam_worker"
AWAIT_JOB = "--await_job"
FORK_PARENT = "--fork_parent"
PRESTARTED_URN = "newsnorm:env:prestarted_subprocess:v1"   # a subprocess environment whose workers may be waiting

_waiting: list[subprocess.Popen] = []
_lock = threading.Lock()
_fork_parent: Optional["ForkParent"] = None
_stopping: list = []   # the handlers of the workers whose connections were closed, waited for by `workers_done`


def workers_to_start(argv: list) -> int:
    """How many worker processes the local runner will start for this command line: N for a local batch run with
    `--direct_num_workers N --direct_running_mode multi_processing` (N = 0: one per core), else 0. Read without
    Beam (which is not imported yet); a command line it misjudges costs time, never a result: processes no runner
    takes are discarded, and a runner that finds none waiting starts its own."""
    parser = _QuietParser(add_help=False, allow_abbrev=False)   # Beam's parser takes no abbreviations either
    parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("--runner")
    parser.add_argument("--streaming", action="store_true")
    parser.add_argument("--direct_num_workers", type=int, default=1)
    parser.add_argument("--direct_running_mode", default="in_memory")
    try:
        known, _ = parser.parse_known_args(argv)
    except ValueError:   # a bad value or a missing one: pipeline.run says so, and needs no worker
        return 0
    if known.help or known.streaming or (known.runner or "").lower() not in LOCAL_RUNNER_NAMES:
        return 0
    if known.direct_running_mode != "multi_processing" or known.direct_num_workers < 0:
        return 0
    return known.direct_num_workers or os.cpu_count() or 1


class _QuietParser(argparse.ArgumentParser):
    def error(self, message):   # raise, instead of printing a usage of its own and exiting
        raise ValueError(message)


def forking_is_safe() -> bool:
    """Can the workers be forked from one loaded process here (Linux, with `os.fork` and `os.pidfd_open`)?"""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and hasattr(os, "pidfd_open")


def start_early(argv: list, fork: Optional[bool] = None) -> int:
    """Start what the worker processes this command line will need (`workers_to_start`) are made from: the one
    process they are forked from once it has loaded what they need (`fork`, default `forking_is_safe()`), else each
    worker as a process that imports what a worker needs and waits to be handed its job. Returns how many workers
    were provided for (0: none started)."""
    global _fork_parent
    needed = workers_to_start(argv)
    if needed and _fork_parent is None and (forking_is_safe() if fork is None else fork):
        _fork_parent = ForkParent(argv)
        return needed
    for _ in range(needed):
        _waiting.append(subprocess.Popen([sys.executable, "-m", OWN_WORKER_MODULE, AWAIT_JOB], stdin=subprocess.PIPE))
    return needed


def own_worker_command() -> str:
    """The command of the environment whose workers a waiting process can be (`start_own_workers`)."""
    return f"{sys.executable} -m {OWN_WORKER_MODULE}"


def started_worker(environment: dict):
    """A worker started early, running Beam's harness under `environment`: forked from the loaded process, or a
    waiting process handed the environment; None when there is none (the caller starts one as Beam does)."""
    parent = _fork_parent
    if parent is not None:
        return parent.fork(environment)
    process = take()
    return process if process is not None and hand_job(process, environment) else None


def take() -> Optional[subprocess.Popen]:
    """A started process still waiting for its job, or None."""
    with _lock:
        while _waiting:
            process = _waiting.pop(0)
            if process.poll() is None:
                return process
            process.wait()
    return None


def hand_job(process: subprocess.Popen, environment: dict) -> bool:
    """Send a waiting worker the environment it runs the harness with; False if it is gone."""
    try:
        process.stdin.write(json.dumps(environment).encode("utf-8") + b"\n")
        process.stdin.close()
        return True
    except OSError:   # it has ended (a broken pipe)
        process.wait()
        return False


def discard() -> None:
    """End the started processes that no runner took (they hold nothing but their imports), and the process the
    workers were forked from (with any child of it still running: a run that failed)."""
    global _fork_parent
    with _lock:
        left, _waiting[:] = list(_waiting), []
        parent, _fork_parent = _fork_parent, None
    for process in left:
        process.stdin.close()
        process.terminate()
        process.wait()
    if parent is not None:
        parent.close()


def start_own_workers(pipeline_proto) -> int:
    """Have each subprocess environment of the graph that starts Beam's worker module (`python -m
    apache_beam.runners.worker.sdk_worker_main`, what the FnApiRunner sets for `--direct_running_mode
    multi_processing`) start pipeline/beam_worker.py instead (the same harness, its imports out of the garbage
    collector's way), handled by `PRESTARTED_URN`'s handler: a process started early, else one started as Beam
    would. Returns how many environments were changed; any other environment is left as it is."""
    from apache_beam.portability import python_urns
    changed = 0
    for environment in pipeline_proto.components.environments.values():
        if environment.urn != python_urns.SUBPROCESS_SDK:
            continue
        command = environment.payload.decode("utf-8")
        if command.endswith(" -m " + BEAM_WORKER_MODULE):
            environment.payload = (command[:-len(BEAM_WORKER_MODULE)] + OWN_WORKER_MODULE).encode("utf-8")
            environment.urn = PRESTARTED_URN
            changed += 1
    if changed:
        _register_handler()
    return changed


@functools.lru_cache(maxsize=1)
def _register_handler() -> None:
    """Register the worker handler of `PRESTARTED_URN` with Beam's FnApiRunner: Beam's handler of a subprocess
    environment, whose worker is a waiting process when there is one."""
    from apache_beam.runners.portability import local_job_service
    from apache_beam.runners.portability.fn_api_runner import worker_handlers

    @worker_handlers.WorkerHandler.register_environment(PRESTARTED_URN, bytes)
    class PrestartedWorkerHandler(worker_handlers.SubprocessSdkWorkerHandler):
        def start_worker(self):
            self.worker = PrestartedWorker(self._worker_command_line, self.control_address, self.provision_info,
                                           self.worker_id)
            self.worker_thread = threading.Thread(name="run_worker", target=self.worker.run)
            self.worker_thread.start()

        def stop_worker(self):
            """Its connections are closed (the harness finishes): waited for with the others (`workers_done`)."""
            with _lock:
                _stopping.append(self)

    class PrestartedWorker(local_job_service.SubprocessSdkWorker):
        abandoned = False   # its run failed: it is not started, or is ended (`abandon`)
        process = None

        def abandon(self):
            self.abandoned = True
            if self.process is not None and self.process.poll() is None:
                self.process.kill()

        def run(self):
            """Beam's `SubprocessSdkWorker.run` (2.77), the process one started early if there is one."""
            import grpc
            from google.protobuf import json_format, text_format
            from apache_beam.portability.api import beam_fn_api_pb2_grpc, endpoints_pb2
            from apache_beam.utils import thread_pool_executor

            options = [("grpc.http2.max_pings_without_data", 0), ("grpc.http2.max_ping_strikes", 0)]
            logging_server = grpc.server(thread_pool_executor.shared_unbounded_instance(), options=options)
            logging_port = logging_server.add_insecure_port("[::]:0")
            logging_server.start()
            beam_fn_api_pb2_grpc.add_BeamFnLoggingServicer_to_server(
                local_job_service.BeamFnLoggingServicer(), logging_server)
            logging_descriptor = text_format.MessageToString(
                endpoints_pb2.ApiServiceDescriptor(url="localhost:%s" % logging_port))
            control_descriptor = text_format.MessageToString(
                endpoints_pb2.ApiServiceDescriptor(url=self._control_address))
            pipeline_options = json_format.MessageToJson(self._provision_info.provision_info.pipeline_options)
            env_dict = dict(os.environ, CONTROL_API_SERVICE_DESCRIPTOR=control_descriptor,
                            LOGGING_API_SERVICE_DESCRIPTOR=logging_descriptor, PIPELINE_OPTIONS=pipeline_options)
            if self._worker_id:
                env_dict["WORKER_ID"] = self._worker_id
            p = started_worker(env_dict) if self._worker_command_line == own_worker_command() else None
            if p is None and not self.abandoned:
                with worker_handlers.SUBPROCESS_LOCK:
                    p = subprocess.Popen(self._worker_command_line, shell=True, env=env_dict)
            self.process = p
            try:
                if p is not None:
                    if self.abandoned:
                        p.kill()
                    p.wait()
                    if p.returncode and not self.abandoned:
                        raise RuntimeError("Worker subprocess exited with return code %s" % p.returncode)
            finally:
                if p is not None and p.poll() is None:
                    p.kill()
                logging_server.stop(0)


def workers_done(failed: bool = False) -> None:
    """At the end of the local runner's stages (their connections closed): wait for every worker at once, then let
    the fork parent leave (its stdin closed) while this process finishes the run; `discard` waits for it. After a
    failed run every worker and the fork parent are ended first: one still to be forked, or to connect, would wait
    for a runner that has gone (a step run ahead here can fail before the workers exist)."""
    with _lock:
        stopping, _stopping[:] = list(_stopping), []
        parent = _fork_parent
    if failed:
        for handler in stopping:
            handler.worker.abandon()
        if parent is not None:
            parent.process.kill()   # its children die with it (PR_SET_PDEATHSIG)
    for handler in stopping:
        handler.worker_thread.join()
    if parent is not None:
        parent.release()


def run_ahead_here(stage_context, stages, ahead_of: Optional[str]) -> int:
    """Have the stages that the stage holding the step labelled `ahead_of` needs first (the producers of its inputs
    and side inputs, and theirs) run in this process (Beam's embedded environment) when the graph's workers are
    started early (`PRESTARTED_URN`), so that they run while those start; `stages` as the FnApiRunner made them
    (their environments changed in place). Returns how many stages were moved."""
    from apache_beam.portability import python_urns
    from apache_beam.runners.portability.fn_api_runner.translations import create_buffer_id
    from apache_beam.runners.worker.bundle_processor import DATA_INPUT_URN, DATA_OUTPUT_URN
    environments = stage_context.components.environments
    target = next((stage for stage in stages if any(t.unique_name == ahead_of or t.unique_name.startswith(
        f"{ahead_of}/") for t in stage.transforms)), None) if ahead_of else None
    if target is None or not target.environment or environments[target.environment].urn != PRESTARTED_URN:
        return 0
    made_by, needs = {}, {}   # buffer id: the stage writing it; stage name: the buffers it reads
    for stage in stages:
        needs[stage.name] = {create_buffer_id(pcoll) for pcoll in stage.side_inputs()}
        for transform in stage.transforms:
            if transform.spec.urn == DATA_OUTPUT_URN:
                made_by[transform.spec.payload] = stage
            elif transform.spec.urn == DATA_INPUT_URN:
                needs[stage.name].add(transform.spec.payload)
    ahead, wanted = {}, list(needs[target.name])
    while wanted:
        stage = made_by.get(wanted.pop())
        if stage is not None and stage.name not in ahead:
            ahead[stage.name] = stage
            wanted.extend(needs[stage.name])
    if ahead:
        here = "newsnorm_launching_process"
        environments[here].urn = python_urns.EMBEDDED_PYTHON
        for stage in ahead.values():
            stage.environment = here
    return len(ahead)


# ---------------------------------------------------------------------------
# The launching process's side of the fork parent
# ---------------------------------------------------------------------------

class ForkParent:
    """The process the workers are forked from (`serve_forks`), as the launching process sees it: its stdin, on
    which each worker's environment is written, and the reports it makes on a pipe, read by a thread started with
    the first request (none before: the launching process imports and builds the graph meanwhile)."""

    def __init__(self, argv: list, command: Optional[list] = None):
        """`command`: what runs `pipeline.beam_worker` (default `python -m pipeline.beam_worker`)."""
        reports, report_end = os.pipe()
        command = command or [sys.executable, "-m", OWN_WORKER_MODULE]
        try:
            self.process = subprocess.Popen([*command, FORK_PARENT, str(report_end), *argv], stdin=subprocess.PIPE,
                                            pass_fds=(report_end,))
        finally:
            os.close(report_end)
        self._reports = os.fdopen(reports, "rb")
        self._changed = threading.Condition()
        self._asked: collections.deque = collections.deque()   # ForkedWorkers waiting for their pid, in order
        self._running: dict = {}                               # pid: ForkedWorker
        self.forked: list = []                                 # every worker's pid, in order
        self._reader: Optional[threading.Thread] = None
        self.gone = False

    def fork(self, environment: dict) -> Optional["ForkedWorker"]:
        """A worker forked to run the harness under `environment`; None if the parent is gone or could not fork."""
        worker = ForkedWorker(self)
        with self._changed:
            if self.gone:
                return None
            try:
                self.process.stdin.write(json.dumps(environment).encode("utf-8") + b"\n")
                self.process.stdin.flush()
            except (OSError, ValueError):   # it has ended (a broken pipe), or was closed
                return None
            self._asked.append(worker)
            if self._reader is None:
                self._reader = threading.Thread(name="fork_parent_reports", target=self._read, daemon=True)
                self._reader.start()
            while worker.pid is None and not worker.failed:
                self._changed.wait()
        return None if worker.failed else worker

    def _read(self) -> None:
        for line in self._reports:
            kind, *values = line.decode("ascii").split()
            with self._changed:
                if kind == "started":
                    worker = self._asked.popleft()
                    worker.pid = int(values[0])
                    self._running[worker.pid] = worker
                    self.forked.append(worker.pid)
                elif kind == "failed":
                    self._asked.popleft().failed = True
                elif kind == "ended":
                    self._running.pop(int(values[0])).returncode = int(values[1])
                self._changed.notify_all()
        with self._changed:   # the parent is gone, and its children with it
            self.gone = True
            for worker in self._asked:
                worker.failed = True
            for worker in self._running.values():
                worker.returncode = -signal.SIGKILL
            self._changed.notify_all()

    def release(self) -> None:
        """Close its stdin: it kills any child still running, and leaves (`close` waits for it)."""
        with contextlib.suppress(OSError):
            self.process.stdin.close()

    def close(self) -> None:
        """Close its stdin (`release`) and wait for it. If it forked no worker (a run refused, or one that failed
        before its workers), it may still be loading: it is ended at once instead."""
        self.release()
        with self._changed:
            forked_none = not self.forked and not self._asked
        if forked_none:
            self.process.terminate()
        self.process.wait()


class ForkedWorker:
    """A worker forked by the fork parent, with what the runner's handler asks of a `subprocess.Popen`: whether
    and how it ended (reported by the parent that reaped it), and a kill."""

    def __init__(self, parent: ForkParent):
        self._parent = parent
        self.pid: Optional[int] = None
        self.failed = False
        self.returncode: Optional[int] = None

    def poll(self) -> Optional[int]:
        return self.returncode

    def wait(self) -> int:
        with self._parent._changed:
            while self.returncode is None:
                self._parent._changed.wait()
        return self.returncode

    def kill(self) -> None:
        if self.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
