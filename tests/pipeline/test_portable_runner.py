"""The same job through Beam's portable job service with an external pool of SDK worker processes.

This is how Flink and Spark clusters run Python pipelines: a job service
receives the pipeline and asks a worker pool for separate SDK worker
processes. The test starts both services on 127.0.0.1 (random ports), runs the
job, compares every table with a local FnApiRunner run, and stops both.
"""
import sys

import pytest

from pipeline.run import run
from tests.pipeline.services import (free_port, group_pids, is_loopback, listening_addresses, services, start,
                                     table_rows, wait_for_port)

LOOPBACK = [sys.executable, "-m", "tests.pipeline.loopback"]


@pytest.fixture(scope="module")
def job_service_and_pool(tmp_path_factory):
    logs = tmp_path_factory.mktemp("portable_logs")
    job_port, pool_port = free_port(), free_port()
    job = start(LOOPBACK + ["apache_beam.runners.portability.local_job_service_main", f"--port={job_port}"],
                logs / "job_service.log")
    pool = start(LOOPBACK + ["apache_beam.runners.worker.worker_pool_main", f"--service_port={pool_port}"],
                 logs / "worker_pool.log")
    with services(job, pool):
        wait_for_port(job_port, job, logs / "job_service.log")
        wait_for_port(pool_port, pool, logs / "worker_pool.log")
        yield job_port, pool_port, (job, pool), logs


@pytest.fixture(scope="module")
def portable_run(job_service_and_pool, feed, tmp_path_factory):
    job_port, pool_port, procs, logs = job_service_and_pool
    out = tmp_path_factory.mktemp("portable") / "out"
    run(["--input", str(feed), "--output", str(out), "--runner", "PortableRunner",
         "--job_endpoint", f"localhost:{job_port}", "--environment_type", "EXTERNAL",
         "--environment_config", f"localhost:{pool_port}"])
    # what the services listen on while they still run (the job's own servers are gone by now)
    listening = listening_addresses(set().union(*(group_pids(p) for p in procs)))
    return out, listening, logs


def test_portable_run_writes_the_same_tables_as_a_local_run(portable_run, local_tables):
    out, _, logs = portable_run
    tables = table_rows(out)
    assert len(local_tables["articles"]) >= 4 and local_tables["dead_letter"]   # a real run, not an empty one
    for name, rows in local_tables.items():
        assert tables[name] == rows, name
    # the work really ran in the pool's separate SDK worker processes
    assert "Starting worker with command" in (logs / "worker_pool.log").read_text(errors="replace")


def test_job_service_and_worker_pool_listen_on_loopback_only(portable_run):
    _, listening, _ = portable_run
    assert listening, "found no listening sockets of the services"
    assert all(is_loopback(addr) for addr, _ in listening), listening
