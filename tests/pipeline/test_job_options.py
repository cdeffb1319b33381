"""The job's options make each view once (pipeline.options.JobOptions) and answer as fresh views do."""
import copy
import pickle

from apache_beam.options.pipeline_options import PipelineOptions, SetupOptions, StandardOptions, TypeOptions

from pipeline.options import JobOptions, NewsnormOptions

ARGS = ["--input", "feed.jsonl", "--output", "out", "--batch_size", "16", "--streaming"]


def test_one_view_per_class():
    options = JobOptions(ARGS)
    assert options.view_as(TypeOptions) is options.view_as(TypeOptions)
    assert options.view_as(NewsnormOptions) is not options.view_as(StandardOptions)


def test_views_answer_as_fresh_views_do():
    ours, fresh = JobOptions(ARGS), PipelineOptions(ARGS)
    for cls in (NewsnormOptions, StandardOptions, TypeOptions, SetupOptions):
        assert ours.view_as(cls).get_all_options() == fresh.view_as(cls).get_all_options()
    assert ours.view_as(NewsnormOptions).batch_size == 16
    assert ours.view_as(StandardOptions).streaming is True


def test_a_value_set_through_one_view_is_seen_through_every_view():
    options = JobOptions(ARGS)
    options.view_as(SetupOptions).save_main_session = True
    options.view_as(StandardOptions).runner = "DirectRunner"
    assert PipelineOptions.view_as(options, SetupOptions).save_main_session is True   # a fresh view
    assert options.view_as(SetupOptions).save_main_session is True
    assert options.get_all_options()["runner"] == "DirectRunner"


def test_copies_and_pickles_keep_the_values_not_the_views():
    options = JobOptions(ARGS)
    options.view_as(SetupOptions).save_main_session = True
    for other in (copy.deepcopy(options), pickle.loads(pickle.dumps(options))):
        assert isinstance(other, JobOptions)
        assert "_views" not in other.__dict__
        assert other.view_as(SetupOptions).save_main_session is True
        other.view_as(SetupOptions).save_main_session = False   # the copy's own values
        assert options.view_as(SetupOptions).save_main_session is True
