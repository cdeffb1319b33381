"""The cloud runners' option sets from the README: validated, and the job graph builds without any service.

Nothing here runs a job: each option set is checked by the same validation
`run()` uses, then the graph is built on a `beam.Pipeline` with those options
and serialised to the Runner API proto (what a runner submits), with every
network connection forbidden.
"""
import socket

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions

from pipeline.options import NewsnormOptions, validate
from pipeline.run import OptionsError, build_pipeline, run
from pipeline.runners import beam_pipeline, validate_runner
from tests.pipeline.services import REPO

SETUP = str(REPO / "setup.py")
SDK_IMAGE = "apache/beam_python3.11_sdk:2.77.0"

# the README's "Other runners" commands, as argument lists
OPTION_SETS = {
    "dataflow": ["--runner", "DataflowRunner", "--project", "my-project", "--region", "europe-west1",
                 "--temp_location", "gs://my-bucket/tmp", "--staging_location", "gs://my-bucket/staging",
                 "--setup_file", SETUP, "--input", "gs://my-bucket/feed/*.jsonl.gz",
                 "--output", "gs://my-bucket/newsnorm/out"],
    "flink": ["--runner", "FlinkRunner", "--flink_master", "flink-jobmanager:8081",
              "--environment_type", "DOCKER", "--sdk_container_image", SDK_IMAGE, "--setup_file", SETUP,
              "--input", "s3://my-bucket/feed/*.jsonl.gz", "--output", "s3://my-bucket/newsnorm/out"],
    "spark": ["--runner", "SparkRunner", "--spark_master_url", "spark://spark-master:7077",
              "--environment_type", "DOCKER", "--sdk_container_image", SDK_IMAGE, "--setup_file", SETUP,
              "--input", "hdfs://namenode/feed/*.jsonl.gz", "--output", "hdfs://namenode/newsnorm/out"],
    "flink_job_server": ["--runner", "PortableRunner", "--job_endpoint", "flink-jobserver:8099",
                         "--environment_type", "EXTERNAL", "--environment_config", "localhost:50000",
                         "--input", "/shared/feed/*.jsonl.gz", "--output", "/shared/newsnorm/out"],
}


@pytest.fixture
def no_network(monkeypatch):
    def refuse(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise AssertionError(f"tried to connect to {address}")
        return real(self, address)
    real = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(socket.socket(), a[0]))


@pytest.mark.parametrize("name", sorted(OPTION_SETS))
def test_readme_option_sets_are_valid_and_the_graph_builds_offline(name, no_network):
    options = PipelineOptions(OPTION_SETS[name])
    opts = options.view_as(NewsnormOptions)
    assert validate(opts) == []
    assert validate_runner(options, opts.input, opts.output) == []
    with beam_pipeline(options=options) as p:
        build_pipeline(p, opts, opts.output + ".staging-test")
        proto = p.to_runner_api()
    labels = {t.unique_name for t in proto.components.transforms.values()}
    for step in ("ReadArticles", "AnalyseArticles", "WriteArticles"):
        assert step in labels, step


@pytest.mark.parametrize("drop, message", [
    ("--temp_location", "DataflowRunner needs --temp_location gs://BUCKET/tmp"),
    ("--setup_file", "workers need the job's code and the spaCy model"),
    ("--project", "DataflowRunner needs --project"),
])
def test_run_refuses_an_incomplete_dataflow_command_before_contacting_anything(drop, message, no_network):
    args = list(OPTION_SETS["dataflow"])
    i = args.index(drop)
    del args[i:i + 2]
    with pytest.raises(OptionsError, match=message):
        run(args)


def test_run_refuses_local_paths_for_container_workers(no_network):
    args = OPTION_SETS["flink"][:-4] + ["--input", "/data/feed.jsonl", "--output", "/data/out"]
    with pytest.raises(OptionsError, match="'/data/out' is a local path"):
        run(args)
