"""Which files in a watched folder are ready to read (both streaming runs list folders with this)."""
from __future__ import annotations

from apache_beam.io.filesystems import FileSystems

from transforms.read import expand_pattern

# names a writer uses while a file is incomplete; such files are not read (write, then rename)
PARTIAL_PREFIXES = (".", "_", "~")
PARTIAL_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".swp")


def is_complete_file(path: str) -> bool:
    """Is this a file to read, rather than one still being written under a temporary name?"""
    name = path.rstrip("/").rsplit("/", 1)[-1]
    return bool(name) and not name.startswith(PARTIAL_PREFIXES) and not name.lower().endswith(PARTIAL_SUFFIXES)


def list_folder(folder: str) -> list[str]:
    """Complete files in `folder` now, sorted."""
    result = FileSystems.match([expand_pattern(folder)])[0]
    return sorted(m.path for m in result.metadata_list if is_complete_file(m.path))
