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

    python -m pipeline.beam_worker [--await_job]     (started by the runner or pipeline/local_workers.py, never by hand)
"""
from __future__ import annotations

import gc
import importlib
import json
import os
import sys

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


def leave() -> None:
    """End the process now, its output flushed, without the interpreter's teardown."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    if "--await_job" in sys.argv[1:]:
        await_job(sys.argv)
    else:
        main(sys.argv)
    leave()
