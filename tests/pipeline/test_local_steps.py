"""The batch job's steps on the local runner. Beam's FnApiRunner runs each fused step (a stage) in turn, each a round
trip to every worker, however little it does: with 2 workers, 42 steps were ~2 s of a ~16 s run. The graph is kept to
few: every table finished through one grouping, no Flatten of PCollections made in different steps where the
consumer can take them apart, side inputs instead of CoGroupByKey joins (a Flatten step and a grouping step each)."""
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import fn_runner

from pipeline.options import NewsnormOptions
from pipeline.run import build_pipeline
from pipeline.runners import beam_pipeline


def _local_steps(tmp_path) -> list[str]:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "Made-up text."}\n')
    options = PipelineOptions(["--input", str(feed), "--output", str(tmp_path / "out")])
    with beam_pipeline(options=options) as p:
        build_pipeline(p, options.view_as(NewsnormOptions), str(tmp_path / "staging"))
        proto = p.to_runner_api()
    _, stages = fn_runner.FnApiRunner().create_stages(proto)
    return [s.name for s in stages]


def test_the_batch_job_runs_in_few_local_steps(tmp_path):
    steps = _local_steps(tmp_path)
    analysis = [i for i, name in enumerate(steps) if "AnalyseArticles/BatchArticles/GroupForBatching/Read" in name]
    assert len(analysis) == 1
    assert analysis[0] <= 6, steps[:analysis[0]]                       # reading and de-duplicating the feed
    assert len(steps) - analysis[0] - 1 <= 10, steps[analysis[0] + 1:]   # clustering, aggregates, the tables written
    assert sum("WriteTables/GroupByTable/Read" in name for name in steps) == 1   # every table, one grouping
    assert not [name for name in steps if "GroupShards" in name or "GroupTempFiles" in name or "CoGroupByKey" in name]
