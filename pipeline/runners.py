"""Pick the runner that executes a local run without touching the network.

Beam 2.77's DirectRunner first tries to download a Prism binary (no timeout),
then falls back. `--runner DirectRunner` (the default) is mapped here to what
DirectRunner would fall back to anyway: the in-process FnApiRunner for batch
jobs (which honours --direct_num_workers and --direct_running_mode), and the
BundleBasedDirectRunner for streaming ones. Every other runner is left to Beam.
"""
from __future__ import annotations

import contextlib
import functools
import os
import shutil
from typing import Optional

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from pipeline.local_workers import LOCAL_RUNNER_NAMES, run_ahead_here, start_own_workers, workers_done


def is_local(options: PipelineOptions) -> bool:
    name = options.view_as(StandardOptions).runner
    return (name or "").lower() in LOCAL_RUNNER_NAMES


@contextlib.contextmanager
def beam_pipeline(**kwargs):
    """`beam.Pipeline(**kwargs)` whose local temporary folder goes however the block ends. Beam makes
    one (/tmp/beam-pipeline-temp*) for every Pipeline and removes it only in `run()`: a graph refused
    before it runs, or one only built, would leave it behind in the user's /tmp."""
    p = beam.Pipeline(**kwargs)
    try:
        yield p
    finally:
        shutil.rmtree(p.local_tempdir, ignore_errors=True)


def runner_for(options: PipelineOptions, ahead_of: Optional[str] = None):
    """The runner object to use, or None to let Beam pick by name.

    Local names map to `local_runner()` (`ahead_of`: see `in_process_runner`);
    Beam's DaskRunner (by class path or short name) maps to
    `pipeline.dask_runner.DaskRunner`, which keeps the outputs of multi-output
    steps apart (Beam's mixes them).
    """
    if is_local(options):
        return local_runner(options, ahead_of)
    if runner_name(options) == DASK:
        from pipeline.dask_runner import DaskRunner
        return DaskRunner()
    return None


def local_runner(options: PipelineOptions, ahead_of: Optional[str] = None):
    """A runner object for a local run that never attempts a Prism download, or None."""
    if not is_local(options):
        return None
    std = options.view_as(StandardOptions)
    if std.streaming or (std.runner or "").lower() == "bundlebaseddirectrunner":
        from apache_beam.runners.direct.direct_runner import BundleBasedDirectRunner
        return BundleBasedDirectRunner()
    return in_process_runner(options, ahead_of)


def in_process_runner(options: PipelineOptions, ahead_of: Optional[str] = None):
    """Beam's FnApiRunner with the job's options, as DirectRunner would build it (no Prism). `ahead_of`: the full
    label of the step whose worker processes load what it needs; the steps that make its input run in this process
    while they start (pipeline/local_workers.py, `run_ahead_here`)."""
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.runners.portability.portable_runner import JobServiceHandle
    _materialise_metric_merges(fn_runner)
    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    provision = fn_runner.ExtendedProvisionInfo(
        beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded))
    runner = _runner_class()(provision_info=provision)
    runner.ahead_of = ahead_of
    return runner


@functools.lru_cache(maxsize=1)
def _runner_class():
    """Beam's FnApiRunner, whose worker processes (if it starts any) run pipeline/beam_worker.py, started early
    when they could be (pipeline/local_workers.py)."""
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    class LocalRunner(fn_runner.FnApiRunner):
        ahead_of: Optional[str] = None   # see `in_process_runner`

        def run_via_runner_api(self, pipeline_proto, options):
            start_own_workers(pipeline_proto)   # (the graph's environments are set in run_pipeline, just before)
            return super().run_via_runner_api(pipeline_proto, options)

        def create_stages(self, pipeline_proto):
            stage_context, stages = super().create_stages(pipeline_proto)
            run_ahead_here(stage_context, stages, self.ahead_of)
            return stage_context, stages

        def run_stages(self, stage_context, stages):
            try:
                result = super().run_stages(stage_context, stages)
            except BaseException:
                workers_done(failed=True)
                raise
            workers_done()
            return result

    return LocalRunner


def _materialise_metric_merges(fn_runner_module) -> None:
    """Beam 2.77's FnApiRunner merges each bundle's metrics into the stage's as a *lazy* generator
    over the previous merge. A job with many bundles (a watched folder polled for minutes: every
    poll is a bundle) builds a chain of thousands of nested generators: memory grows for the
    whole run, and reading the metrics at the end overflows the recursion limit. Merging into a
    list keeps the result identical and flat."""
    from apache_beam.metrics import monitoring_infos
    if getattr(fn_runner_module.consolidate_monitoring_infos, "_newsnorm_flat", False):
        return

    def consolidate_to_list(metrics, key=monitoring_infos.to_key):
        return list(monitoring_infos.consolidate(metrics, key))

    consolidate_to_list._newsnorm_flat = True
    fn_runner_module.consolidate_monitoring_infos = consolidate_to_list


# ---------------------------------------------------------------------------
# Which runner, and is this configuration safe on it?
# ---------------------------------------------------------------------------

DASK = "daskrunner"
DATAFLOW = "dataflowrunner"
# runners whose SDK workers are separate processes or machines, fed by a job service
PORTABLE = {"portablerunner", "flinkrunner", "sparkrunner", "prismrunner", "samzarunner"}
REMOTE_SCHEMES = ("gs://", "s3://", "hdfs://", "azfs://")


def runner_name(options: PipelineOptions) -> str:
    """The runner's class name in lower case, also for a dotted path or a runner object."""
    runner = options.view_as(StandardOptions).runner
    if runner is None:
        return "directrunner"
    if not isinstance(runner, str):
        runner = type(runner).__name__
    return runner.rsplit(".", 1)[-1].lower()


def _is_remote(path: str) -> bool:
    return path.startswith(REMOTE_SCHEMES)


def _environment_type(options: PipelineOptions) -> str:
    from apache_beam.options.pipeline_options import PortableOptions
    env = options.view_as(PortableOptions).environment_type
    return (env or "DOCKER").upper()


def workers_see_local_files(options: PipelineOptions) -> bool:
    """Do the SDK workers share the submitting machine's file system (and cwd)?"""
    if is_local(options):
        return True
    name = runner_name(options)
    return name in PORTABLE and _environment_type(options) == "LOOPBACK"


def validate_runner(options: PipelineOptions, inputs, output: str) -> list[str]:
    """Configurations that would fail late or silently lose data on the chosen runner.

    - Distributed runners (Dask, portable job services, Flink, Spark, Dataflow):
      workers resolve paths in their own working directory, so a relative
      `--input` reads nothing there and a relative `--output` scatters the
      tables over the workers' disks (and the driver then publishes an empty
      folder). Paths must be absolute (on a file system every worker and the
      driver share) or remote URLs.
    - Dataflow (and portable runners with DOCKER workers): the workers are other
      machines or containers: input and output must be remote (gs://, s3://, ...),
      and the job's code and the spaCy model must reach them (`--setup_file`
      or a custom `--sdk_container_image`); Dataflow needs `--project`,
      `--region` and a gs:// `--temp_location`.
    """
    from apache_beam.options.pipeline_options import GoogleCloudOptions, SetupOptions, WorkerOptions
    if workers_see_local_files(options):
        return []
    name = runner_name(options)
    problems = []
    paths = [("--input", p) for p in (inputs or [])] + ([("--output", output)] if output else [])
    for flag, path in paths:
        if not (_is_remote(path) or path.startswith("/")):
            problems.append(f"{flag} {path!r} must be an absolute path or a remote URL with {runner_name(options)} "
                            "(its workers do not share this working directory)")
    containers = name == DATAFLOW or (name in PORTABLE and _environment_type(options) == "DOCKER")
    if containers:
        for flag, path in paths:
            if path.startswith("/"):
                problems.append(f"{flag} {path!r} is a local path, but {name}'s workers run on other machines or in "
                                "containers: use a remote URL (gs://, s3://, hdfs://)")
        setup = options.view_as(SetupOptions)
        image = options.view_as(WorkerOptions).sdk_container_image
        if not setup.setup_file and not image:
            problems.append(f"{name} workers need the job's code and the spaCy model: pass --setup_file ./setup.py "
                            "(or an --sdk_container_image with newsnorm installed)")
        elif setup.setup_file and not os.path.isfile(setup.setup_file):
            problems.append(f"--setup_file {setup.setup_file!r} does not exist")
    if name == DATAFLOW:
        gcp = options.view_as(GoogleCloudOptions)
        if not gcp.project:
            problems.append("DataflowRunner needs --project")
        if not gcp.region:
            problems.append("DataflowRunner needs --region")
        if not (gcp.temp_location or "").startswith("gs://"):
            problems.append("DataflowRunner needs --temp_location gs://BUCKET/tmp")
        if gcp.staging_location and not gcp.staging_location.startswith("gs://"):
            problems.append("--staging_location must be a gs:// URL")
    if name in PORTABLE and name not in ("flinkrunner", "sparkrunner"):
        from apache_beam.options.pipeline_options import PortableOptions
        if not options.view_as(PortableOptions).job_endpoint:
            problems.append(f"{name} needs --job_endpoint HOST:PORT (a running job service)")
    return problems


def _emits_in_finish_bundle(dofn) -> bool:
    import apache_beam as beam
    return type(dofn).finish_bundle is not beam.DoFn.finish_bundle


def graph_problems(pipeline, options: PipelineOptions) -> list[str]:
    """Parts of a built graph that the chosen runner would silently get wrong.

    DaskRunner (Beam 2.77) drops everything a DoFn emits in `finish_bundle`
    (Beam's file sinks then write empty files, `BatchElements` loses each
    partition's last batch) and computes only the last leaf of the graph. For
    DaskRunner a graph with such a DoFn, or with more than one leaf, is refused.
    """
    if runner_name(options) != DASK:
        return []
    import apache_beam as beam
    from apache_beam.pipeline import PipelineVisitor

    emitting, leaves = [], []

    class _Visitor(PipelineVisitor):
        def visit_transform(self, node):
            if isinstance(node.transform, beam.ParDo) and _emits_in_finish_bundle(node.transform.fn):
                emitting.append(node.full_label)

    pipeline.visit(_Visitor())
    consumed = set()

    class _Consumers(PipelineVisitor):
        def visit_transform(self, node):
            consumed.update(id(p) for p in node.inputs)
            consumed.update(id(s.pvalue) for s in node.side_inputs)

    pipeline.visit(_Consumers())

    class _Leaves(PipelineVisitor):
        def visit_transform(self, node):
            outs = list(node.outputs.values())
            if outs and all(id(o) not in consumed for o in outs):
                leaves.append(node.full_label)

    pipeline.visit(_Leaves())
    problems = []
    if emitting:
        problems.append("DaskRunner drops what a DoFn emits in finish_bundle, so these steps would lose data: "
                        + ", ".join(emitting))
    if len(leaves) > 1:
        problems.append("DaskRunner computes only the last leaf of the graph; these leaves would not all run: "
                        + ", ".join(leaves))
    return problems
