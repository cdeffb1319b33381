"""Who owns --output and its siblings: only what this job provably wrote is ever removed.

Every folder the job creates carries a marker file, `_newsnorm_run.json`, written by the
job itself with the run's id:

* the staging folder `<out>.staging-<pid>-<run id>` the run writes its tables into
  (the marker travels with it when it is published, so a published output carries it);
* the leftover folder `<out>.old-<run id>` that `publish()` makes to swap the outputs: the
  previous output is moved *into* it (as `previous/`), so the marker never enters a folder
  the job did not write.

The rules that follow from it (README, "Re-running"):

* an existing `--output` is replaced only when it is empty or carries the marker; anything
  else (hidden files, `_config.yml`, folders that merely share a table's name) is refused
  unless `--overwrite` is given;
* a sibling named like a leftover (`out.old-…`, `out.staging-…`) is removed or restored
  only when it carries the marker with the id its name gives; others are never touched;
* `--output` may never be `/`, the home folder, the current folder or one of its parents,
  nor hold an input of the run (replacing it would delete that input), even with --overwrite.

    from pipeline.output_folder import check_output, make_staging, publish
    check_output("out", overwrite=False, inputs=["feed.jsonl"])
    staging = make_staging("out", new_run_id())
    ...   # the job writes its tables into `staging`
    publish(staging, "out")

Plain functions, tested without Beam (tests/pipeline/test_output_folder.py).
"""
from __future__ import annotations

import glob
import json
import logging
import os
import shutil
import time
import uuid
from typing import Iterable, Optional

from apache_beam.io.filesystems import FileSystems

from transforms.schemas import TABLES

LOG = logging.getLogger(__name__)
MARKER = "_newsnorm_run.json"
WRITTEN_BY = "newsnorm"
EXTRAS = ("summary.json", "report", MARKER)   # written beside the tables by the driver, published with them


class OutputInUse(ValueError):
    """--output cannot be used as asked; the message is one line."""


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


# ---------------------------------------------------------------------------
# The marker
# ---------------------------------------------------------------------------

def write_marker(folder: str, run_id: str, kind: str) -> None:
    """Mark `folder` (created by this run) as this run's: `kind` is staging, previous or streaming."""
    data = json.dumps({"written_by": WRITTEN_BY, "run_id": run_id, "kind": kind, "pid": os.getpid(),
                       "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}, indent=2).encode()
    path = _join(folder, MARKER)
    if "://" in path:
        with FileSystems.create(path) as f:
            f.write(data)
        return
    with open(path, "wb") as f:
        f.write(data)


def read_marker(folder: str) -> Optional[dict]:
    """The marker of a folder this job wrote, or None (no marker, or not one of ours)."""
    path = _join(folder, MARKER)
    try:
        if "://" in path:
            if not FileSystems.exists(path):
                return None
            with FileSystems.open(path) as f:
                data = json.loads(f.read().decode("utf-8"))
        else:
            if os.path.islink(path) or not os.path.isfile(path):
                return None
            with open(path, "rb") as f:
                data = json.loads(f.read(65536).decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("written_by") != WRITTEN_BY or not isinstance(data.get("run_id"), str):
        return None
    return data


def _join(folder: str, name: str) -> str:
    return f"{folder.rstrip('/')}/{name}" if "://" in folder else os.path.join(folder, name)


# ---------------------------------------------------------------------------
# Before a run: is --output ours to replace?
# ---------------------------------------------------------------------------

def _within(path: str, folder: str) -> bool:
    path, folder = os.path.realpath(path), os.path.realpath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _literal_part(pattern: str) -> str:
    """The part of an input pattern before its first glob character (the pattern if it names a path)."""
    if os.path.exists(pattern):
        return pattern
    parts = pattern.split(os.sep)
    head = []
    for part in parts:
        if glob.has_magic(part):
            break
        head.append(part)
    return os.sep.join(head) or "."


def absurd_output(output: str) -> Optional[str]:
    """Why `output` can never be an output folder (the root or a folder right under it, the home
    folder, the current folder or one of its parents), else None."""
    real = os.path.realpath(output)
    if real == os.path.realpath(os.sep) or os.path.dirname(real) == real:
        return "is the file system's root"
    if os.path.dirname(os.path.dirname(real)) == os.path.dirname(real):
        return "is a top-level folder of the file system"
    if real == os.path.realpath(os.path.expanduser("~")):
        return "is the home folder"
    if _within(os.getcwd(), real):
        return "is the current folder or one of its parents"
    return None


def check_output(output: str, overwrite: bool = False, inputs: Iterable[str] = ()) -> None:
    """Refuse (OutputInUse, one line) an --output this run must not replace:

    * an absurd folder (root, home, the current folder or a parent of it), always;
    * a folder holding one of the run's inputs, always (replacing it would delete the input);
    * an existing file, or a folder that is neither empty nor a newsnorm output (no marker),
      unless `overwrite`.
    """
    output = output.rstrip("/") or "/"
    if "://" in output:
        _check_remote(output, overwrite)
        return
    why = absurd_output(output)
    if why:
        raise OutputInUse(f"--output {output} {why}; choose a folder of its own")
    for pattern in inputs:
        if "://" not in pattern and _within(_literal_part(pattern), output):
            raise OutputInUse(f"--input {pattern} is inside --output {output}, which a run replaces "
                              "(the input would be deleted); write the output elsewhere")
    if not os.path.lexists(output):
        return
    if not os.path.isdir(output):
        if overwrite:
            return
        raise OutputInUse(f"--output {output} is a file; pass --overwrite to replace it")
    if overwrite or not os.listdir(output) or read_marker(output) is not None:
        return
    raise OutputInUse(f"--output {output} holds files that are not a newsnorm output (no {MARKER}); "
                      "pass --overwrite to replace the folder, or choose another")


def _check_remote(output: str, overwrite: bool) -> None:
    if overwrite or read_marker(output) is not None:
        return
    try:
        found = FileSystems.match([f"{output}/*"])[0].metadata_list
    except Exception:  # noqa: BLE001 - an unreachable store fails later, with its own error
        return
    if found:
        raise OutputInUse(f"--output {output} holds files that are not a newsnorm output (no {MARKER}); "
                          "pass --overwrite to replace them, or choose another")


# ---------------------------------------------------------------------------
# During a run: the staging folder, and publishing it
# ---------------------------------------------------------------------------

def staging_dir_for(output: str, run_id: Optional[str] = None) -> str:
    """The sibling folder of the output folder this run writes into."""
    return f"{output.rstrip('/')}.staging-{os.getpid()}-{run_id or new_run_id()}"


def make_staging(output: str, run_id: Optional[str] = None) -> str:
    """Create this run's staging folder with its marker; OutputInUse (one line) when it cannot be."""
    run_id = run_id or new_run_id()
    staging = staging_dir_for(output, run_id)
    try:
        if "://" not in staging:
            os.makedirs(os.path.dirname(os.path.abspath(staging)), exist_ok=True)
            os.mkdir(staging)
        write_marker(staging, run_id, "staging")
    except OSError as e:
        raise OutputInUse(f"cannot write beside --output {output}: {e.strerror or e}") from None
    return staging


def publish(staging_dir: str, output: str, summary: Optional[dict] = None) -> None:
    """Make the staged tables the output folder's content, replacing what was there.

    Local folders are swapped by rename, so readers see either the old complete output or
    the new complete output; the previous one waits in a marked `<out>.old-<run id>/previous`
    until the new one is in place. Missing tables are written empty.
    """
    from transforms.write import write_empty
    marker = read_marker(staging_dir)
    if marker is None:   # a staging folder made by hand (tests): it is ours from here on
        marker = {"run_id": new_run_id()}
        if "://" not in staging_dir:
            os.makedirs(staging_dir, exist_ok=True)
        write_marker(staging_dir, marker["run_id"], "staging")
    for name in TABLES:
        if not FileSystems.exists(FileSystems.join(staging_dir, name)):
            write_empty(name, staging_dir)
    if summary is not None:
        with FileSystems.create(FileSystems.join(staging_dir, "_manifest.json")) as f:
            f.write(json.dumps(summary, indent=2, sort_keys=True, default=str).encode())
    output = output.rstrip("/")
    if "://" in output:
        _publish_remote(staging_dir, output)
        return
    swap_in(staging_dir, output, marker["run_id"])


def swap_in(staging_dir: str, output: str, run_id: str) -> None:
    """Replace the local folder `output` by this run's `staging_dir`: two renames, the previous
    output waiting in a marked `<out>.old-<run id>/previous` between them (what `clean_stale()`
    restores when a run is killed there). A live streaming run commits each batch this way."""
    output = output.rstrip("/")
    old = None
    if os.path.lexists(output):
        old = f"{output}.old-{run_id}"
        os.mkdir(old)
        write_marker(old, run_id, "previous")
        os.replace(output, os.path.join(old, "previous"))
    os.replace(staging_dir, output)
    if old:
        shutil.rmtree(old)


def _publish_remote(staging_dir: str, output: str) -> None:
    """Object stores have no folder rename: replace table by table."""
    names = list(TABLES) + ["_manifest.json"] + [e for e in EXTRAS
                                                 if FileSystems.exists(FileSystems.join(staging_dir, e))]
    for name in names:
        target = FileSystems.join(output, name)
        if FileSystems.exists(target):
            FileSystems.delete([target])
        FileSystems.rename([FileSystems.join(staging_dir, name)], [target])
    FileSystems.delete([staging_dir])


def discard_staging(staging_dir: str) -> None:
    """Remove this run's own staging folder (a run that decided not to publish)."""
    if "://" not in staging_dir and read_marker(staging_dir) is not None:
        shutil.rmtree(staging_dir, ignore_errors=True)


def claim_streaming_output(output: str, overwrite: bool = False, inputs: Iterable[str] = ()) -> str:
    """Make --output this streaming run's own (pane files go straight into it); returns the run id.
    (A local watched-folder run keeps a ledger instead and may continue its own output:
    pipeline/stream_state.py.)

    An empty or missing folder is created and marked. A folder with anything in it (windows of
    another run, or files not ours) is refused (OutputInUse) unless `overwrite`, which clears it:
    locally it is moved into a marked `<out>.old-<run id>` and removed, on object stores its
    window_counts/ is deleted."""
    run_id = new_run_id()
    output = output.rstrip("/") or "/"
    if "://" in output:
        found = []
        try:
            found = FileSystems.match([f"{output}/*"])[0].metadata_list
        except Exception:  # noqa: BLE001 - an unreachable store fails later, with its own error
            pass
        if found and not overwrite:
            raise OutputInUse(f"--output {output} already holds files (windows of another run?); "
                              "pass --overwrite to clear it, or choose another")
        if found and FileSystems.exists(_join(output, "window_counts")):
            FileSystems.delete([_join(output, "window_counts")])
        write_marker(output, run_id, "streaming")
        return run_id
    check_output(output, overwrite=True, inputs=inputs)   # absurd folders, inputs inside it
    if os.path.isdir(output) and os.listdir(output) or os.path.lexists(output) and not os.path.isdir(output):
        if not overwrite:
            raise OutputInUse(f"--output {output} already holds files (windows of another run, or files "
                              "not ours); pass --overwrite to clear it, or choose another")
        old = f"{output}.old-{run_id}"
        os.mkdir(old)
        write_marker(old, run_id, "previous")
        os.replace(output, os.path.join(old, "previous"))
        shutil.rmtree(old)
    try:
        os.makedirs(output, exist_ok=True)
        write_marker(output, run_id, "streaming")
    except OSError as e:
        raise OutputInUse(f"cannot write --output {output}: {e.strerror or e}") from None
    return run_id


def table_rows(folder: str, names: Iterable[str] = TABLES) -> int:
    """Rows in a local output's tables (from the Parquet footers, nothing else is read)."""
    import pyarrow.parquet as pq
    total = 0
    for name in names:
        for root, _, files in os.walk(os.path.join(folder, name)):
            for f in files:
                if f.endswith(".parquet"):
                    try:
                        total += pq.ParquetFile(os.path.join(root, f)).metadata.num_rows
                    except Exception:  # noqa: BLE001 - an unreadable file is not rows
                        continue
    return total


def empty_run_refusal(staging_dir: str, output: str, allow_empty: bool = False) -> Optional[str]:
    """Why a run must not publish (one line), else None: a run that read 0 records (no article,
    no dead letter) never replaces an output that has rows, or a folder that is not ours,
    unless `allow_empty`."""
    if allow_empty or "://" in output or not os.path.isdir(output) or not os.listdir(output):
        return None
    if table_rows(staging_dir, ("articles", "dead_letter")) > 0:
        return None
    if read_marker(output) is not None:
        rows = table_rows(output)
        if rows == 0:
            return None
        what = f"its {rows:,} rows are kept"
    else:
        what = "it is kept as it is"
    return (f"the run read 0 records, so it does not replace --output {output} ({what}); check --input, "
            "or pass --allow_empty to write empty tables")


# ---------------------------------------------------------------------------
# What an interrupted run left beside the output
# ---------------------------------------------------------------------------

def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OverflowError:
        return False
    return True


def _ours(path: str, run_id: str, kind: str) -> Optional[dict]:
    marker = read_marker(path) if os.path.isdir(path) and not os.path.islink(path) else None
    if marker is None or marker["run_id"] != run_id or marker.get("kind") != kind:
        return None
    return marker


def clean_stale(output: str) -> list[str]:
    """Tidy what killed runs left beside a local output folder; returns what was done.

    Only siblings that carry this job's marker, with the run id their name gives, are touched:

    * `<output>.staging-<pid>-<id>` of a process that no longer runs: removed;
    * `<output>.old-<id>`: a run killed between the two renames of `publish()` left the
      previous output in it; moved back when `<output>` is missing, else removed.
    """
    output = output.rstrip("/")
    if "://" in output:
        return []
    parent, base = os.path.split(os.path.abspath(output))
    if not os.path.isdir(parent):
        return []
    done = []
    olds = []
    for name in os.listdir(parent):
        if name.startswith(base + ".old-"):
            marker = _ours(os.path.join(parent, name), name[len(base) + len(".old-"):], "previous")
            if marker is not None:
                olds.append((marker.get("created") or "", name))
    olds.sort()
    if olds and not os.path.lexists(output):
        _, name = olds.pop()
        previous = os.path.join(parent, name, "previous")
        if os.path.lexists(previous):
            os.replace(previous, output)
            done.append(f"restored {name}")
        olds.append(("", name))
    for _, name in olds:
        shutil.rmtree(os.path.join(parent, name), ignore_errors=True)
        done.append(f"removed {name}")
    for name in sorted(os.listdir(parent)):
        if not name.startswith(base + ".staging-"):
            continue
        pid, _, run_id = name[len(base) + len(".staging-"):].partition("-")
        if not pid.isdigit() or _ours(os.path.join(parent, name), run_id, "staging") is None:
            continue
        if _pid_alive(int(pid)):
            continue
        shutil.rmtree(os.path.join(parent, name), ignore_errors=True)
        done.append(f"removed {name}")
    return done
