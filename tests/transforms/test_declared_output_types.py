"""The steps whose output Beam would infer as Any by reading the bytecode of their DoFn's `process` (and of
everything it calls) declare it instead: the same element type and coders, without the reading."""
import apache_beam as beam
from apache_beam.typehints import trivial_inference, typehints

from transforms.analyse_step import AnalyseArticles
from transforms.event_clusters import ClusterEvents
from transforms.retaliation import LinkRetaliations


def test_the_analysis_and_clustering_steps_outputs_are_declared_not_inferred(monkeypatch):
    read = []
    real = trivial_inference.infer_return_type

    def infer(fn, *args, **kwargs):
        read.append(getattr(fn, "__qualname__", repr(fn)))
        return real(fn, *args, **kwargs)
    monkeypatch.setattr(trivial_inference, "infer_return_type", infer)
    p = beam.Pipeline()
    articles = p | "Articles" >> beam.Create(["made up"])
    analysis = articles | AnalyseArticles(None, None, None)   # loaders: only kept, nothing is loaded or run
    clusters = p | "Events" >> beam.Create([]) | ClusterEvents()
    linked = clusters | LinkRetaliations()
    assert not [name for name in read if name.endswith(("_AnalyseBatchFn.process", "_ClusterGroupFn.process",
                                                        "_LinkPairFn.process"))]
    for pcoll in (analysis.analysed, analysis.dead_letter, clusters, linked):
        assert pcoll.element_type in (None, typehints.Any)
