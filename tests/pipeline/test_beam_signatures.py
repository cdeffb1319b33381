"""Beam's reading of DoFn method signatures, remembered per function (pipeline/beam_signatures.py)."""
import functools
import inspect

import apache_beam as beam
from apache_beam.transforms import core, userstate

from pipeline.beam_signatures import args_defaults, remember_signatures


class CountWords(beam.DoFn):
    def process(self, text, minimum=2, timestamp=beam.DoFn.TimestampParam):
        yield len(text.split()) >= minimum


def counted(monkeypatch) -> list:
    calls = []
    real = inspect.signature

    def signature(f, *args, **kwargs):
        calls.append(f)
        return real(f, *args, **kwargs)
    monkeypatch.setattr(inspect, "signature", signature)
    return calls


def test_once_remembered_beam_reads_a_dofns_methods_once(monkeypatch):
    monkeypatch.setattr(core, "get_function_args_defaults", core.get_function_args_defaults)   # put back after
    remember_signatures()
    calls = counted(monkeypatch)
    first = userstate.get_dofn_specs(CountWords())
    read = len(calls)
    assert read > 0
    assert userstate.get_dofn_specs(CountWords()) == first and userstate.is_stateful_dofn(CountWords()) is False
    assert len(calls) == read   # another DoFn of the class, asked twice: nothing read again


def test_the_same_answers_as_beams_own_reading():
    fn = CountWords()
    for f in (fn.process, CountWords.process, fn.setup, fn.default_label, len, str.strip, CountWords,
              functools.partial(CountWords.process, fn), lambda a, b=3: a):
        assert args_defaults(f) == core.get_function_args_defaults(f)
        assert args_defaults(f) == core.get_function_args_defaults(f)   # from memory where remembered
    assert args_defaults(fn.process) == (["text", "minimum", "timestamp"], [2, beam.DoFn.TimestampParam])


def test_each_caller_gets_lists_of_its_own():
    def shout(text, times=2):
        return text * times
    args, defaults = args_defaults(shout)
    args.append("changed")
    defaults.clear()
    assert args_defaults(shout) == (["text", "times"], [2])


def test_a_function_given_other_defaults_or_code_is_read_afresh():
    def shout(text, times=2):
        return text * times
    reads = []

    def read(f):
        reads.append(f)
        return core.get_function_args_defaults(f)
    assert args_defaults(shout, read) == (["text", "times"], [2])
    assert args_defaults(shout, read) == (["text", "times"], [2]) and len(reads) == 1
    shout.__defaults__ = (3,)
    assert args_defaults(shout, read) == (["text", "times"], [3]) and len(reads) == 2
    shout.__code__ = (lambda word, n=4, loud=True: word).__code__
    shout.__defaults__ = (4, True)
    assert args_defaults(shout, read) == (["word", "n", "loud"], [4, True]) and len(reads) == 3


def test_a_wrapped_function_is_read_every_time():
    def inner(text, times=2):
        return text * times

    @functools.wraps(inner)
    def outer(*args, **kwargs):
        return inner(*args, **kwargs)
    reads = []

    def read(f):
        reads.append(f)
        return core.get_function_args_defaults(f)
    assert args_defaults(outer, read) == args_defaults(outer, read) == (["text", "times"], [2])
    assert len(reads) == 2
