"""A worker process of the local runner's several-process mode (`--direct_num_workers N --direct_running_mode
multi_processing`): Beam's SDK harness, as `python -m apache_beam.runners.worker.sdk_worker_main` runs it, with the
harness's imports (Beam, gRPC, protobuf: ~1,270 modules) made while the garbage collector is paused and then moved
out of its sight, as `python -m pipeline.run` does with the launching process's modules.

With the collector on, the objects those imports make set off collections that walk them again and again (~0.1
CPU s of every worker's start-up), and every full collection after that walks them once more. pipeline/runners.py
has the local runner start this module where it would start Beam's.

When the harness has finished (the runner closed its control channel: every bundle's output delivered, the log
handler closed), the process leaves at once (`os._exit`) instead of tearing its interpreter down: freeing spaCy's
models, the gazetteer and ~1,300 modules took a worker ~0.15-0.35 s of wall time, and the runner stops its workers
one after another, waiting for each process to end, at the very end of the job. A harness that failed raises as
before.

    python -m pipeline.beam_worker      (started by the runner, never by hand)
"""
from __future__ import annotations

import gc
import os
import sys


def main(argv) -> None:
    collecting = gc.isenabled()
    gc.disable()
    try:
        from apache_beam.runners.worker import sdk_worker_main
        from pipeline.loaders import long_lived
        long_lived(sys.modules)
    finally:
        if collecting:
            gc.enable()
    sdk_worker_main.main(argv)


def leave() -> None:
    """End the process now, its output flushed, without the interpreter's teardown."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv)
    leave()
