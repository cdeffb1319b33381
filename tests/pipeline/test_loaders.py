"""The job's gazetteer handle: every step on a worker gets one gazetteer, loaded once per process."""
import contextlib
import gc
import gzip
import json
import pickle
import subprocess
import sys
from pathlib import Path

import gazetteer.store
from gazetteer.model import Entity
from pipeline.loaders import CountryNames, GazetteerLoader, hand_back_at_exit


def tiny_artifact(path):
    entities = [Entity("Q145", "United Kingdom", "COUNTRY", "GB", aliases=["Britain"], demonyms=["British"]),
                Entity("Q159", "Russia", "COUNTRY", "RU", demonyms=["Russian"])]
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for entity in entities:
            out.write(json.dumps(entity.to_json()) + "\n")
    return str(path)


def counted_loads(monkeypatch) -> list:
    loads = []
    real = gazetteer.store.load_gazetteer

    def load(path=None, extra_csv=None):
        loads.append(path)
        return real(path, extra_csv)
    monkeypatch.setattr(gazetteer.store, "load_gazetteer", load)
    return loads


def test_the_steps_copies_of_one_handle_share_one_gazetteer(tmp_path, monkeypatch):
    loads = counted_loads(monkeypatch)
    handle = GazetteerLoader(tiny_artifact(tmp_path / "g.jsonl.gz"))
    # each step is pickled on its way to the worker: the recogniser's, the resolver's, the names'
    recogniser_copy, resolver_copy = pickle.loads(pickle.dumps(handle)), pickle.loads(pickle.dumps(handle))
    names = pickle.loads(pickle.dumps(CountryNames(handle)))
    phrases_from = recogniser_copy()
    assert resolver_copy() is phrases_from
    gc.collect()   # the gazetteer stays loaded while a step holds it
    assert names("GB") == "United Kingdom" and names("RU") == "Russia"
    assert loads == [str(tmp_path / "g.jsonl.gz")]


def test_a_handle_is_pickled_without_its_gazetteer(tmp_path, monkeypatch):
    loads = counted_loads(monkeypatch)
    handle = GazetteerLoader(tiny_artifact(tmp_path / "g.jsonl.gz"))
    handle()
    assert len(pickle.dumps(handle)) < 1000
    assert len(loads) == 1


def test_two_jobs_handles_are_two_gazetteers(tmp_path, monkeypatch):
    loads = counted_loads(monkeypatch)
    path = tiny_artifact(tmp_path / "g.jsonl.gz")
    first, second = GazetteerLoader(path), GazetteerLoader(path)
    assert first() is not second()
    assert len(loads) == 2



def test_the_process_that_launches_the_job_does_not_import_spacy():
    # it only builds the graph: spaCy (~1 CPU s to import) is for the workers, which with
    # --direct_num_workers 2 start only after the launching process is ready
    code = ("import sys, pipeline.run, pipeline.loaders, transforms.recognise_step, transforms.resolve; "
            "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_a_process_that_kept_its_resources_exits_without_leak_reports():
    # a worker's resources are hidden from the garbage collector while it runs (pipeline.loaders.long_lived);
    # at exit DuckDB's bindings count what was not released, and a frozen object would be reported
    code = ("import duckdb; types = duckdb.sql(\"select 1 as a, 'x' as b\").types\n"
            "from pipeline.loaders import long_lived; long_lived(types)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert "leaked" not in done.stderr


def test_frozen_objects_are_handed_back_at_exit_only_where_a_library_counts_them(monkeypatch):
    handed = []
    monkeypatch.setattr(gc, "unfreeze", lambda: handed.append(True))
    # no such library: the objects stay frozen, and the interpreter's last collection does not walk them
    assert hand_back_at_exit({"json": json, "pyarrow": object()}) is False and handed == []
    assert hand_back_at_exit({"json": json, "duckdb": object()}) is True and handed == [True]


def test_a_process_that_kept_its_resources_without_such_a_library_exits_cleanly():
    code = "from pipeline.loaders import long_lived; kept = long_lived([{'a': [1]} for _ in range(1000)])\nprint('done')\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0 and done.stdout == "done\n", done.stderr


def test_the_packaged_gazetteer_is_read_warm_from_its_snapshot_by_the_next_process(tmp_path, monkeypatch):
    import gazetteer.snapshot
    monkeypatch.setenv("NEWSNORM_CACHE_DIR", str(tmp_path / "cache"))
    artifact = Path(tiny_artifact(tmp_path / "g.jsonl.gz"))   # written once: gzip stamps each write with its second,
    monkeypatch.setattr(gazetteer.store, "default_artifact", lambda: artifact)   # and the snapshot is keyed by the bytes
    first = GazetteerLoader()()   # as shipped: built, warmed and saved
    assert first.lookup_demonym("British").entity_id == "Q145"
    assert len(list((tmp_path / "cache").glob("gazetteer-*.pickle"))) == 1
    reads = []
    monkeypatch.setattr(gazetteer.snapshot, "load_gazetteer", lambda *a: reads.append(a))
    second = GazetteerLoader()()   # another worker process: the snapshot, not the artifact
    assert second is not first and reads == []
    assert second.lookup_demonym("British").entity_id == "Q145"


def test_a_gazetteer_given_by_path_is_never_read_from_a_snapshot(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSNORM_CACHE_DIR", str(tmp_path / "cache"))
    loads = counted_loads(monkeypatch)
    GazetteerLoader(tiny_artifact(tmp_path / "g.jsonl.gz"))()
    assert len(loads) == 1 and not (tmp_path / "cache").exists()


def test_the_steady_allocator_is_set_on_glibc_and_skipped_without_it(monkeypatch):
    import ctypes
    import platform
    import pipeline.loaders as loaders
    monkeypatch.setattr(loaders, "_STEADY_ALLOCATOR", None)
    if platform.libc_ver()[0] == "glibc":
        assert loaders.steady_allocator() is True
    monkeypatch.setattr(loaders, "_STEADY_ALLOCATOR", None)

    def no_libc(*_args, **_kwargs):
        raise OSError("no C library here")
    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    assert loaders.steady_allocator() is False


@contextlib.contextmanager
def collections_seen():
    """The generations of the garbage collections that start inside the `with` block (after a full one)."""
    collections = []

    def seen(phase, info):
        if phase == "start":
            collections.append(info["generation"])
    gc.collect()
    gc.callbacks.append(seen)
    try:
        yield collections
    finally:
        gc.callbacks.remove(seen)


def test_a_loaded_gazetteer_is_out_of_the_collectors_sight_before_it_collects_again(tmp_path):
    # resumed before the freeze, the collector would walk every object the load made once more
    # (the snapshot's ~600,000: ~0.2 CPU s of a worker's start-up)
    entities = [Entity(f"Q{i}", f"Made Up Person {i}", "PERSON", "GB", aliases=[f"M. U. Person {i}"])
                for i in range(3000)]
    with gzip.open(tmp_path / "g.jsonl.gz", "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(entity.to_json()) + "\n" for entity in entities)
    with collections_seen() as collections:
        loaded = GazetteerLoader(str(tmp_path / "g.jsonl.gz"))()
    assert collections == [] and gc.isenabled()
    assert len(loaded.entities) == 3000


def test_the_jobs_process_keeps_its_imported_modules_out_of_the_collectors_sight():
    # `python -m pipeline.run`: the modules it imported are frozen before the job starts (here it only prints
    # its help), so that later full collections do not walk them; a test calling `main` keeps its collector
    code = ("import gc, runpy, sys\nsys.argv = ['pipeline.run', '--help']\n"
            "try:\n    runpy.run_module('pipeline.run', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(gc.get_freeze_count(), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert int(done.stderr.strip().splitlines()[-1]) > 10_000


def test_the_parser_and_recogniser_are_built_out_of_the_collectors_sight(monkeypatch):
    # what a worker builds for the whole process (spaCy's modules and model, the phrase matcher) is made with
    # the collector paused and frozen before it resumes: no collection walks it while it is being made
    import transforms.recognise
    from pipeline.loaders import ParserLoader, RecogniserLoader

    def many_objects(*args, **kwargs):
        return [[i] for i in range(50_000)]
    monkeypatch.setattr(transforms.recognise, "worker_spacy_model", many_objects)
    monkeypatch.setattr(transforms.recognise, "EntityRecogniser", lambda nlp, *args, **kwargs: many_objects())
    monkeypatch.setattr(RecogniserLoader, "_cached_phrases", lambda self, nlp: ({}, None))
    import transforms.expulsions.parse   # the parse's indexes of a real pipeline's ruler and lemmatizer: none here
    monkeypatch.setattr(transforms.expulsions.parse, "index_attribute_ruler", lambda nlp: False)
    monkeypatch.setattr(transforms.expulsions.parse, "lemma_index_as_sets", lambda nlp: False)
    with collections_seen() as collections:
        parser = ParserLoader()()
        recogniser = RecogniserLoader(None, GazetteerLoader(), 32)()
    assert collections == [] and gc.isenabled()
    assert len(parser.nlp) == len(recogniser) == 50_000


def test_a_process_that_keeps_what_it_loaded_collects_its_youngest_objects_less_often(monkeypatch):
    # the analysis's many short-lived objects: ~440 collections of the youngest generation on 1,000 articles at
    # Python's 700, ~19 at 10,000; a higher threshold set by the user is left as it is
    from pipeline import loaders
    monkeypatch.setattr(gc, "freeze", lambda: None)   # (this test's process keeps its collector's sight)
    monkeypatch.setattr(loaders, "_UNFREEZE_AT_EXIT", True)
    saved = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        loaders.long_lived(object())
        assert gc.get_threshold() == (loaders.STEADY_GEN0_THRESHOLD, 10, 10)
        gc.set_threshold(50_000, 5, 5)
        loaders.steady_collector()
        assert gc.get_threshold() == (50_000, 5, 5)
        gc.set_threshold(0, 10, 10)   # a process that turned the collector off stays so
        loaders.steady_collector()
        assert gc.get_threshold() == (0, 10, 10)
    finally:
        gc.set_threshold(*saved)
