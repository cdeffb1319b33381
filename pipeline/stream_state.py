"""The durable state of a live watched-folder run, and its one commit point per batch.

A live run (pipeline/watcher.py) processes the files that land in the folder in
arrival batches. Each batch ends here, in `commit_batch()`, which builds the next
state of the output in a sibling staging folder and swaps it in:

* `articles`, `mentions`, `dead_letter`: append-only; the batch's files are added
  (`part-b000003-…parquet`), earlier batches' files are hard-linked (never copied,
  never modified: every file is written once);
* `events`, `event_clusters`, `country_counts`: restated from all events so far,
  clustered as the batch job clusters them (transforms/event_clusters.py), so the
  same files give the same events and cluster ids as a batch run;
* `window_counts`: every window that the batch's asserted events fall in is
  restated from all of that window's events (one file per window,
  `window_counts/2022-04-05T0000/pane-00003.parquet`, the pane index growing with
  each restatement); other windows' files are kept;
* `_stream.json`: the ledger, i.e. every file processed (path, size, mtime, batch,
  when it landed and when its counts were on disk), the windows and their panes,
  and the run's identity (watched folder, window length).

The swap is two renames (`out` -> `out.old-…/previous`, `out.staging-…` -> `out`), as a
batch run publishes (pipeline/output_folder.py): the ledger and the results move together, so
after a kill -9 at any moment the output holds either the state before the batch
or the state after it, never a mix, and a file is in the ledger exactly when its
rows are in the tables. `clean_stale()` (run at start) restores or removes what a
killed run left. Everything here is plain Python and pyarrow, tested without Beam.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import time
import uuid
from collections import defaultdict
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Optional

import pyarrow as pa
import pyarrow.parquet as pq

from transforms.records import Event
from transforms.schemas import TABLES, WINDOW_COUNTS
from transforms.aggregate import CountryTotals, count_keys, count_row
from transforms.event_clusters import cluster_events, cluster_row, event_row
from transforms.retaliation import DEFAULT_RETALIATION_WINDOW_DAYS, link_retaliations, pair_key
from transforms.windowed_counts import TABLE as WINDOW_TABLE, pane_path, window_folder, window_rows, window_totals
from pipeline.output_folder import OutputInUse, check_output, make_staging, read_marker, swap_in
from transforms.write import COMPRESSION, partition_dir, to_table

LEDGER = "_stream.json"
SEEN = "_seen"                        # per batch: (article_id, text_key, source_file, line) of kept articles
APPEND_TABLES = ("articles", "mentions", "dead_letter")
LIVE_TIMING = "EARLY"                 # a live run's window can still change when more files land
FORMAT = 1
LOG = logging.getLogger("newsnorm")


class StreamOutputInUse(ValueError):
    """--output holds something this live run must not continue or replace; one line for the user."""


# ---------------------------------------------------------------------------
# The ledger
# ---------------------------------------------------------------------------

def run_identity(watch_folder: str, window_minutes: int, event_window_days: int) -> dict:
    """What makes an output this run's: resuming another folder's or window length's counts would mix them."""
    return {"format": FORMAT, "watch_folder": os.path.realpath(watch_folder),
            "window_minutes": int(window_minutes), "event_window_days": int(event_window_days)}


def empty_state(identity: dict) -> dict:
    return {"run": identity, "batches": 0, "files": {}, "windows": {}}


def read_state(output: str) -> Optional[dict]:
    path = os.path.join(output, LEDGER)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def output_problem(output: str, identity: dict, overwrite: bool) -> Optional[str]:
    """Why this live run may not write into --output (one line), or None.

    It may when the folder is missing or empty, holds this run's own output (same watched
    folder and windows: the run continues it), or `overwrite` is given (the run starts over).
    Anything else, a batch output, another run's windows or other files, is refused."""
    output = output.rstrip("/")
    try:   # the refusals every run makes: an absurd folder, one holding the input, foreign files
        check_output(output, overwrite, inputs=[identity["watch_folder"]])
    except OutputInUse as e:
        return str(e)
    if overwrite or not os.path.exists(output) or (os.path.isdir(output) and not os.listdir(output)):
        return None
    state = read_state(output) if os.path.isdir(output) else None
    if state is not None and state.get("run") == identity:
        return None
    if state is None:
        what = "a file" if not os.path.isdir(output) else "files that are not this live run's output"
    else:
        theirs = state.get("run", {})
        diff = ", ".join(f"{k} {theirs.get(k)!r}" for k in identity if theirs.get(k) != identity[k])
        what = f"the windows of another run ({diff})"
    return (f"--output {output} holds {what}; pass --overwrite to start it over, "
            "or choose another folder")


def open_output(output: str, identity: dict, overwrite: bool) -> dict:
    """The state to continue from: this run's ledger, else a fresh one (with `overwrite`, after
    removing what --output held). Refuses what `output_problem()` refuses."""
    output = output.rstrip("/")
    problem = output_problem(output, identity, overwrite)
    if problem:
        raise StreamOutputInUse(problem)
    if overwrite and os.path.exists(output):
        if os.path.isdir(output):
            shutil.rmtree(output)
        else:
            os.remove(output)
    state = read_state(output) if os.path.isdir(output) else None
    return state if state is not None else empty_state(identity)


def file_stamp(path: str) -> dict:
    st = os.stat(path)
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def arrivals(paths: Iterable[str], state: dict, warned: set) -> list[str]:
    """The paths not yet in the ledger. A ledger file that changed since is not read again
    (its rows are already counted): warned about once, in `warned`."""
    new = []
    for path in paths:
        try:
            stamp = file_stamp(path)
        except FileNotFoundError:
            continue
        done = state["files"].get(path)
        if done is None:
            new.append(path)
        elif (done["size"], done["mtime_ns"]) != (stamp["size"], stamp["mtime_ns"]) and path not in warned:
            warned.add(path)
            LOG.warning("%s changed after it was processed; not read again (give new data a new name)", path)
    return new


# ---------------------------------------------------------------------------
# Reading what is on disk
# ---------------------------------------------------------------------------

def read_rows(folder: str, columns: Optional[list] = None) -> list[dict]:
    """Every row of every Parquet file under `folder` (none when it does not exist)."""
    rows: list[dict] = []
    root = Path(folder)
    if not root.is_dir():
        return rows
    for f in sorted(root.rglob("*.parquet")):
        rows.extend(pq.read_table(f, columns=columns, partitioning=None).to_pylist())
    return rows


def _iso(value) -> Optional[str]:
    return value.isoformat() if isinstance(value, date) else value


def row_to_event(row: dict) -> Event:
    fields = {k: row.get(k) for k in Event._fields}
    fields["published_date"] = _iso(fields["published_date"])
    return Event(**fields)


def seen_keys(output: str) -> dict:
    """article_id and text key of every article kept so far -> where it came from ('file:line')."""
    keys: dict = {}
    for row in read_rows(os.path.join(output, SEEN)):
        where = f"{row['source_file']}:{row['line']}"
        keys.setdefault(("id", row["article_id"]), where)
        keys.setdefault(("text", row["text_key"]), where)
    return keys


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

def write_parquet(path: str, rows: list, schema: pa.Schema) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pq.write_table(to_table(rows, schema), path, compression=COMPRESSION)


def _link(src: str, dst: str) -> None:
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:   # another file system, or no hard links: copy
        shutil.copy2(src, dst)


def _carry_over(output: str, staging: str, names: Iterable[str], skip: Callable[[str], bool] = lambda _: False):
    """Hard-link the files of `names` (folders under output) into staging, keeping their paths."""
    for name in names:
        root = os.path.join(output, name)
        for dirpath, _, files in os.walk(root):
            for f in files:
                src = os.path.join(dirpath, f)
                rel = os.path.relpath(src, output)
                if not skip(rel):
                    _link(src, os.path.join(staging, rel))


def _add_batch_files(batch_dir: str, staging: str, batch: int) -> None:
    """Move the batch's append-only files into the staged tables under batch-unique names."""
    for name in list(APPEND_TABLES) + [SEEN]:
        root = os.path.join(batch_dir, name)
        for dirpath, _, files in os.walk(root):
            for f in sorted(files):
                if not f.endswith(".parquet"):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, f), batch_dir)
                target = os.path.join(staging, os.path.dirname(rel), f"part-b{batch:06d}-{f.removeprefix('part-')}")
                os.makedirs(os.path.dirname(target), exist_ok=True)
                os.replace(os.path.join(dirpath, f), target)


def _sort_key(keys: tuple):
    return lambda r: tuple((r.get(k) is not None, r.get(k) if r.get(k) is not None else 0) for k in keys)


def linked(clusters: list, window_days: int) -> list:
    """The clusters with their retaliation links, as the batch job's LinkRetaliations sets them."""
    by_pair = defaultdict(list)
    for c in clusters:
        by_pair[pair_key(c)].append(c)
    links = {}
    for key, group in by_pair.items():
        if key[0] and key[1]:
            links.update(link_retaliations(sorted(group, key=lambda c: c.cluster_id), window_days))
    return [c._replace(answers_cluster_id=links.get(c.cluster_id, (None, None))[0],
                       link_basis=links.get(c.cluster_id, (None, None))[1]) for c in clusters]


def write_restated(staging: str, events: list[Event], window_days: int,
                   country_name: Callable[[str], Optional[str]],
                   retaliation_days: int = DEFAULT_RETALIATION_WINDOW_DAYS) -> list:
    """events, event_clusters and country_counts from all events so far; returns the clusters."""
    clusters = linked(cluster_events(events, window_days), retaliation_days)
    member = {i: c.cluster_id for c in clusters for i in c.event_ids}
    rows = [event_row(e, member.get(e.event_id)) for e in events]
    by_year = defaultdict(list)
    for r in rows:
        by_year[r["event_year"]].append(r)
    partitioned = any(y is not None for y in by_year)
    for year, group in by_year.items():
        folder = os.path.join(staging, "events", partition_dir("event_year", year)) if partitioned \
            else os.path.join(staging, "events")
        write_parquet(os.path.join(folder, "part-00000-000.parquet"),
                      sorted(group, key=_sort_key(("article_id", "start_char", "event_id"))), TABLES["events"])
    if not rows:
        write_parquet(os.path.join(staging, "events", "part-00000-000.parquet"), [], TABLES["events"])
    write_parquet(os.path.join(staging, "event_clusters", "part-00000-000.parquet"),
                  sorted((cluster_row(c) for c in clusters),
                         key=_sort_key(("year", "expelling_country", "expelled_country", "cluster_id"))),
                  TABLES["event_clusters"])
    totals: dict = {}
    fn = CountryTotals()
    for c in clusters:
        for key, cluster in count_keys(c):
            totals[key] = fn.add_input(totals.get(key) or fn.create_accumulator(), cluster)
    count_rows = sorted((count_row(k, fn.extract_output(t), country_name) for k, t in totals.items()),
                        key=_sort_key(("year", "country_code", "role")))
    by_count_year = defaultdict(list)
    for r in count_rows:
        by_count_year[r["year"]].append(r)
    for year, group in (by_count_year.items() or [(None, [])]):
        sub = partition_dir("year", year) if any(y is not None for y in by_count_year) else ""
        write_parquet(os.path.join(staging, "country_counts", sub, "part-00000-000.parquet"), group,
                      TABLES["country_counts"])
    return clusters


def window_start_of(published_at: datetime, window_seconds: int) -> datetime:
    """The start of the fixed event-time window (aligned to the epoch, as Beam's FixedWindows) of a time."""
    seconds = int(published_at.timestamp())
    return datetime.fromtimestamp(seconds - seconds % window_seconds, tz=timezone.utc)


def restate_windows(staging: str, events: list[Event], published: dict, touched: set[datetime],
                    state: dict, window_seconds: int, window_days: int,
                    country_name: Callable[[str], Optional[str]]) -> dict:
    """Write the touched windows' totals from all their asserted events; returns {window: pane}."""
    in_window = defaultdict(list)
    for e in events:
        at = published.get(e.article_id)
        if e.modality == "asserted" and at is not None:
            in_window[window_start_of(at, window_seconds)].append(e)
    panes = {}
    for start in sorted(touched):
        key = start.isoformat()
        pane = state["windows"].get(key, -1) + 1
        end = datetime.fromtimestamp(start.timestamp() + window_seconds, tz=timezone.utc)
        rows = window_rows(start, end, LIVE_TIMING, pane, window_totals(in_window[start], window_days), country_name)
        write_parquet(pane_path(staging, start, pane), list(rows), WINDOW_COUNTS)
        panes[key] = pane
    return panes


def commit_batch(output: str, staging: str, state: dict, files: dict, window_seconds: int, window_days: int,
                 country_name: Callable[[str], Optional[str]],
                 retaliation_days: int = DEFAULT_RETALIATION_WINDOW_DAYS) -> dict:
    """Merge a finished batch (its tables in `staging/_batch`) with the output; swap it in; the new state.

    `files` maps each path read in the batch to its ledger entry (stamp, landed time)."""
    output = output.rstrip("/")
    batch = state["batches"] + 1
    batch_dir = os.path.join(staging, "_batch")
    _add_batch_files(batch_dir, staging, batch)
    _carry_over(output, staging, list(APPEND_TABLES) + [SEEN])
    for name in APPEND_TABLES:   # a table with no rows yet is still a table
        if not os.path.isdir(os.path.join(staging, name)):
            write_parquet(os.path.join(staging, name, "part-00000-000.parquet"), [], TABLES[name])
    batch_events = [row_to_event(r) for r in read_rows(os.path.join(batch_dir, "events"))]
    events = [row_to_event(r) for r in read_rows(os.path.join(output, "events"))] + batch_events
    write_restated(staging, events, window_days, country_name, retaliation_days)
    published = {r["article_id"]: r["published_at"]
                 for r in read_rows(os.path.join(staging, "articles"), ["article_id", "published_at"])
                 if r["published_at"] is not None}
    touched = {window_start_of(published[e.article_id], window_seconds) for e in batch_events
               if e.modality == "asserted" and e.article_id in published}
    restated = {window_folder(w) for w in touched}
    _carry_over(output, staging, [WINDOW_TABLE],
                skip=lambda rel: os.path.dirname(rel) in restated)
    panes = restate_windows(staging, events, published, touched, state, window_seconds, window_days, country_name)
    shutil.rmtree(batch_dir)
    committed = time.time()
    new_files = dict(state["files"])
    for path, entry in files.items():
        new_files[path] = dict(entry, batch=batch, committed=round(committed, 3),
                               latency_s=round(committed - entry["landed"], 3))
    new_state = dict(state, batches=batch, files=new_files, windows={**state["windows"], **panes})
    with open(os.path.join(staging, LEDGER), "w", encoding="utf-8") as f:
        json.dump(new_state, f, indent=1, sort_keys=True)
    swap_in(staging, output, read_marker(staging)["run_id"])
    return new_state


def new_staging(output: str) -> str:
    """A marked staging folder beside the output (pipeline/output_folder.py), with `_batch/` for the job."""
    staging = make_staging(output)
    os.makedirs(os.path.join(staging, "_batch"))
    return staging

