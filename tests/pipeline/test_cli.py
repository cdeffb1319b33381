"""The command line: --help documents every option with its default; bad values give one line, exit 2."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.options import cli_parser

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, cmd=None, timeout=300):
    return subprocess.run(cmd or [sys.executable, "-m", "pipeline.run", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def option_help(text: str) -> dict:
    """--option -> its help text, from argparse's help output."""
    found, current = {}, None
    for line in text.splitlines():
        stripped = line.strip()
        if line.startswith("  --"):
            current = stripped.split()[0]
            found[current] = stripped
        elif current and line.startswith("      ") and stripped:
            found[current] += " " + stripped
        elif not stripped:
            current = None
    return found


def test_help_lists_every_option_with_its_default():
    done = cli("--help")
    assert done.returncode == 0 and "Traceback" not in done.stderr
    helps = option_help(done.stdout)
    options = [a.option_strings[0] for a in cli_parser()._actions if a.option_strings and a.dest != "help"]
    assert {"--input", "--output", "--rows_per_file", "--no_report", "--verbose", "--progress_interval"} <= set(options)
    for opt in options:
        assert opt in helps, opt
        assert "default" in helps[opt] or "(required)" in helps[opt], helps[opt]
    assert "(default: 1000000)" in helps["--rows_per_file"]
    assert "--runner" in done.stdout                      # Beam's options pass through, and say so


@pytest.mark.parametrize("args,message", [
    (["--batch_size", "many", "--input", "x", "--output", "y"], "--batch_size: invalid int value: 'many'"),
    (["--direct_num_workers", "two", "--input", "x", "--output", "y"], "--direct_num_workers: invalid int value"),
    (["--rows_per_file", "0", "--input", "x", "--output", "y"], "--rows_per_file must be at least 1"),
    (["--input", "x"], "--output is required"),
])
def test_a_bad_option_is_one_line_and_exit_2(args, message):
    done = cli(*args)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("newsnorm: ") and message in lines[0], done.stderr


def test_run_local_sh_help_works():
    done = cli(cmd=["bash", str(ROOT / "run_local.sh"), "--help"], timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "--rows_per_file" in done.stdout and "--output" in done.stdout
