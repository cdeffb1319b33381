"""Which files an --input names: a literal file is that file, a folder its files, else a glob.

    resolve_inputs(["feed[1].jsonl", "dumps/", "more/*.jsonl.gz"])   # local: matched now
    resolve_inputs(["gs://B/feed/*.jsonl.gz"])                       # remote: matched by the job

Local inputs are matched when the job is built, so that an input matching no file is a
one-line error before anything runs, never a run that reads 0 records: a name that exists
as a file is read as that file even when it holds glob characters (`feed[1].jsonl`); a
folder means every file directly in it (an empty folder matches nothing); anything else is
a glob (`*`, `?`, `[...]`, `**`). Remote patterns (gs://, s3://, ...) are matched by the
running job (`files_of`), which fails the same way when one matches nothing.
"""
from __future__ import annotations

import glob
import os
from typing import Iterable

from apache_beam.io.filesystems import FileSystems


class NoInputFiles(ValueError):
    """An --input that matches no file; the message is one line."""


def is_remote(path: str) -> bool:
    return "://" in path


def expand_pattern(pattern: str) -> str:
    """A local folder, or any path ending in '/', means every file in it."""
    if pattern.endswith("/") or os.path.isdir(pattern):
        return pattern.rstrip("/") + "/*"
    return pattern


def local_files(pattern: str) -> list[str]:
    """The files a local --input names (see the module docstring), sorted."""
    if os.path.isfile(pattern):
        return [pattern]
    if os.path.isdir(pattern):
        return sorted(os.path.join(pattern, n) for n in os.listdir(pattern)
                      if os.path.isfile(os.path.join(pattern, n)))
    if not glob.has_magic(pattern):
        return []
    return sorted(p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p))


def files_of(pattern: str) -> list[str]:
    """The files one input names, local or remote; NoInputFiles when there are none."""
    if is_remote(pattern):
        if FileSystems.exists(pattern) and not pattern.endswith("/"):
            found = [pattern]
        else:
            found = sorted(m.path for m in FileSystems.match([expand_pattern(pattern)])[0].metadata_list)
    else:
        found = local_files(pattern)
    if not found:
        raise NoInputFiles(f"--input {pattern} matches no file" + (
            " (an empty folder)" if not is_remote(pattern) and os.path.isdir(pattern) else ""))
    return found


def resolve_inputs(patterns: Iterable[str]) -> list[str]:
    """Local inputs as the files they name (each once), remote patterns as given.

    Raises NoInputFiles naming every local input that matches nothing."""
    resolved, seen, missing = [], set(), []
    for pattern in patterns:
        if is_remote(pattern):
            resolved.append(pattern)
            continue
        try:
            files = files_of(pattern)
        except NoInputFiles:
            missing.append(pattern + (" (an empty folder)" if os.path.isdir(pattern) else ""))
            continue
        for path in files:
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                resolved.append(path)
    if missing:
        raise NoInputFiles(f"--input {', '.join(missing)} "
                           f"match{'es' if len(missing) == 1 else ''} no file")
    return resolved
