"""Property: whatever user files surround --output (beside it, inside it, in folders named like
leftovers), no byte of them changes across runs of the job. Few examples, the tiny feed."""
import hashlib
import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline.run import main

TABLE_LIKE = ["articles", "report", "events", "dead_letter", "summary.json", "_manifest.json"]
NAMES = st.one_of(
    st.sampled_from([".git", ".bashrc", "_config.yml", "notes.txt", "data.csv"] + TABLE_LIKE),
    st.text(alphabet="abcdefghij_.-0123456789", min_size=1, max_size=12).filter(lambda n: n not in (".", "..")),
)
# where a user file lives, relative to the folder that holds --output ("res")
PLACES = st.sampled_from(["", "res", "res/articles", "res.old-2024", "res.staging-area", "res.staging-1-x",
                          "res.old-0123456789ab", "other"])
USER_FILES = st.lists(st.tuples(PLACES, NAMES, st.binary(max_size=64)), min_size=1, max_size=8)


def snapshot(root: Path, skip: str) -> dict:
    """Every file under root but those inside the folder `skip`, with its bytes' hash."""
    found = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_file() and not p.is_symlink() and rel.split("/")[0] != skip:
            found[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return found


def plant(root: Path, files) -> None:
    for place, name, data in files:
        folder = root / place if place else root
        if folder.exists() and not folder.is_dir():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        if not target.exists():
            target.write_bytes(data)


def fake_run(out: Path, overwrite: bool, inputs) -> int:
    """What run() does to the file system around --output, without the pipeline in between."""
    from pipeline.output_folder import OutputInUse, check_output, clean_stale, make_staging, publish
    from transforms.write import write_empty
    try:
        check_output(str(out), overwrite, inputs)
    except OutputInUse:
        return 2
    clean_stale(str(out))
    staging = make_staging(str(out))
    write_empty("articles", staging)
    publish(staging, str(out))
    return 0


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(USER_FILES, st.booleans())
def test_no_byte_of_a_user_file_around_output_changes_across_publishes(files, overwrite):
    root = Path(tempfile.mkdtemp(prefix="newsnorm-prop-"))
    try:
        plant(root, files)
        out = root / "res"
        foreign = out.exists()
        keep = snapshot(root, skip="res")     # beside the output: never touched, whatever the flags
        inside = snapshot(root, skip="")      # with the output's own content
        for _ in range(2):
            code = fake_run(out, overwrite, [str(root / "feed.jsonl")])
            assert code == (0 if overwrite or not foreign else 2)
            assert snapshot(root, skip="res") == keep
            if code == 2:
                assert snapshot(root, skip="") == inside
    finally:
        shutil.rmtree(root, ignore_errors=True)


@settings(max_examples=2, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(USER_FILES)
def test_no_byte_of_a_user_file_around_output_changes_across_real_runs(files):
    root = Path(tempfile.mkdtemp(prefix="newsnorm-prop-"))
    try:
        plant(root, files)
        feed = root / "feed.jsonl"
        if not feed.exists():
            feed.write_text(json.dumps({"id": "t1", "text": "Rain in Oslo."}) + "\n")
        out = root / "res"
        foreign = out.exists()
        before = snapshot(root, skip="" if foreign else "res")
        try:
            code = main(["--input", str(feed), "--output", str(out), "--runner", "FnApiRunner", "--no_report",
                         "--progress_interval", "0"])
        except SystemExit as e:
            code = e.code
        assert code == (2 if foreign else 0)
        assert snapshot(root, skip="" if foreign else "res") == before
    finally:
        shutil.rmtree(root, ignore_errors=True)
