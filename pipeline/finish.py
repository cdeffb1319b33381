"""After the job: account for every record, then write summary.json and the report.

`finish_run()` runs once the pipeline has finished, before anything is
published: it reconciles the run (processed + dead-lettered + duplicates =
records read, pipeline/reconcile.py; a run that does not balance raises
`ReconciliationError` and is not published), summarises the staged tables
(pipeline/summary.py) and builds the report (pipeline/report.py) into the
staging folder, so that they are published with the tables.
"""
from __future__ import annotations

import json
import logging
import os

from pipeline.reconcile import check_run
from pipeline.report import build_report
from pipeline.summary import format_summary, job_counters, summarise

LOG = logging.getLogger("newsnorm.summary")


def _join(folder: str, name: str) -> str:
    return f"{folder.rstrip('/')}/{name}"


def finish_run(result, staging_dir: str, output: str, report: bool = True) -> tuple[dict, str]:
    """(the run's reconciliation, the console summary). A failing report is logged, not fatal."""
    reconciliation = check_run(result, staging_dir)   # raises ReconciliationError: nothing is published
    s = summarise(staging_dir, job_counters(result) if result is not None else None, reconciliation)
    s["output"] = output
    if report:
        try:
            build_report(staging_dir, summary=s)
            s["report"] = _join(output, "report/index.html")
        except Exception:  # noqa: BLE001 - the tables are good; a broken chart must not cost them
            LOG.exception("could not build the report; the tables are written all the same")
    write_summary(staging_dir, s)
    return reconciliation, format_summary(s)


def write_summary(folder: str, summary: dict) -> None:
    """`summary` as folder/summary.json (local or on any Beam filesystem)."""
    data = json.dumps(summary, indent=2, sort_keys=False, default=str).encode("utf-8")
    path = _join(folder, "summary.json")
    if "://" in path:
        from apache_beam.io.filesystems import FileSystems
        with FileSystems.create(path) as f:
            f.write(data)
    else:
        os.makedirs(folder, exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
