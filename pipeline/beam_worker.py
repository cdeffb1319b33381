"""A worker process of the local runner's several-process mode (`--direct_num_workers N --direct_running_mode
multi_processing`): Beam's SDK harness, as `python -m apache_beam.runners.worker.sdk_worker_main` runs it, with the
harness's imports (Beam, gRPC, protobuf: ~1,270 modules) made while the garbage collector is paused and then moved
out of its sight, as `python -m pipeline.run` does with the launching process's modules.

With the collector on, the objects those imports make set off collections that walk them again and again (~0.1
CPU s of every worker's start-up), and every full collection after that walks them once more. pipeline/runners.py
has the local runner start this module where it would start Beam's.

Started early (`--await_job`, by pipeline/local_workers.py before the launching process has built the graph), it
also imports what the job's analysis step imports on a worker (spaCy among it: `JOB_MODULES`), then waits for one
line on its stdin: the environment Beam would have started it with (JSON), under which it runs the harness. If its
stdin ends instead (its launching process gone, or done without it), it leaves.

When the harness has finished (the runner closed its control channel: every bundle's output delivered, the log
handler closed), the process leaves at once (`os._exit`) instead of tearing its interpreter down: freeing spaCy's
models, the gazetteer and ~1,300 modules took a worker ~0.15-0.35 s of wall time, and the runner stops its workers
one after another, waiting for each process to end, at the very end of the job. A harness that failed raises as
before.

On Linux the workers of `python -m pipeline.run` are forked instead from one process that has made those imports
and loaded what the job's analysis step loads (`--fork_parent FD ARGS`: `serve_forks`; the design, and the launching
process's side, in pipeline/local_workers.py); each child runs `main` here.

    python -m pipeline.beam_worker [--await_job | --fork_parent FD ARGS]
                                   (started by the runner or pipeline/local_workers.py, never by hand)
"""
from __future__ import annotations

import contextlib
import gc
import importlib
import json
import os
import select
import signal
import sys
import traceback
from typing import Optional

HARNESS = "apache_beam.runners.worker.sdk_worker_main"
# what the analysis step imports on a worker (transforms/analyse_step.py: the analysis, and spaCy with the recogniser)
JOB_MODULES = ("transforms.analyse", "transforms.recognise")


def import_long_lived(modules) -> None:
    """Import `modules` with the garbage collector paused, then move every object made so far out of its sight."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        for name in modules:
            importlib.import_module(name)
        from pipeline.loaders import long_lived
        long_lived(sys.modules)
    finally:
        if collecting:
            gc.enable()


def main(argv) -> None:
    import_long_lived([HARNESS])
    from apache_beam.runners.worker import sdk_worker_main
    sdk_worker_main.main(argv)


def await_job(argv) -> bool:
    """Import the harness and the job's modules, then run the harness under the environment read from stdin;
    False (nothing run) if stdin ends first."""
    try:
        import_long_lived([HARNESS, *JOB_MODULES])
        line = sys.stdin.buffer.readline()
    except KeyboardInterrupt:   # Ctrl-C reaches the launching process's whole group: it ends the run
        return False
    if not line.strip():
        return False
    os.environ.clear()
    os.environ.update(json.loads(line))
    main([arg for arg in argv if arg != "--await_job"])
    return True


_PR_SET_PDEATHSIG = 1   # prctl(2)


def serve_forks(report_fd: int, argv: list) -> None:
    """Import what a worker imports, load what the job's analysis step loads (`preload_job`), then fork a worker for
    each environment read from stdin (one JSON line each), reporting on `report_fd` (a child's end as soon as it says
    it leaves, else when it is reaped), until stdin ends; then kill any child still running (its launching process is
    gone), reap every child, and return."""
    reports = os.fdopen(report_fd, "wb", buffering=0)
    leaving, leaving_end = os.pipe()   # each child writes "PID CODE" on it as it leaves (`_fork_worker`)
    children: dict = {}   # pidfd: pid
    reported: set = set()   # children whose end was reported from their own word, not yet reaped
    try:
        import_long_lived([HARNESS, *JOB_MODULES])
        preload_job(argv)
        pending = left = b""
        while True:
            ready, _, _ = select.select([0, leaving, *children], [], [])
            if leaving in ready:   # a child's work is done: reported now, not after the kernel has torn it down
                left += os.read(leaving, 1 << 16)
                while b"\n" in left:
                    line, left = left.split(b"\n", 1)
                    pid, code = map(int, line.split())
                    if pid in children.values() and pid not in reported:
                        reported.add(pid)
                        reports.write(f"ended {pid} {code}\n".encode("ascii"))
            for pidfd in [fd for fd in ready if fd in children]:
                pid = children.pop(pidfd)
                os.close(pidfd)
                _, status = os.waitpid(pid, 0)
                if pid in reported:
                    reported.discard(pid)
                else:   # it ended without a word (killed)
                    reports.write(f"ended {pid} {os.waitstatus_to_exitcode(status)}\n".encode("ascii"))
            if 0 not in ready:
                continue
            chunk = os.read(0, 1 << 16)
            if not chunk:
                return
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                pid = _fork_worker(json.loads(line), [report_fd, leaving, *children], leaving_end)
                if pid is None:
                    reports.write(b"failed\n")
                    continue
                children[os.pidfd_open(pid)] = pid
                reports.write(f"started {pid}\n".encode("ascii"))
    except KeyboardInterrupt:   # Ctrl-C reaches the launching process's whole group: it ends the run
        pass
    finally:
        for pidfd, pid in children.items():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(pidfd)


def preload_job(argv: list) -> bool:
    """Load ahead what the analysis step of the job of `argv` loads on a worker (`pipeline.loaders.preload`); False
    if that failed (the workers then load it themselves, as they would have, and say why if it fails there)."""
    try:
        from pipeline.loaders import preload
        from pipeline.options import JobOptions, NewsnormOptions
        opts = JobOptions(argv).view_as(NewsnormOptions)
        preload(opts.spacy_model, opts.gazetteer, opts.gazetteer_extra, opts.batch_size)
        return True
    except Exception:  # noqa: BLE001 - loading ahead only saves time
        return False


def _fork_worker(environment: dict, inherited_fds: list, leaving_fd: int) -> Optional[int]:
    """Fork a child that runs Beam's harness under `environment`, writes "PID CODE" on `leaving_fd` and exits (the
    kernel's teardown of a process of ~1 GB takes ~0.1 s more: its parent need not wait for it to report the end); its
    pid (None if fork failed)."""
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid:
        return pid
    code = 1
    try:   # the child: never returns into the parent's loop
        for fd in inherited_fds:
            os.close(fd)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        _die_with_parent(parent)
        os.environ.clear()
        os.environ.update(environment)
        main([sys.argv[0]])
        code = 0
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    except BaseException:  # noqa: BLE001 - said on stderr, as a worker's error; the exit code tells the runner
        traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        with contextlib.suppress(OSError):
            os.write(leaving_fd, f"{os.getpid()} {code}\n".encode("ascii"))
        os._exit(code)


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent ends (Linux's PR_SET_PDEATHSIG); if it has already ended,
    end now."""
    import ctypes
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def leave() -> None:
    """End the process now, its output flushed, without the interpreter's teardown."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--fork_parent"]:   # the process the workers are forked from (pipeline/local_workers.py)
        serve_forks(int(sys.argv[2]), sys.argv[3:])
    elif "--await_job" in sys.argv[1:]:
        await_job(sys.argv)
    else:
        main(sys.argv)
    leave()
