"""The same job on a dask.distributed cluster (scheduler + two workers on 127.0.0.1), via Beam's DaskRunner.

The test starts the cluster as separate processes, runs the job on it, and
compares every table with a local FnApiRunner run of the same feed.
"""
import pytest

from pipeline.run import OptionsError, run
from tests.pipeline.services import (REPO, VENV_BIN, free_port, group_pids, installed_checkout, is_loopback,
                                     listening_addresses, services, start, table_rows, wait_for_port)

DASK_RUNNER = "apache_beam.runners.dask.dask_runner.DaskRunner"


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """A scheduler and two single-threaded workers, loopback only, no dashboards, started as the README
    says: from the venv that scripts/ensure_venv.sh installed this checkout into, with no PYTHONPATH and
    from a folder outside the checkout."""
    from distributed import Client
    installed = installed_checkout()
    if installed != REPO:
        pytest.skip(f"{VENV_BIN.parent} has {'no checkout' if installed is None else installed} installed, "
                    f"not {REPO}: scripts/ensure_venv.sh (run by ./run_tests.sh) installs it")
    logs = tmp_path_factory.mktemp("dask_logs")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"

    def start_dask(cmd, log):
        return start([str(VENV_BIN / "dask"), *cmd], log, pythonpath=False, cwd=logs)

    scheduler = start_dask(["scheduler", "--host", "127.0.0.1", "--port", str(port),
                            "--no-dashboard", "--dashboard-address", "127.0.0.1:0"],   # its HTTP server binds all interfaces otherwise
                           logs / "scheduler.log")
    workers = []
    with services(scheduler) as _:
        wait_for_port(port, scheduler, logs / "scheduler.log")
        try:
            for i in range(2):
                workers.append(start_dask(["worker", address, "--host", "127.0.0.1", "--nthreads", "1",
                                           "--no-dashboard", "--dashboard-address", "127.0.0.1:0", "--no-nanny",
                                           "--name", f"w{i}"], logs / f"worker{i}.log"))
            with Client(address, timeout=30) as client:
                client.wait_for_workers(2, timeout=90)
            yield address, [scheduler] + workers
        finally:
            with services(*workers):
                pass


def test_dask_run_writes_the_same_tables_as_a_local_run(dask_cluster, feed, local_tables, tmp_path):
    address, _ = dask_cluster
    out = tmp_path / "out"
    run(["--input", str(feed), "--output", str(out), "--runner", DASK_RUNNER, "--dask_client_address", address])
    dask_tables = table_rows(out)
    assert set(dask_tables) == set(local_tables)
    assert len(local_tables["articles"]) >= 4 and local_tables["dead_letter"]   # a real run, not an empty one
    assert any(e["expelling_country"] == "PL" and e["count"] == 45 for e in local_tables["events"])
    for name, rows in local_tables.items():
        assert dask_tables[name] == rows, name


def test_each_reader_of_a_shared_collection_gets_all_of_it(dask_cluster):
    """A collection read by several steps is persisted once; every read must see every element.

    dask.bag can leave a one-shot iterator as a partition (e.g. a Flatten of filtered outputs): persisted
    as such, the first task that read it on a worker drained it for every later reader. This is how the
    `entities` table (the second reader of `mentions`) came out empty on Dask.
    """
    import apache_beam as beam
    from apache_beam.runners.dask.overrides import dask_overrides
    from distributed import Client, futures_of

    from pipeline.dask_runner import DaskRunner, _consumers

    address, _ = dask_cluster
    p = beam.Pipeline(runner=DaskRunner())
    nums = p | beam.Create(range(10))
    both = ((nums | "Even" >> beam.Filter(lambda x: x % 2 == 0), nums | "Odd" >> beam.Filter(lambda x: x % 2 == 1))
            | "Both" >> beam.Flatten())
    ((both | "A" >> beam.Map(lambda x: ("a", x)), both | "B" >> beam.Map(lambda x: ("b", x)))
     | "AB" >> beam.Flatten() | beam.GroupByKey() | beam.Map(print))
    with Client(address, timeout=30) as client:
        p.replace_all(dask_overrides())
        visitor = DaskRunner._visitor({}, client, _consumers(p))
        p.visit(visitor)
        bags = {node.full_label: bag for node, bag in visitor.bags.items()}
        shared = futures_of(bags["Both"])
        assert shared, "a collection with two readers is not persisted"
        assert all(isinstance(part, list) for part in client.gather(shared))
        for _ in range(2):   # read again and again: nothing is used up
            assert sorted(bags["Both"].compute()) == list(range(10))
            assert len(bags["A"].compute()) == 10 and len(bags["B"].compute()) == 10


def test_the_cluster_listens_on_loopback_only(dask_cluster):
    _, procs = dask_cluster
    pids = set().union(*(group_pids(p) for p in procs))
    listening = listening_addresses(pids)
    assert listening, "found no listening sockets of the cluster"
    assert all(is_loopback(addr) for addr, _ in listening), listening


def test_relative_output_is_refused_with_dask(feed, monkeypatch):
    monkeypatch.chdir(feed.parent)
    with pytest.raises(OptionsError, match="--output 'out' must be an absolute path"):
        run(["--input", str(feed), "--output", "out", "--runner", DASK_RUNNER,
             "--dask_client_address", "tcp://127.0.0.1:1"])
    assert not (feed.parent / "out").exists()
