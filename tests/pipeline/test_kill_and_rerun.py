"""A run killed while it writes leaves the previous output intact and no partial table in it;
the next run tidies up after it and replaces the output. (That two runs over the same input give
identical rows is tests/pipeline/test_dirty_feed.py's determinism test.)"""
import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.run import OptionsError, run

ROOT = Path(__file__).resolve().parents[2]

# Runs the job in a child process that stops for good right after its first Parquet file is
# written into the staging folder, and says so: the test then kills it with SIGKILL.
KILLABLE = textwrap.dedent("""
    import sys, time
    import transforms.write as w
    real = w.write_shard
    def write_then_wait(*args, **kwargs):
        paths = real(*args, **kwargs)
        open(sys.argv[1], "w").write(paths[0])
        time.sleep(3600)
    w.write_shard = write_then_wait
    from pipeline.run import main
    sys.exit(main(sys.argv[2:]))
""")


def feed(path: Path, texts):
    path.write_text("".join(json.dumps({"id": f"k{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    return path


def snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def rows(out: Path, table: str):
    return ds.dataset(str(out / table), format="parquet", partitioning="hive").to_table().to_pylist()


def test_killed_run_leaves_previous_output_and_next_run_cleans_up(tmp_path):
    out = tmp_path / "out"
    first = feed(tmp_path / "first.jsonl", ["Poland expelled 45 Russian diplomats.", "Rain in Oslo."])
    second = feed(tmp_path / "second.jsonl", ["Canada expelled 2 Chinese diplomats.", "Sun in Rome.", "Fog."])
    args = ["--output", str(out), "--runner", "FnApiRunner", "--no_report"]
    run(["--input", str(first)] + args)
    before = snapshot(out)
    assert len(rows(out, "articles")) == 2

    flag = tmp_path / "writing"
    child = subprocess.Popen([sys.executable, "-c", KILLABLE, str(flag), "--input", str(second)] + args,
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not flag.exists():
            assert child.poll() is None, child.stderr.read().decode()[-2000:]
            try:
                child.wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                pass
        staged = Path(flag.read_text())
        assert staged.exists()
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()

    # The previous output is exactly as it was; the half-written run is only in a staging sibling.
    assert snapshot(out) == before
    stale = [p for p in tmp_path.iterdir() if p.name.startswith("out.staging-")]
    assert stale and staged.is_relative_to(stale[0])
    assert [r["article_id"] for r in rows(out, "articles")] == ["k0", "k1"]

    # The next run removes what the killed one left and publishes complete tables.
    run(["--input", str(second)] + args)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(("out.staging-", "out.old-"))]
    assert sorted(r["article_id"] for r in rows(out, "articles")) == ["k0", "k1", "k2"]
    assert json.loads((out / "_manifest.json").read_text())["reconciliation"]["balanced"] is True


def test_an_output_folder_that_is_not_ours_is_not_replaced_without_overwrite(tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.tex").write_text("years of work")
    src = feed(tmp_path / "f.jsonl", ["Rain in Oslo."])
    with pytest.raises(OptionsError, match="not a newsnorm output"):
        run(["--input", str(src), "--output", str(out), "--runner", "FnApiRunner"])
    assert (out / "thesis.tex").read_text() == "years of work"


def test_a_publish_interrupted_between_its_two_renames_is_undone(tmp_path):
    from pipeline.output_folder import clean_stale, write_marker
    out = tmp_path / "out"
    old = tmp_path / "out.old-1234abcd"        # what publish() makes: marked, the previous output inside
    old.mkdir()
    write_marker(str(old), "1234abcd", "previous")
    (old / "previous").mkdir()
    (old / "previous" / "_manifest.json").write_text("{}")
    staging = tmp_path / "out.staging-999999999-abc"      # a pid that cannot be running
    staging.mkdir()
    write_marker(str(staging), "abc", "staging")
    clean_stale(str(out))
    assert (out / "_manifest.json").exists() and not old.exists()
    assert not staging.exists()
