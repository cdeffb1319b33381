"""Beam's DaskRunner with its multi-output defect fixed; used for `--runner ...DaskRunner`.

Beam 2.77's DaskRunner keeps one dask bag per transform, so every consumer of a
multi-output ParDo (`.with_outputs(...)`) receives *all* its outputs: the main
output and every tagged output, mixed. A pipeline that routes bad records to a
dead-letter output (this one does, at every step) would feed dead letters into
recognition and articles into the dead-letter table. This runner keeps each
output's tag on the bag's items and gives each consumer only the output it
reads (main inputs and side inputs alike). It also persists a collection
that several steps read (Beam's recomputes it, spaCy included, per reader) and
computes side inputs on the driver (Beam's computes them inside each task, a
nested compute that deadlocks when every worker thread is waiting for one).
A partition that several steps read is made a list first: dask.bag can leave
a one-shot iterator there (a Flatten of mapped outputs does), and the first
reader on a worker would drain it for the others (the `entities` table, the
second reader of `mentions`, came out empty). Everything else is Beam's DaskRunner.

Two other DaskRunner defects are not fixed here but avoided by the graph and
refused by `pipeline.runners.graph_problems()`: what a DoFn emits in
`finish_bundle` is dropped, and only the last leaf of the graph is computed.

    dask scheduler --host 127.0.0.1 --port 8786 --no-dashboard   # PYTHONPATH=<repo>: it unpickles the graph
    dask worker tcp://127.0.0.1:8786 --host 127.0.0.1 --nthreads 1 --no-dashboard   # x N, PYTHONPATH=<repo>
    python -m pipeline.run --runner apache_beam.runners.dask.dask_runner.DaskRunner \\
        --dask_client_address tcp://127.0.0.1:8786 --input /abs/feed.jsonl.gz --output /abs/out
"""
from __future__ import annotations

import collections
import dataclasses

from apache_beam import pvalue
from apache_beam.internal import pickler
from apache_beam.pipeline import PipelineVisitor
from apache_beam.runners.common import DoFnContext, DoFnInvoker, DoFnSignature, _OutputHandler
from apache_beam.runners.dask import dask_runner as beam_dask
from apache_beam.runners.dask import transform_evaluator as te
from apache_beam.transforms.core import DoFn
from apache_beam.transforms.sideinputs import SideInputMap

import apache_beam

_MAIN = "__main__"


class _Collect(te.Receiver):
    """Receives one output of a DoFn; appends (tag, element) to a shared list."""

    def __init__(self, tag, out):
        self.tag = tag
        self.out = out

    def receive(self, windowed_value):
        self.out.append((self.tag, windowed_value.value))


class _Receivers(dict):
    def __init__(self, out):
        super().__init__()
        self.out = out

    def __missing__(self, key):
        self[key] = _Collect(key, self.out)
        return self[key]


def _run_bundle(items, fn, window_fn, context_label, side_inputs, args, kwargs):
    """One dask partition = one bundle; outputs are (tag, element) pairs.

    Receivers and the DoFn copy are created here, per partition, so no state is
    shared between partitions that run in the same worker process.
    """
    # A private copy: setup() may attach unpicklable state (locks, models) to the DoFn, and the graph
    # that holds the original is pickled again when a task computes a side input on a worker.
    fn = pickler.loads(pickler.dumps(fn))
    out = []
    receivers = _Receivers(out)
    handler = _OutputHandler(window_fn=window_fn, main_receivers=receivers[_MAIN], tagged_receivers=receivers,
                             per_element_output_counter=None, output_batch_converter=None,
                             process_yields_batches=False, process_batch_yields_elements=False)
    invoker = DoFnInvoker.create_invoker(
        DoFnSignature(fn), handler, context=DoFnContext(context_label, state=None), side_inputs=side_inputs,
        input_args=args, input_kwargs=kwargs, user_state_context=None,
        bundle_finalizer_param=DoFn.BundleFinalizerParam())
    invoker.invoke_setup()
    invoker.invoke_start_bundle()
    for item in items:
        invoker.invoke_process(item)
    results = list(out)
    # Like Beam's DaskRunner: finish_bundle output is not kept (graph_problems() refuses such DoFns).
    invoker.invoke_finish_bundle()
    invoker.invoke_teardown()
    return results


class _TaggedParDo(te.DaskBagOp):
    def apply(self, input_bag, side_inputs=None):
        transform = self.transform
        args, kwargs = transform.raw_side_inputs
        main_input = next(iter(self.applied.main_inputs.values()))
        window_fn = main_input.windowing.windowfn if hasattr(main_input, "windowing") else None
        return input_bag.map(te.get_windowed_value, window_fn).map_partitions(
            _run_bundle, transform.fn, window_fn, transform.label, side_inputs, list(args), kwargs)


def _pick(partition, want):
    return [value for tag, value in partition if tag == want]


def _select(bag, tag):
    """The items of one output of a tagged ParDo, untagged; each partition a list."""
    return bag.map_partitions(_pick, _MAIN if tag is None else tag)


def _as_list(partition):
    """A partition that every reader can iterate: dask.bag may leave a one-shot iterator there."""
    return partition if isinstance(partition, list) else list(partition)


class _Result(beam_dask.DaskRunnerResult):
    """Closes the job's client when the job is over (Beam's leaves it open)."""

    def wait_until_finish(self, duration=None):
        try:
            return super().wait_until_finish(duration)
        finally:
            if self.state in ("DONE", "FAILED", "CANCELLED") or duration is None:
                self.client.close()


class _Materialised:
    """A side input computed on the driver: its values, windowed when iterated."""

    def __init__(self, values, window_fn):
        self.values = values
        self.window_fn = window_fn

    def __iter__(self):
        for v in self.values:
            yield te.get_windowed_value(v, self.window_fn)


def _consumers(pipeline) -> collections.Counter:
    """How many transforms read each PCollection (as main or side input)."""
    counts = collections.Counter()

    class _Count(PipelineVisitor):
        def visit_transform(self, node):
            for value in node.inputs:
                counts[id(value)] += 1
            for si in node.side_inputs:
                counts[id(si.pvalue)] += 2   # a side input is always materialised

    pipeline.visit(_Count())
    return counts


class DaskRunner(beam_dask.DaskRunner):
    """Beam's DaskRunner, with each output of a multi-output ParDo kept apart.

    Also: a PCollection read by several steps is persisted on the cluster once
    (Beam's DaskRunner recomputes it, spaCy included, for every reader), and a
    side input is computed on the driver before the steps that read it (Beam's
    computes it inside each task, a nested compute that deadlocks when every
    worker thread waits for it).
    """

    def run_pipeline(self, pipeline, options):
        import dask
        import dask.distributed as ddist
        from apache_beam.runners.dask.overrides import dask_overrides

        dask_options = options.view_as(beam_dask.DaskOptions).get_all_options(drop_default=True,
                                                                              current_only=True)
        bag_kwargs = beam_dask.DaskOptions._extract_bag_kwargs(dask_options)
        client = ddist.Client(**dask_options)
        pipeline.replace_all(dask_overrides())
        visitor = self._visitor(bag_kwargs, client, _consumers(pipeline))
        pipeline.visit(visitor)
        graph = dask.optimize(list(visitor.bags.values())[-1])
        return _Result(client, client.compute(graph))

    @staticmethod
    def _visitor(bag_kwargs, client, consumers) -> PipelineVisitor:
        bag_kwargs = bag_kwargs or {}

        @dataclasses.dataclass
        class _Visitor(PipelineVisitor):
            bags: dict = dataclasses.field(default_factory=collections.OrderedDict)
            tagged: set = dataclasses.field(default_factory=set)

            def bag_of(self, pcoll):
                producer = pcoll.producer
                if producer not in self.bags:
                    return None
                bag = self.bags[producer]
                if producer in self.tagged:
                    bag = _select(bag, pcoll.tag)
                return bag

            def visit_transform(self, node) -> None:
                cls = node.transform.__class__
                op_class = _TaggedParDo if cls is apache_beam.ParDo else te.TRANSLATIONS.get(cls, te.NoOp)
                op = op_class(node, bag_kwargs=bag_kwargs)
                kws = {"input_bag": None, "side_inputs": None}
                inputs = list(node.inputs)
                if inputs:
                    bag_inputs = []
                    for value in inputs:
                        if isinstance(value, pvalue.PBegin):
                            bag_inputs.append(None)
                        bag = self.bag_of(value) if not isinstance(value, pvalue.PBegin) else None
                        if bag is not None:
                            bag_inputs.append(bag)
                    if len(bag_inputs) == 1 and not isinstance(op, te.Flatten):
                        kws["input_bag"] = bag_inputs[0]
                    else:
                        kws["input_bag"] = bag_inputs
                side = list(node.side_inputs)
                if side:
                    kws["side_inputs"] = [
                        SideInputMap(type(si), si._view_options(),
                                     _Materialised(self.bag_of(si.pvalue).compute(), si._window_mapping_fn))
                        for si in side]
                bag = op.apply(**kws)
                if sum(consumers[id(out)] for out in node.outputs.values()) > 1:
                    # Several tasks will read each partition: it must be a list, not an iterator.
                    bag = client.persist(bag.map_partitions(_as_list))
                elif isinstance(op, te.Flatten):
                    bag = bag.map_partitions(_as_list)
                self.bags[node] = bag
                if op_class is _TaggedParDo:
                    self.tagged.add(node)

        return _Visitor()
