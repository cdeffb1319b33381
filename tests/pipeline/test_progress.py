"""Progress lines while a job runs: counted with Beam metrics, logged at most every N seconds."""
import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline

from pipeline.progress import ProgressLog, TrackProgress
from transforms.records import DeadLetter


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_progress_is_logged_at_most_once_per_interval_with_running_totals():
    clock, lines = Clock(), []
    log = ProgressLog(10, clock=clock, emit=lines.append)
    for _ in range(5):
        log.add(records_read=1)
    assert lines == []                                   # nothing before the interval has passed
    clock.now = 10
    log.add(articles_processed=2, events_found=3)
    assert lines == ["records read 5 · articles processed 2 · events found 3 · dead letters 0"]
    clock.now = 15
    log.add(dead_letters=1)
    assert len(lines) == 1
    clock.now = 21
    log.add(records_read=1)
    assert lines[-1] == "records read 6 · articles processed 2 · events found 3 · dead letters 1"


def test_interval_zero_turns_progress_lines_off():
    clock, lines = Clock(), []
    log = ProgressLog(0, clock=clock, emit=lines.append)
    clock.now = 1000
    log.add(records_read=1)
    assert lines == []


def test_progress_steps_pass_elements_through_and_count_them_as_beam_metrics():
    dead = [DeadLetter("f", 1, "parse", "bad", "x"), DeadLetter("f", 2, "recognise", "bad", "y")]
    p = TestPipeline(runner="FnApiRunner")
    out = p | beam.Create(dead) | beam.ParDo(TrackProgress("dead", 0))
    (out | beam.combiners.Count.Globally()
     | beam.Map(lambda n: None if n == 2 else (_ for _ in ()).throw(AssertionError(n))))
    result = p.run()
    result.wait_until_finish()
    counters = {c.key.metric.name: c.committed for c in result.metrics().query()["counters"]
                if c.key.metric.namespace == "progress"}
    # both are dead letters; only the one lost while reading counts as a record read
    assert counters == {"dead_letters": 2, "records_read": 1}
