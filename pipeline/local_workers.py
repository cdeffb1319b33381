"""The worker processes of a local run in several processes (`--direct_num_workers N --direct_running_mode
multi_processing`): what they are started as, and when.

Beam's local runner (FnApiRunner) starts its workers when the job's first step runs, after the launching process
has imported Beam and the job's modules and built the graph (~0.9 CPU s with one core idle); each worker then
imports Beam's harness (~0.6 CPU s) before it can take a step, and spaCy and the analysis (~0.7 CPU s) when the
analysis step is set up. `python -m pipeline.run` therefore starts them itself, first thing (`start_early`, before
its own imports): each runs `python -m pipeline.beam_worker --await_job`, imports the harness, spaCy and the
analysis while the launching process builds the graph, and waits for one line on its stdin. When the runner asks
for a worker, its handler (`PRESTARTED_URN`, the environment `start_own_workers` gives the graph) takes a waiting
process and writes it the environment Beam would have started it with (the control and logging addresses, the
job's options, the worker's id); with none waiting it starts one as Beam does. The same harness then runs the same
steps: nothing in the output changes, only when the imports are made.

No process is left behind: a waiting process reads the end of its stdin as soon as its launching process is gone
(an error, Ctrl-C, a kill: the pipe closes with the process) and leaves; `discard` ends those no runner took, at the
end of `pipeline.run.main` (a run refused, a run that needed fewer). A process the runner took is the runner's, as
a worker Beam starts is.
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import threading
from typing import Optional

LOCAL_RUNNER_NAMES = {None, "", "direct", "directrunner", "fnapirunner", "bundlebaseddirectrunner"}
BEAM_WORKER_MODULE = "apache_beam.runners.worker.sdk_worker_main"
OWN_WORKER_MODULE = "pipeline.beam_worker"
AWAIT_JOB = "--await_job"
PRESTARTED_URN = "newsnorm:env:prestarted_subprocess:v1"   # a subprocess environment whose workers may be waiting

_waiting: list[subprocess.Popen] = []
_lock = threading.Lock()


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


def start_early(argv: list) -> int:
    """Start the worker processes this command line will need (`workers_to_start`), each importing what a worker
    needs and then waiting to be handed its job; returns how many were started."""
    for _ in range(workers_to_start(argv)):
        _waiting.append(subprocess.Popen([sys.executable, "-m", OWN_WORKER_MODULE, AWAIT_JOB], stdin=subprocess.PIPE))
    return len(_waiting)


def own_worker_command() -> str:
    """The command of the environment whose workers a waiting process can be (`start_own_workers`)."""
    return f"{sys.executable} -m {OWN_WORKER_MODULE}"


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
    """End the started processes that no runner took (they hold nothing but their imports)."""
    with _lock:
        left, _waiting[:] = list(_waiting), []
    for process in left:
        process.stdin.close()
        process.terminate()
        process.wait()


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

    class PrestartedWorker(local_job_service.SubprocessSdkWorker):
        def run(self):
            """Beam's `SubprocessSdkWorker.run` (2.77), the process a waiting one if there is one."""
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
            p = take() if self._worker_command_line == own_worker_command() else None
            if p is None or not hand_job(p, env_dict):
                with worker_handlers.SUBPROCESS_LOCK:
                    p = subprocess.Popen(self._worker_command_line, shell=True, env=env_dict)
            try:
                p.wait()
                if p.returncode:
                    raise RuntimeError("Worker subprocess exited with return code %s" % p.returncode)
            finally:
                if p.poll() is None:
                    p.kill()
                logging_server.stop(0)
