"""Runner choice and the checks that refuse configurations which would silently lose data."""
import os

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipeline.dask_runner import DaskRunner as FixedDaskRunner
from pipeline.runners import beam_pipeline, graph_problems, runner_for, runner_name, validate_runner
from transforms.batching import BatchByKey, chunks

DASK = "apache_beam.runners.dask.dask_runner.DaskRunner"


def opts(*args):
    return PipelineOptions(list(args))


def test_runner_names_are_normalised():
    assert runner_name(opts()) == "directrunner"
    assert runner_name(opts("--runner", DASK)) == "daskrunner"
    assert runner_name(opts("--runner", "FlinkRunner")) == "flinkrunner"


def test_dask_by_any_name_gets_the_fixed_runner():
    assert isinstance(runner_for(opts("--runner", DASK)), FixedDaskRunner)
    assert isinstance(runner_for(opts("--runner", "DaskRunner")), FixedDaskRunner)
    assert runner_for(opts("--runner", "FlinkRunner")) is None


def test_local_runs_accept_relative_paths():
    assert validate_runner(opts(), ["feed.jsonl"], "out") == []


@pytest.mark.parametrize("runner", [DASK, "PortableRunner", "FlinkRunner"])
def test_distributed_runners_refuse_relative_paths(runner):
    problems = validate_runner(opts("--runner", runner, "--environment_type", "EXTERNAL",
                                    "--job_endpoint", "localhost:1"), ["feed.jsonl"], "out")
    assert any("--output 'out' must be an absolute path" in p for p in problems)
    assert any("--input 'feed.jsonl' must be an absolute path" in p for p in problems)


def test_loopback_workers_share_the_driver_files():
    assert validate_runner(opts("--runner", "PortableRunner", "--environment_type", "LOOPBACK",
                                "--job_endpoint", "localhost:1"), ["feed.jsonl"], "out") == []


def test_portable_runner_needs_a_job_endpoint():
    problems = validate_runner(opts("--runner", "PortableRunner", "--environment_type", "EXTERNAL"),
                               ["/in"], "/out")
    assert problems == ["portablerunner needs --job_endpoint HOST:PORT (a running job service)"]


def test_container_workers_refuse_local_paths_and_need_the_code():
    problems = validate_runner(opts("--runner", "FlinkRunner"), ["/data/feed.jsonl"], "/data/out")
    assert any("'/data/out' is a local path" in p for p in problems)
    assert any("--setup_file" in p for p in problems)


def test_dataflow_needs_project_region_and_gcs_temp_location():
    problems = validate_runner(opts("--runner", "DataflowRunner", "--setup_file", "./setup.py"),
                               ["gs://b/feed/*.jsonl.gz"], "gs://b/out")
    assert problems == ["DataflowRunner needs --project", "DataflowRunner needs --region",
                        "DataflowRunner needs --temp_location gs://BUCKET/tmp"]


def _dask_graph(build):
    with beam_pipeline(options=opts("--runner", DASK)) as p:
        build(p)
        return graph_problems(p, opts("--runner", DASK))


def test_dask_refuses_steps_that_emit_in_finish_bundle():
    problems = _dask_graph(lambda p: p | beam.Create([1, 2, 3]) | "Batch" >> beam.BatchElements()
                           | "Log" >> beam.Map(print))
    assert len(problems) == 1 and "finish_bundle" in problems[0] and "Batch/" in problems[0]


def test_dask_refuses_a_graph_with_two_leaves():
    def build(p):
        xs = p | beam.Create([1, 2])
        xs | "A" >> beam.Map(print)
        xs | "B" >> beam.Map(print)
    problems = _dask_graph(build)
    assert len(problems) == 1 and "last leaf" in problems[0] and "A" in problems[0] and "B" in problems[0]


def test_dask_accepts_one_leaf_and_portable_batches():
    problems = _dask_graph(lambda p: p | beam.Create(["a", "b"]) | BatchByKey(2) | beam.Map(print))
    assert problems == []
    with beam_pipeline() as p:
        assert graph_problems(p, opts()) == []


def test_a_pipeline_refused_before_it_runs_leaves_no_temporary_folder():
    # Beam removes its /tmp/beam-pipeline-temp* folder only when the pipeline runs
    with pytest.raises(ValueError):
        with beam_pipeline() as p:
            folder = p.local_tempdir
            assert os.path.isdir(folder)
            raise ValueError("refused")
    assert not os.path.exists(folder)


def test_chunks_keep_every_item_once():
    assert list(chunks(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunks([], 3)) == []


def test_batch_by_key_puts_every_element_in_exactly_one_batch():
    def sizes_ok(sizes):
        assert sizes and all(1 <= n <= 8 for n in sizes), sizes

    with TestPipeline(runner="FnApiRunner") as p:
        batches = p | beam.Create([f"doc-{i}" for i in range(100)]) | BatchByKey(8, num_keys=4)
        assert_that(batches | "Sizes" >> beam.Map(len), sizes_ok, label="BatchSizes")
        assert_that(batches | beam.FlatMap(lambda b: b), equal_to([f"doc-{i}" for i in range(100)]))


def test_batch_by_weight_puts_every_element_in_exactly_one_batch():
    docs = [f"doc-{i}" + "x" * (i % 13) for i in range(100)]
    with TestPipeline(runner="FnApiRunner") as p:
        batches = p | beam.Create(docs) | BatchByKey(8, num_keys=4, weight_of=len)
        assert_that(batches | "Sizes" >> beam.Map(len), lambda sizes: all(1 <= n <= 8 for n in sizes),
                    label="BatchSizes")
        assert_that(batches | beam.FlatMap(lambda b: b), equal_to(docs))


def test_the_in_process_runner_merges_bundle_metrics_flat():
    # Beam's FnApiRunner chains one lazy generator per bundle; a long watched-folder run (a bundle
    # per poll) then overflowed the recursion limit when its metrics were read.
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from pipeline.runners import in_process_runner

    runner = in_process_runner(PipelineOptions([]))
    merged = fn_runner.consolidate_monitoring_infos(iter([]))
    assert isinstance(merged, list)

    counter = beam.metrics.Metrics.counter("t", "seen")

    def count(x):
        counter.inc()
        return x

    with beam_pipeline(runner=runner) as p:
        _ = p | beam.Create(range(5000)) | beam.Reshuffle() | beam.Map(count)
        result = p.run()
        result.wait_until_finish()
    found = result.metrics().query(beam.metrics.MetricsFilter().with_name("seen"))["counters"]
    assert sum(c.committed for c in found) == 5000


def _worker_entry(_):
    """The module the process handling this element was started with (`python -m MODULE`)."""
    import sys
    spec = getattr(sys.modules["__main__"], "__spec__", None)
    return spec.name if spec else None


def test_two_worker_processes_run_the_project_worker_module():
    # Beam's several-process mode: every element is handled in a worker started as `python -m pipeline.beam_worker`
    from pipeline.runners import in_process_runner

    options = opts("--direct_num_workers", "2", "--direct_running_mode", "multi_processing")
    with beam.Pipeline(runner=in_process_runner(options), options=options) as p:   # run as the block ends
        entries = p | beam.Create(["a", "b", "c", "d"]) | beam.Map(_worker_entry)
        assert_that(entries | beam.Distinct(), equal_to(["pipeline.beam_worker"]))


def test_a_worker_whose_harness_finished_leaves_without_the_interpreter_teardown(tmp_path):
    # the runner waits for each worker process to end, one after another, at the end of the job: a worker leaves at
    # once (no freeing of spaCy, the gazetteer and every module; no exit hooks), its output flushed
    import subprocess
    import sys
    script = tmp_path / "worker.py"
    script.write_text(
        "import atexit, runpy, sys\n"
        "from apache_beam.runners.worker import sdk_worker_main\n"
        "def harness(argv):\n"
        "    print('harness done')\n"
        "    atexit.register(print, 'interpreter teardown')\n"
        "sdk_worker_main.main = harness\n"
        "runpy.run_module('pipeline.beam_worker', run_name='__main__')\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["harness done"]
