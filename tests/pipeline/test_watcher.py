"""The live watched-folder run (pipeline/watcher.py, pipeline/stream_state.py).

A real watcher process: counts on disk while it runs, restated as files land, the same
events as a batch run, every docs/OUTPUTS.md window_counts recipe; killed with SIGKILL in
the middle of a batch and started again, every file counted once.
"""
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.run import OptionsError, run
from pipeline.output_folder import clean_stale, read_marker, swap_in, write_marker
from pipeline.stream_state import (LEDGER, StreamOutputInUse, arrivals, new_staging, open_output, output_problem,
                                   run_identity)
from transforms.records import Article
from pipeline.watcher import seen_verdict
from transforms.dedupe import text_key

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs" / "OUTPUTS.md"
D0, D1 = "2022-04-04", "2022-04-05"


def rec(rid, text, published_at=None):
    r = {"id": rid, "text": text}
    if published_at:
        r["published_at"] = published_at
    return json.dumps(r)


FILES = {
    "a.jsonl": [rec("pl", "Poland expelled 45 Russian diplomats.", f"{D1}T10:00:00Z"),
                rec("de", "Germany expelled four Russian diplomats.", f"{D0}T09:00:00Z")],
    "b.jsonl": [rec("gb", "Britain expelled 23 Russian diplomats.", f"{D0}T15:00:00Z"),
                rec("fr", "France expelled six Russian diplomats."),                       # no date: no window
                "{broken"],
    "c.jsonl": [rec("jp", "Japan expelled eight Russian diplomats.", f"{D1}T20:00:00Z"),
                rec("pl2", "Warsaw said Poland expelled 45 Russian diplomats on Tuesday.", f"{D1}T12:00:00Z"),
                rec("pl", "the same id as in a.jsonl")],                                 # a duplicate
}


def drop(folder: Path, name: str, lines: list) -> float:
    """Write a file under a dot-name and rename it into the folder (as a user should); when it landed."""
    tmp = folder / f".{name}"
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.rename(tmp, folder / name)
    return time.time()


def start_watcher(folder: Path, out: Path, log: Path, *extra) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "pipeline.run", "--streaming", "--watch_folder", str(folder), "--output", str(out),
           "--watch_interval_seconds", "0.5", *extra]
    with open(log, "ab") as f:
        return subprocess.Popen(cmd, cwd=REPO, stdout=f, stderr=subprocess.STDOUT, start_new_session=True)


def wait_for(what, check, proc, log: Path, timeout: float = 180):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"watcher exited ({proc.returncode}) waiting for {what}:\n{log.read_text()[-3000:]}")
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}:\n{log.read_text()[-3000:]}")


def ledger(out: Path) -> dict:
    try:
        return json.loads((out / LEDGER).read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def processed(out: Path, name: str) -> bool:
    return any(p.endswith("/" + name) for p in ledger(out).get("files", {}))


def window_totals(out: Path) -> dict:
    rows = ds.dataset(str(out / "window_counts"), format="parquet").to_table().to_pylist()
    return {(r["window_start"].date().isoformat(), r["country_code"], r["role"]): (r["diplomats"], r["pane"])
            for r in rows}


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """A watcher that runs on while three files land one after another."""
    tmp = tmp_path_factory.mktemp("live")
    folder, out, log = tmp / "incoming", tmp / "out", tmp / "watcher.log"
    folder.mkdir()
    proc = start_watcher(folder, out, log)
    seen = {}
    try:
        wait_for("the watcher to start", lambda: "watching" in log.read_text(), proc, log)
        for name in FILES:
            landed = drop(folder, name, FILES[name])
            wait_for(f"{name}'s counts", lambda: processed(out, name), proc, log, timeout=120)
            seen[name] = {"latency": time.time() - landed, "running": proc.poll() is None,
                          "windows": window_totals(out)}
    finally:
        stop(proc)
    return folder, out, seen


def test_counts_are_on_disk_within_60_s_of_a_file_landing_while_the_run_goes_on(live):
    _, out, seen = live
    for name, s in seen.items():
        assert s["running"], name
        assert s["latency"] <= 60, (name, s["latency"])
    assert seen["a.jsonl"]["windows"] == {(D0, "DE", "expelling"): (4, 0), (D0, "RU", "expelled"): (4, 0),
                                          (D1, "PL", "expelling"): (45, 0), (D1, "RU", "expelled"): (45, 0)}
    recorded = ledger(out)["files"]
    assert all(0 <= f["latency_s"] <= 60 for f in recorded.values())


def test_windows_are_restated_as_more_files_land(live):
    _, _, seen = live
    after_b = seen["b.jsonl"]["windows"]   # Britain's 23 join day 0: its window restated, day 1's kept
    assert after_b[(D0, "RU", "expelled")] == (27, 1) and after_b[(D0, "GB", "expelling")] == (23, 1)
    assert after_b[(D1, "PL", "expelling")] == (45, 0)
    after_c = seen["c.jsonl"]["windows"]   # a second report of Poland's 45 is the same expulsion
    assert after_c[(D1, "RU", "expelled")] == (53, 1) and after_c[(D1, "PL", "expelling")] == (45, 1)
    assert after_c[(D0, "RU", "expelled")] == (27, 1)


def test_a_live_run_writes_the_batch_tables_with_the_same_events_as_a_batch_run(live, tmp_path):
    folder, out, _ = live
    batch = tmp_path / "batch"
    run(["--input", str(folder), "--output", str(batch), "--runner", "FnApiRunner", "--no_report"])

    def rows(root, table, drop=()):
        found = ds.dataset(str(root / table), format="parquet", partitioning="hive").to_table().to_pylist()
        return sorted((tuple(sorted((k, str(v)) for k, v in r.items() if k not in drop)) for r in found))

    live_events = rows(out, "events")
    assert live_events and live_events == rows(batch, "events")       # cluster ids included
    assert rows(out, "event_clusters") == rows(batch, "event_clusters")
    assert rows(out, "country_counts") == rows(batch, "country_counts")
    assert rows(out, "articles") == rows(batch, "articles")
    assert rows(out, "mentions") == rows(batch, "mentions")
    # the duplicate's message names where the kept copy came from; the stages and places agree
    assert rows(out, "dead_letter", drop=("error",)) == rows(batch, "dead_letter", drop=("error",))


def examples() -> dict:
    found = re.findall(r"<!-- example: (\w+) -->\n```(\w+)\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    return {name: (lang, code) for name, lang, code in found if name.startswith("window_")}


def test_every_window_counts_recipe_in_the_docs_runs_as_written(live):
    import duckdb
    _, out, _ = live
    recipes = examples()
    assert set(recipes) == {"window_latest_duckdb", "window_pyarrow", "window_polars"}
    rows = ds.dataset(str(out / "window_counts"), format="parquet").to_table().to_pylist()
    expected = sorted((r["window_start"], r["country_name"], r["role"], r["diplomats"]) for r in rows)
    assert len(expected) == 6   # day 0: DE, GB, RU; day 1: PL, JP, RU
    for name, (lang, code) in recipes.items():
        code = code.replace("out/", f"{out}/")
        if lang == "sql":
            answer = duckdb.execute(code).fetchall()
        else:
            scope = {}
            exec(compile(code, f"OUTPUTS.md:{name}", "exec"), scope)   # noqa: S102 - our own documented recipe
            result = scope["result"]
            found = result.to_pylist() if hasattr(result, "to_pylist") else result.to_dicts()
            answer = [(r["window_start"], r["country_name"], r["role"], r["diplomats"]) for r in found]
        assert sorted(answer) == expected, name


# ---------------------------------------------------------------------------
# Restarts
# ---------------------------------------------------------------------------

def test_killed_mid_batch_and_restarted_every_file_is_counted_once(tmp_path):
    folder, out, log = tmp_path / "incoming", tmp_path / "out", tmp_path / "watcher.log"
    folder.mkdir()
    names = [f"f{i}.jsonl" for i in range(6)]
    states = ["Poland", "Estonia", "Latvia", "Lithuania", "Germany", "France"]
    lines = {n: [rec(f"{n}-{j}", f"{states[(i + j) % 6]} expelled {10 * i + j + 2} Russian diplomats on Monday.",
                     f"2022-04-0{1 + i % 3}T10:00:00Z") for j in range(3)]
             for i, n in enumerate(names)}
    for n in names[:2]:
        drop(folder, n, lines[n])
    proc = start_watcher(folder, out, log)
    try:
        wait_for("the first batch", lambda: processed(out, names[1]), proc, log)
        for n in names[2:4]:
            drop(folder, n, lines[n])
        wait_for("a batch in progress", lambda: any(tmp_path.glob("out.staging-*/_batch")), proc, log)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        stop(proc)
    assert not processed(out, names[2]) and not processed(out, names[3])   # it really died mid-batch
    for n in names[4:]:
        drop(folder, n, lines[n])
    proc = start_watcher(folder, out, log, "--watch_stop_after_seconds", "15")
    try:
        proc.wait(timeout=240)
    finally:
        stop(proc)
    assert proc.returncode == 0, log.read_text()[-3000:]
    files = ledger(out)["files"]
    assert sorted(Path(p).name for p in files) == names
    articles = ds.dataset(str(out / "articles"), format="parquet").to_table().column("article_id").to_pylist()
    assert sorted(articles) == sorted(f"{n}-{j}" for n in names for j in range(3))     # none twice, none missed
    dead = ds.dataset(str(out / "dead_letter"), format="parquet").to_table().to_pylist()
    assert dead == []                          # a file read twice would have left `duplicate` rows
    events = ds.dataset(str(out / "events"), format="parquet", partitioning="hive").to_table().to_pylist()
    assert len({e["event_id"] for e in events}) == len(events) and {e["article_id"] for e in events} == set(articles)
    totals = window_totals(out)   # each article's diplomats counted once in its day's window
    for day in ("2022-04-01", "2022-04-02", "2022-04-03"):
        dated = [10 * i + j + 2 for i in range(6) for j in range(3) if f"2022-04-0{1 + i % 3}" == day]
        assert totals[(day, "RU", "expelled")][0] == sum(dated), day
    assert not list(tmp_path.glob("out.staging-*")) and not list(tmp_path.glob("out.old-*"))


def test_a_kill_between_the_two_renames_of_a_commit_leaves_the_previous_state(tmp_path, monkeypatch):
    from pipeline import output_folder
    out = tmp_path / "out"
    out.mkdir()
    (out / LEDGER).write_text('{"batches": 1}')
    staging = Path(new_staging(str(out)))
    (staging / LEDGER).write_text('{"batches": 2}')
    real_replace, calls = os.replace, []

    def killed_after_the_first(src, dst):
        if calls:
            raise KeyboardInterrupt("killed")
        calls.append(src)
        real_replace(src, dst)

    monkeypatch.setattr(output_folder.os, "replace", killed_after_the_first)
    with pytest.raises(KeyboardInterrupt):
        swap_in(str(staging), str(out), read_marker(str(staging))["run_id"])
    monkeypatch.undo()
    assert not out.exists()
    monkeypatch.setattr(output_folder, "_pid_alive", lambda pid: False)   # the killed run's staging is stale
    clean_stale(str(out))
    assert json.loads((out / LEDGER).read_text()) == {"batches": 1}       # the state before the batch
    assert not staging.exists() and not list(tmp_path.glob("out.old-*"))


# ---------------------------------------------------------------------------
# What an output may hold
# ---------------------------------------------------------------------------

def test_an_output_of_another_run_or_a_batch_output_is_refused_unless_overwrite(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    mine = run_identity(str(folder), 1440, 14)
    out = tmp_path / "out"
    assert output_problem(str(out), mine, False) is None             # missing
    out.mkdir()
    assert output_problem(str(out), mine, False) is None             # empty
    write_marker(str(out), "a1b2c3", "staging")                      # as every published output carries
    (out / LEDGER).write_text(json.dumps({"run": mine, "batches": 0, "files": {}, "windows": {}}))
    assert output_problem(str(out), mine, False) is None             # its own: continued
    hourly = run_identity(str(folder), 60, 14)
    assert "window_minutes 1440" in output_problem(str(out), hourly, False)
    with pytest.raises(StreamOutputInUse):
        open_output(str(out), hourly, False)
    (out / LEDGER).unlink()
    (out / "articles").mkdir()                                       # a batch run's output
    assert "not this live run's output" in output_problem(str(out), mine, False)
    (out / "_newsnorm_run.json").unlink()                            # foreign files
    assert "not a newsnorm output" in output_problem(str(out), mine, False)
    assert "inside --output" in output_problem(str(folder.parent), mine, True)   # never, even with --overwrite
    with pytest.raises(OptionsError, match="--overwrite"):
        run(["--streaming", "--watch_folder", str(folder), "--output", str(out)])
    assert open_output(str(out), mine, True)["batches"] == 0 and not out.exists()   # --overwrite clears


def test_a_file_changed_after_it_was_processed_is_not_read_again(tmp_path, caplog):
    f = tmp_path / "a.jsonl"
    f.write_text("{}\n")
    st = f.stat()
    state = {"files": {str(f): {"size": st.st_size, "mtime_ns": st.st_mtime_ns}}}
    assert arrivals([str(f), str(tmp_path / "gone.jsonl")], state, set()) == []
    f.write_text("{}\n{}\n")
    warned = set()
    assert arrivals([str(f)], state, warned) == [] and warned == {str(f)}
    assert "changed after it was processed" in caplog.text


def test_an_article_an_earlier_batch_processed_is_a_duplicate():
    a = Article("x1", "Poland expelled 45 Russian diplomats.", None, None, None, None, None, "in/b.jsonl", 3)
    assert seen_verdict(a, {}) is None
    by_id = seen_verdict(a, {("id", "x1"): "in/a.jsonl:1"})
    assert (by_id.stage, by_id.line, by_id.error) == ("duplicate", 3, "duplicate id 'x1': kept in/a.jsonl:1 "
                                                                      "(an earlier batch)")
    assert seen_verdict(a, {("text", text_key(a.text)): "in/a.jsonl:2"}).error.startswith("duplicate text")
