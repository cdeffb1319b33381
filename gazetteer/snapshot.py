"""A warm gazetteer kept for the next process: the entities with every name index already built.

A worker used to spend ~1.5 CPU s on its gazetteer before its first answers: reading the artifact
(~0.6 s) and building the name indexes, gram postings, surname and role indexes on first use (~0.9 s).
All of it depends only on the artifact's bytes and on the code of this package, so the first process
that needs the gazetteer saves the warm object (one pickle, ~30 MB) and every later process of any
job loads it in ~0.35 CPU s.

    from gazetteer.snapshot import load_warm
    gaz = load_warm(artifact_path)          # the warm gazetteer, from the snapshot or built and saved

The snapshot is used only when it was made from the same artifact (its SHA-256), the same source of
every module of this package, the same Python and the same numpy: its file name carries a digest of
all of those, and its header carries the whole digest, which must match before anything is unpickled.
Any other file (a stale digest, a truncated or corrupt file, a header for another key) is never used:
the gazetteer is built afresh and the snapshot written again (snapshots of other keys that no
process has loaded for a day are removed then; checkouts of different code keep one each). Writes go to a temporary file renamed
into place, so two workers starting together never read half a file.

The folder is `$NEWSNORM_CACHE_DIR`, else `$XDG_CACHE_HOME/newsnorm`, else `~/.cache/newsnorm`;
`NEWSNORM_CACHE_DIR=` (empty) turns snapshots off. The first run on a machine pays ~1 CPU s more to
build every index and write the file. Only the packaged gazetteer as shipped goes through here in the
job (pipeline.loaders.GazetteerLoader); an artifact passed with `--gazetteer` or extended with a CSV is
loaded as before.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional

from gazetteer.index import AliasIndex
from gazetteer.memo import gazetteer_indexes
from gazetteer.store import Gazetteer, _TypeIndex, gc_paused, load_gazetteer

LOG = logging.getLogger(__name__)

FORMAT = 1
MAGIC = b"newsnorm-gazetteer-snapshot\n"
_PREFIX = "gazetteer-"
_SUFFIX = ".pickle"
UNUSED_FOR = 24 * 3600   # seconds: a snapshot of other code not loaded for a day is removed when one is written


def cache_dir() -> Optional[Path]:
    """The snapshot folder, or None when snapshots are off (`NEWSNORM_CACHE_DIR` set but empty)."""
    chosen = os.environ.get("NEWSNORM_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsnorm"


def _read_bytes(path) -> bytes:
    """The bytes of a path given as text, a `Path` or a packaged resource."""
    return (Path(path) if isinstance(path, str) else path).read_bytes()


def snapshot_key(artifact) -> str:
    """SHA-256 of everything the warm gazetteer depends on: the artifact's bytes, the source of every
    module of this package, the Python and numpy versions and this file's format."""
    import numpy
    digest = hashlib.sha256()
    digest.update(f"{FORMAT}\n{sys.version}\n{numpy.__version__}\n".encode())
    digest.update(hashlib.sha256(_read_bytes(artifact)).digest())
    for source in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + hashlib.sha256(source.read_bytes()).digest())
    return digest.hexdigest()


def snapshot_path(directory: Path, key: str) -> Path:
    return Path(directory) / f"{_PREFIX}{key[:24]}{_SUFFIX}"


def _state(gaz: Gazetteer) -> dict:
    """The warm gazetteer as plain data: its attributes and each type index's, postings included
    (an `AliasIndex` pickled on its own leaves its postings out), without the locks."""
    return {
        "gazetteer": {k: v for k, v in gaz.__dict__.items() if k not in ("_build_lock", "_type_indexes")},
        "type_indexes": {entity_type: (index.keys_by_position,
                                       {k: v for k, v in index.aliases.__dict__.items() if k != "_build_lock"})
                         for entity_type, index in gaz._type_indexes.items()},
    }


def _from_state(state: dict) -> Gazetteer:
    gaz = Gazetteer.__new__(Gazetteer)
    gaz.__dict__.update(state["gazetteer"])
    gaz._build_lock = threading.RLock()
    gaz._type_indexes = {}
    for entity_type, (keys_by_position, alias_state) in state["type_indexes"].items():
        aliases = AliasIndex.__new__(AliasIndex)
        aliases.__dict__.update(alias_state)
        aliases._build_lock = threading.Lock()
        gaz._type_indexes[entity_type] = _TypeIndex(aliases, keys_by_position)
    return gaz


def warm_all(gaz: Gazetteer) -> Gazetteer:
    """Every index a job may build on first use, built now: the gazetteer's own, and those the resolver's
    modules build from its entities (gazetteer/memo.py: party short forms, names less their last word, ...)."""
    import gazetteer.resolver  # noqa: F401 - every module of the resolver, so every index it may build
    gaz.warm()
    _ = gaz.given_name_counts
    for index in gazetteer_indexes():
        index(gaz)
    return gaz


def save(gaz: Gazetteer, path: Path, key: str) -> None:
    """Write the warm gazetteer to `path` (a temporary file renamed into place), with `key` in its header."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(MAGIC + key.encode() + b"\n")
            pickle.dump(_state(gaz), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def load(path: Path, key: str) -> Optional[Gazetteer]:
    """The gazetteer saved at `path` for `key`, or None: no file, a header for another key, or a file
    that does not read to the end (truncated, corrupt, made by other code)."""
    try:
        with open(path, "rb") as handle:
            if handle.readline() != MAGIC or handle.readline() != key.encode() + b"\n":
                return None
            with gc_paused():
                state = pickle.load(handle)
            return _from_state(state)
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - an unreadable snapshot is rebuilt, never used
        LOG.warning("gazetteer snapshot %s is unreadable (%s): building the gazetteer afresh", path, error)
        return None


_IN_PROCESS: dict = {}   # {artifact as given: the warm gazetteer this process made or read of it}, the last one only


def warm_in_process(artifact) -> Optional[Gazetteer]:
    """The warm gazetteer of `artifact` that this process already has (`load_warm`), else None: for the
    tables of the packaged gazetteer that code without the job's gazetteer at hand reads (the country demonyms
    of the expulsion reader), instead of reading the artifact once more."""
    return _IN_PROCESS.get(str(artifact))


def _kept(artifact, gaz: Gazetteer) -> Gazetteer:
    _IN_PROCESS.clear()
    _IN_PROCESS[str(artifact)] = gaz
    return gaz


def load_warm(artifact, directory: Optional[Path] = None) -> Gazetteer:
    """The gazetteer of `artifact` with every index built: from its snapshot in `directory` (default
    `cache_dir()`) when one was made from the same artifact and code, else loaded, warmed and saved
    there (removing the snapshots of other keys unused for a day). Without a folder, loaded and warmed only."""
    directory = cache_dir() if directory is None else directory
    if directory is None:
        return _kept(artifact, warm_all(load_gazetteer(artifact)))
    key = snapshot_key(artifact)
    path = snapshot_path(directory, key)
    gaz = load(path, key)
    if gaz is not None:
        with contextlib.suppress(OSError):
            os.utime(path)   # in use: not removed as unused by a process of other code
        return _kept(artifact, gaz)
    gaz = warm_all(load_gazetteer(artifact))
    try:
        save(gaz, path, key)
        unused = time.time() - UNUSED_FOR
        for other in Path(directory).glob(f"{_PREFIX}*{_SUFFIX}"):
            with contextlib.suppress(OSError):
                if other != path and other.stat().st_mtime < unused:
                    other.unlink()
    except Exception as error:  # noqa: BLE001 - a folder that cannot be written costs speed, not the run
        LOG.warning("could not write the gazetteer snapshot to %s: %s", directory, error)
    return _kept(artifact, gaz)

