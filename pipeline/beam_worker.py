"""A worker process of the local runner's several-process mode (`--direct_num_workers N --direct_running_mode
multi_processing`): Beam's SDK harness, as `python -m apache_beam.runners.worker.sdk_worker_main` runs it, with the
harness's imports (Beam, gRPC, protobuf: ~1,270 modules) made while the garbage collector is paused and then moved
out of its sight, as `python -m pipeline.run` does with the launching process's modules.

With the collector on, the objects those imports make set off collections that walk them again and again (~0.1
CPU s of every worker's start-up), and every full collection after that walks them once more. pipeline/runners.py
has the local runner start this module where it would start Beam's.

    python -m pipeline.beam_worker      (started by the runner, never by hand)
"""
from __future__ import annotations

import gc
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


if __name__ == "__main__":
    main(sys.argv)
