"""Logging for a command-line run: quiet by default, `--verbose` for more.

Default: newsnorm's own INFO messages (progress lines, where the output went)
and everyone's warnings. `--verbose`: newsnorm's DEBUG messages and Beam's INFO.
One format for everything: `HH:MM:SS LEVEL logger: message`.
"""
from __future__ import annotations

import logging
import sys

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
DATEFMT = "%H:%M:%S"
# Warnings that Beam prints on every start and that say nothing about this job.
KNOWN_NOISE = (
    "apitools not found, and bigquery client libraries are not available",
)


class DropKnownNoise(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage() if record.args else str(record.msg)
        return not msg.startswith(KNOWN_NOISE)


def silence_import_noise() -> None:
    """Drop Beam's import-time warnings (call before `import apache_beam`).

    Only a filter on the root logger: no handler is installed, so a library
    user's own logging setup is untouched.
    """
    root = logging.getLogger()
    if not any(isinstance(f, DropKnownNoise) for f in root.filters):
        root.addFilter(DropKnownNoise())


def configure(verbose: bool = False, stream=None) -> None:
    """Set up logging for a command-line run (replaces any earlier basicConfig)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT, DATEFMT))
    handler.addFilter(DropKnownNoise())
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler], force=True)
    logging.getLogger("newsnorm").setLevel(logging.DEBUG if verbose else logging.INFO)
    # Beam's per-bundle chatter stays out of even a verbose run's way.
    for noisy in ("apache_beam.runners.portability.fn_api_runner", "apache_beam.runners.worker"):
        logging.getLogger(noisy).setLevel(logging.INFO if verbose else logging.WARNING)
