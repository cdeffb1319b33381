"""Helpers for tests that start real services: loopback only, random free ports, always stopped.

Every service runs in its own process group so that stopping it also stops
what it spawned (SDK workers of a worker pool, a Dask worker's children).
"""
from __future__ import annotations

import gzip
import json
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import pyarrow.dataset as ds

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent

SMALL_FEED = [
    {"id": "d-poland", "published_at": "2022-04-01T09:00:00Z", "source": "test",
     "text": "Poland expelled 45 Russian diplomats on Wednesday, the foreign ministry in Warsaw said."},
    {"id": "d-ecuador", "published_at": "2011-04-08T00:00:00Z", "title": "Quito retaliates",
     "text": "Ecuador on Friday expelled the American ambassador, Heather Hodges, over a leaked cable. "
             "The United States responded by expelling Ecuador's ambassador to Washington."},
    {"id": "d-britain", "published_at": "2018-03-14T12:00:00Z",
     "text": "Britain expelled 23 Russian diplomats after the poisoning in Salisbury, Theresa May told parliament."},
    {"id": "d-threat", "published_at": "2020-06-01T00:00:00Z",
     "text": "Germany threatened to expel Chinese diplomats if the investigation stalled."},
    {"id": "d-migrants", "published_at": "2021-03-01T00:00:00Z",
     "text": "Border agents expelled 300 migrants to Mexico last week, officials in Texas said."},
]


def write_small_feed(folder: Path) -> Path:
    """A few short articles with expulsions, one negative, one hypothetical and one broken line."""
    lines = [json.dumps(r) for r in SMALL_FEED] + ['{"id": "broken", "text": ']
    path = folder / "small_feed.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def service_env(pythonpath: bool = True) -> dict:
    """This venv first on PATH (a worker pool starts workers with the `python` on PATH); with
    `pythonpath`, the repo importable through PYTHONPATH, else no PYTHONPATH at all."""
    env = dict(os.environ)
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    if pythonpath:
        env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    else:
        env.pop("PYTHONPATH", None)
    return env


def installed_checkout() -> Optional[Path]:
    """The checkout whose `pipeline` package this venv imports with no PYTHONPATH, from outside any
    checkout (what scripts/ensure_venv.sh installs), or None."""
    code = "import os, pipeline; print(os.path.dirname(os.path.dirname(os.path.realpath(pipeline.__file__))))"
    found = subprocess.run([str(VENV_BIN / "python"), "-c", code], cwd="/", env=service_env(pythonpath=False),
                           capture_output=True, text=True)
    return Path(found.stdout.strip()) if found.returncode == 0 else None


def start(cmd: list, log: Path, pythonpath: bool = True, cwd: Optional[Path] = None) -> subprocess.Popen:
    """Start a service in its own process group, output to `log`."""
    f = open(log, "wb")
    try:
        return subprocess.Popen(cmd, cwd=cwd or REPO, env=service_env(pythonpath), stdout=f,
                                stderr=subprocess.STDOUT, start_new_session=True)
    finally:
        f.close()


def stop(proc: subprocess.Popen) -> None:
    """Stop a service and everything it spawned (its process group): TERM, then KILL."""
    if proc is None:
        return
    try:
        pgid = os.getpgid(proc.pid)
    except ProcessLookupError:
        return
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            # the leader is gone; make sure no child of the group survives it
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue
        return


def wait_for_port(port: int, proc: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    """Block until something accepts connections on 127.0.0.1:port (bounded, with a clear error)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[:4]} exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"nothing listened on 127.0.0.1:{port} after {timeout:.0f} s "
                       f"({proc.args[:4]}):\n{log.read_text(errors='replace')[-3000:]}")


def listening_addresses(pids: set) -> set:
    """(address, port) of every TCP socket the given processes listen on (Linux /proc), best effort."""
    inodes = set()
    for pid in pids:
        fd_dir = Path(f"/proc/{pid}/fd")
        try:
            for fd in fd_dir.iterdir():
                try:
                    target = os.readlink(fd)
                except OSError:
                    continue
                if target.startswith("socket:["):
                    inodes.add(target[8:-1])
        except OSError:
            continue
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            cols = row.split()
            local, state, inode = cols[1], cols[3], cols[9]
            if state != "0A" or inode not in inodes:   # 0A = LISTEN
                continue
            addr_hex, port_hex = local.split(":")
            found.add((_decode_addr(addr_hex), int(port_hex, 16)))
    return found


def _decode_addr(h: str) -> str:
    raw = bytes.fromhex(h)
    if len(raw) == 4:
        return socket.inet_ntop(socket.AF_INET, raw[::-1])
    words = b"".join(raw[i:i + 4][::-1] for i in range(0, 16, 4))
    return socket.inet_ntop(socket.AF_INET6, words)


def group_pids(proc: subprocess.Popen) -> set:
    """Pids of the processes in proc's process group."""
    try:
        pgid = os.getpgid(proc.pid)
    except ProcessLookupError:
        return set()
    pids = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if os.getpgid(int(d.name)) == pgid:
                    pids.add(int(d.name))
            except (ProcessLookupError, PermissionError):
                continue
    return pids


def is_loopback(addr: str) -> bool:
    return addr.startswith("127.") or addr == "::1" or addr == "::ffff:127.0.0.1"


def table_rows(out: Path) -> dict:
    """{table: sorted rows} of every table of a run's output; file layout (shards, partitions) ignored."""
    from transforms.schemas import TABLES
    tables = {}
    for name in TABLES:
        folder = out / name
        rows = ds.dataset(str(folder), format="parquet", partitioning="hive").to_table().to_pylist()
        tables[name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return tables


@contextmanager
def services(*procs):
    """Stop every started service on exit, whatever happened."""
    try:
        yield procs
    finally:
        for p in reversed(procs):
            stop(p)
