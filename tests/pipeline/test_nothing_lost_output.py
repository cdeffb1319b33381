"""Nothing lost, ever: --output and the folders beside it (issue 15, cases 1, 2, 8, 12).

Only what a run of this job provably wrote (it carries `_newsnorm_run.json` with the run's id)
is ever removed, restored or replaced. Checked on the plain functions of
pipeline/output_folder.py and, for what a user types, on `pipeline.run.main`.
"""
import hashlib
import json
import os
from pathlib import Path

import pytest

from pipeline.output_folder import (MARKER, OutputInUse, check_output, clean_stale, make_staging, publish,
                                    read_marker, write_marker)
from pipeline.run import main

TINY = [{"id": "t1", "text": "Rain in Oslo."}]


def feed(path: Path, records=TINY) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def snapshot(folder: Path) -> dict:
    """Every file and folder under `folder` with its bytes' hash."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(folder.rglob("*"))}


def newsnorm(args, capsys) -> tuple[int, str]:
    try:
        code = main(["--runner", "FnApiRunner", "--no_report", "--progress_interval", "0"] + args)
    except SystemExit as e:   # the command line's own checks exit before the job is built
        code = e.code
    return code, capsys.readouterr().err


# --- an --output folder the job did not write -------------------------------------------------------

@pytest.mark.parametrize("user_files", [
    {".git/HEAD": "ref: refs/heads/main\n", ".bashrc": "alias ll='ls -l'\n", "_config.yml": "title: blog\n"},
    {"articles/notes.txt": "my own articles", "report/q3.txt": "draft"},
    {"articles/": None, "report/": None},
])
def test_a_folder_the_job_did_not_write_is_refused_without_overwrite(tmp_path, user_files):
    out = tmp_path / "out"
    for name, text in user_files.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).mkdir() if text is None else (out / name).write_text(text)
    with pytest.raises(OutputInUse, match="not a newsnorm output"):
        check_output(str(out))
    check_output(str(out), overwrite=True)   # the user says so


def test_an_empty_folder_or_a_previous_newsnorm_output_is_replaced_without_overwrite(tmp_path):
    (tmp_path / "empty").mkdir()
    check_output(str(tmp_path / "empty"))
    ours = tmp_path / "ours"
    publish(make_staging(str(ours)), str(ours))
    assert read_marker(str(ours))["written_by"] == "newsnorm"
    check_output(str(ours))


def test_an_input_inside_the_output_is_never_deleted_not_even_with_overwrite(tmp_path, capsys):
    d = tmp_path / "D"
    d.mkdir()
    src = feed(d / "_feed.jsonl")
    before = snapshot(d)
    for extra in ([], ["--overwrite"]):
        code, err = newsnorm(["--input", str(src), "--output", str(d)] + extra, capsys)
        assert code == 2 and "is inside --output" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(OutputInUse, match="inside --output"):
        check_output(str(d), overwrite=True, inputs=[str(d / "*.jsonl")])
    assert snapshot(d) == before


@pytest.mark.parametrize("where", ["/", "~", ".", "..", "/tmp"])
def test_an_absurd_output_root_is_refused_with_one_line(tmp_path, capsys, where):
    src = feed(tmp_path / "f.jsonl")
    code, err = newsnorm(["--input", str(src), "--output", os.path.expanduser(where), "--overwrite"], capsys)
    assert code == 2 and err.startswith("newsnorm: --output") and len(err.strip().splitlines()) == 1


def test_an_unwritable_output_parent_is_one_line_not_a_traceback(tmp_path, capsys):
    src = feed(tmp_path / "f.jsonl")
    (tmp_path / "a_file").write_text("x")
    code, err = newsnorm(["--input", str(src), "--output", str(tmp_path / "a_file" / "out")], capsys)
    assert code == 2 and "cannot write beside --output" in err and len(err.strip().splitlines()) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_output_parent_is_one_line_not_a_traceback(tmp_path, capsys):
    src = feed(tmp_path / "f.jsonl")
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o500)
    try:
        code, err = newsnorm(["--input", str(src), "--output", str(parent / "out")], capsys)
    finally:
        parent.chmod(0o700)
    assert code == 2 and "cannot write beside --output" in err


# --- folders beside --output --------------------------------------------------------------------------

def test_folders_named_like_leftovers_without_our_marker_are_never_touched(tmp_path):
    for name in ("res.old-2024", "res.staging-area", "res.old-deadbeef", "res.staging-999999999-abc"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "keep.txt").write_text(name)
    # a marker that is not ours, and one of ours whose run id does not match the folder's name
    (tmp_path / "res.old-deadbeef" / MARKER).write_text('{"written_by": "someone", "run_id": "deadbeef"}')
    write_marker(str(tmp_path / "res.staging-999999999-abc"), "other", "staging")
    before = snapshot(tmp_path)
    assert clean_stale(str(tmp_path / "res")) == []
    assert snapshot(tmp_path) == before and not (tmp_path / "res").exists()


def test_a_full_run_leaves_user_siblings_byte_for_byte(tmp_path, capsys):
    src = feed(tmp_path / "in.jsonl")
    for name in ("res.old-2024", "res.staging-area", "res.staging-1-x", "res.old-x"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "data.csv").write_text("a,b\n1,2\n")
    before = snapshot(tmp_path)
    code, _ = newsnorm(["--input", str(src), "--output", str(tmp_path / "res")], capsys)
    assert code == 0 and read_marker(str(tmp_path / "res")) is not None
    after = {k: v for k, v in snapshot(tmp_path).items() if not k.startswith("res/") and k != "res"}
    assert after == before


def test_a_publish_killed_between_its_renames_is_undone_only_from_our_marked_folder(tmp_path):
    out = tmp_path / "out"
    publish(make_staging(str(out)), str(out))
    first = snapshot(out)
    run_id = "0123456789ab"
    old = tmp_path / f"out.old-{run_id}"      # what publish() does first, then "dies"
    old.mkdir()
    write_marker(str(old), run_id, "previous")
    os.replace(out, old / "previous")
    assert clean_stale(str(out)) == [f"restored out.old-{run_id}", f"removed out.old-{run_id}"]
    assert snapshot(out) == first and not old.exists()
