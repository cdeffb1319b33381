"""Pick the runner that executes a local run without touching the network.

Beam 2.77's DirectRunner first tries to download a Prism binary (no timeout),
then falls back. `--runner DirectRunner` (the default) is mapped here to what
DirectRunner would fall back to anyway: the in-process FnApiRunner for batch
jobs (which honours --direct_num_workers and --direct_running_mode), and the
BundleBasedDirectRunner for streaming ones. Every other runner is left to Beam.
"""
from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

LOCAL_RUNNER_NAMES = {None, "", "direct", "directrunner", "fnapirunner", "bundlebaseddirectrunner"}


def is_local(options: PipelineOptions) -> bool:
    name = options.view_as(StandardOptions).runner
    return (name or "").lower() in LOCAL_RUNNER_NAMES


def local_runner(options: PipelineOptions):
    """A runner object for a local run that never attempts a Prism download, or None."""
    if not is_local(options):
        return None
    std = options.view_as(StandardOptions)
    if std.streaming or (std.runner or "").lower() == "bundlebaseddirectrunner":
        from apache_beam.runners.direct.direct_runner import BundleBasedDirectRunner
        return BundleBasedDirectRunner()
    from apache_beam.portability.api import beam_provision_api_pb2
    from apache_beam.runners.portability.fn_api_runner import fn_runner
    from apache_beam.runners.portability.portable_runner import JobServiceHandle
    encoded = JobServiceHandle.encode_pipeline_options(options.get_all_options())
    provision = fn_runner.ExtendedProvisionInfo(
        beam_provision_api_pb2.ProvisionInfo(pipeline_options=encoded))
    return fn_runner.FnApiRunner(provision_info=provision)
