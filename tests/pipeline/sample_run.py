"""One end-to-end run of the test feed, shared by every test module that reads a run's output.

A run costs ~15-20 s (spaCy and the gazetteer load), so it happens once per test session:
`sample_run()` runs `pipeline.run.run()` on tests/fixtures' feed (the seed article, three
written articles, three broken records) and returns the output folder and what it printed.
"""
import atexit
import contextlib
import functools
import io
import shutil
import tempfile
from pathlib import Path

from tests.fixtures.make_feed import write_feed


@functools.lru_cache(maxsize=None)
def sample_run() -> tuple[Path, str]:
    from pipeline.run import run
    tmp = Path(tempfile.mkdtemp(prefix="newsnorm-sample-"))
    atexit.register(shutil.rmtree, tmp, True)
    feed = write_feed(tmp)
    out = tmp / "out"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        run(["--input", str(feed), "--output", str(out), "--runner", "FnApiRunner"])
    return out, printed.getvalue()
