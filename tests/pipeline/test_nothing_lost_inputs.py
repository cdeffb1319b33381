"""Nothing lost, ever: inputs and options are checked at the edge (issue 15, cases 4, 7, 12).

An input that names no file, an absurd option value, a mistyped option: one line, exit 2,
before anything runs. A run that reads 0 records never replaces an output that has rows.
"""
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.output_folder import MARKER, OutputInUse, claim_streaming_output, read_marker
from pipeline.run import main
from transforms.inputs import NoInputFiles, resolve_inputs


def feed(path: Path, texts=("Rain in Oslo.",)) -> Path:
    path.write_text("".join(json.dumps({"id": f"k{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
    return path


def newsnorm(args, capsys) -> tuple[int, str]:
    try:
        code = main(["--runner", "FnApiRunner", "--no_report", "--progress_interval", "0"] + args)
    except SystemExit as e:   # the command line's own checks exit before the job is built
        code = e.code
    return code, capsys.readouterr().err


def one_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("newsnorm: ") and "Traceback" not in err, err
    return lines[0]


def article_ids(out: Path) -> list:
    return sorted(pq.read_table(out / "articles").column("article_id").to_pylist())


# --- inputs ------------------------------------------------------------------------------------------

def test_a_literal_file_name_with_glob_characters_is_read_as_that_file(tmp_path):
    literal = feed(tmp_path / "feed[1].jsonl")
    feed(tmp_path / "feed1.jsonl", ["Another file the brackets would match as a glob."])
    assert resolve_inputs([str(literal)]) == [str(literal)]
    assert resolve_inputs([str(tmp_path / "feed?.jsonl")]) == [str(tmp_path / "feed1.jsonl")]


def test_a_file_given_twice_or_through_a_folder_and_a_glob_is_read_once(tmp_path):
    src = feed(tmp_path / "a.jsonl")
    assert resolve_inputs([str(src), str(tmp_path), str(tmp_path / "*.jsonl")]) == [str(src)]


@pytest.mark.parametrize("name", ["missing.jsonl", "nothing-*.jsonl", "empty_folder"])
def test_an_input_that_matches_no_file_is_one_line_and_exit_2(tmp_path, capsys, name):
    (tmp_path / "empty_folder").mkdir()
    with pytest.raises(NoInputFiles):
        resolve_inputs([str(tmp_path / name)])
    code, err = newsnorm(["--input", str(tmp_path / name), "--output", str(tmp_path / "out")], capsys)
    assert code == 2 and "matches no file" in one_line(err)
    assert not (tmp_path / "out").exists()


def test_a_run_that_reads_nothing_never_replaces_an_output_with_rows(tmp_path, capsys):
    out = tmp_path / "out"
    literal = feed(tmp_path / "feed[1].jsonl", ["Poland expelled 45 Russian diplomats.", "Rain in Oslo."])
    assert newsnorm(["--input", str(literal), "--output", str(out)], capsys)[0] == 0
    assert article_ids(out) == ["k0", "k1"]        # the brackets were not read as a glob
    before = (out / MARKER).read_bytes()

    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    code, err = newsnorm(["--input", str(empty), "--output", str(out)], capsys)
    last = err.strip().splitlines()[-1]   # after the run's own log lines
    assert code == 2 and "read 0 records" in last and "--allow_empty" in last and "Traceback" not in err
    assert article_ids(out) == ["k0", "k1"] and (out / MARKER).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("out.")] == []   # its staging is gone

    assert newsnorm(["--input", str(empty), "--output", str(out), "--allow_empty"], capsys)[0] == 0
    assert article_ids(out) == []


# --- options -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("args, message", [
    (["--max_chars", "2000000000000000000"], "--max_chars must be"),
    (["--max_chars", "0"], "--max_chars must be"),
    (["--progress_interval", "nan"], "--progress_interval must be"),
    (["--event_window_days", "99999999999999"], "--event_window_days must be"),
    (["--batch_size", "10000000000"], "--batch_size must be"),
    (["--ouput", "x"], "unknown option --ouput; did you mean --output?"),
    (["--dask_client_adress", "x"], "unknown option --dask_client_adress; did you mean --dask_client_address?"),
    (["--spacy_model", "en_core_web_nonexistent"], "--spacy_model en_core_web_nonexistent"),
    (["--spacy_model", "../../etc"], "--spacy_model ../../etc"),
    (["--gazetteer", "/no/such/gazetteer.jsonl.gz"], "--gazetteer /no/such/gazetteer.jsonl.gz: no such file"),
])
def test_an_absurd_or_mistyped_option_is_one_line_and_exit_2(tmp_path, capsys, args, message):
    src = feed(tmp_path / "f.jsonl")
    code, err = newsnorm(["--input", str(src), "--output", str(tmp_path / "out")] + args, capsys)
    assert code == 2 and message in one_line(err)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("content", [None, "name,aliases\nOnly,\n", "name,type\n,PERSON\n", b"\xff\xfe\x00garbage"])
def test_a_bad_gazetteer_extra_is_one_line_and_exit_2(tmp_path, capsys, content):
    src = feed(tmp_path / "f.jsonl")
    extra = tmp_path / "extra.csv"
    if isinstance(content, bytes):
        extra.write_bytes(content)
    elif content is not None:
        extra.write_text(content)
    code, err = newsnorm(["--input", str(src), "--output", str(tmp_path / "out"), "--gazetteer_extra",
                          str(extra)], capsys)
    assert code == 2 and "--gazetteer_extra" in one_line(err)


@pytest.mark.parametrize("args, message", [
    (["--watch_interval_seconds", "nan"], "--watch_interval_seconds must be"),
    (["--watch_interval_seconds", "inf"], "--watch_interval_seconds must be"),
    (["--window_minutes", "99999999999999"], "--window_minutes must be"),
    (["--allowed_lateness_minutes", "99999999999999"], "--allowed_lateness_minutes must be"),
    (["--watch_stop_after_seconds", "nan"], "--watch_stop_after_seconds must be"),
])
def test_absurd_streaming_options_are_one_line_and_exit_2(tmp_path, capsys, args, message):
    base = ["--streaming", "--watch_folder", str(tmp_path), "--output", str(tmp_path / "out"),
            "--watch_stop_after_seconds", "1"]
    code, err = newsnorm(base + args, capsys)
    assert code == 2 and message in one_line(err)


# --- a streaming --output ----------------------------------------------------------------------------

def test_a_streaming_run_refuses_an_output_holding_windows_of_another_run(tmp_path, capsys):
    out, incoming = tmp_path / "out", tmp_path / "incoming"
    incoming.mkdir()
    pane = out / "window_counts" / "window_start=2022-04-07T00:00" / "pane=0" / "part-00000.parquet"
    pane.parent.mkdir(parents=True)
    pane.write_bytes(b"a window of another run")
    code, err = newsnorm(["--streaming", "--watch_folder", str(incoming), "--output", str(out),
                          "--watch_stop_after_seconds", "1"], capsys)
    assert code == 2 and "--overwrite" in one_line(err) and pane.read_bytes() == b"a window of another run"
    with pytest.raises(OutputInUse):
        claim_streaming_output(str(out))


def test_a_streaming_run_with_overwrite_starts_from_a_cleared_marked_output(tmp_path):
    out = tmp_path / "out"
    (out / "window_counts").mkdir(parents=True)
    (out / "window_counts" / "old.parquet").write_bytes(b"old")
    run_id = claim_streaming_output(str(out), overwrite=True)
    assert [p.name for p in out.iterdir()] == [MARKER] and read_marker(str(out))["run_id"] == run_id
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    with pytest.raises(OutputInUse, match="inside --output"):   # a watched folder inside it: never cleared
        (out / "incoming").mkdir()
        claim_streaming_output(str(out), overwrite=True, inputs=[str(out / "incoming")])


def test_checking_known_options_loads_no_dask_runner():
    import subprocess
    import sys
    code = ("import sys; from pipeline.options import unknown_options; "
            "print(unknown_options(['--input', 'a', '--output', 'b', '--direct_num_workers', '2']), "
            "'apache_beam.runners.dask.dask_runner' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2], check=True)
    assert done.stdout.split() == ["None", "False"]
