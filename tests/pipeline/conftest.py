"""Fixtures shared by the runner tests: one small feed and its local run, made once per session,
against which every other runner's tables are compared."""
import pytest

from pipeline.run import run
from tests.pipeline.services import table_rows, write_small_feed


@pytest.fixture(scope="session")
def feed(tmp_path_factory):
    return write_small_feed(tmp_path_factory.mktemp("runner_feed"))


@pytest.fixture(scope="session")
def local_tables(feed, tmp_path_factory):
    """Every table of a local (FnApiRunner) run of `feed`, as sorted rows."""
    out = tmp_path_factory.mktemp("local") / "out"
    run(["--input", str(feed), "--output", str(out), "--runner", "FnApiRunner"])
    return table_rows(out)
