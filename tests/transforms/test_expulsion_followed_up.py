"""A step told as one taken after another of its kind ("it followed this up by demanding the withdrawal of two ...",
"declared five diplomats persona non grata, on top of five expelled the previous week") is another expulsion even of
the same number of the same people (events._followed_up, in _more_of_them); "on top of" something other than a
number is no such step. Made-up sentences about made-up states (tests/expulsions_helpers.py)."""
import pytest

from tests.expulsions_helpers import made_up_events


def asserted(text, published):
    return sorted((e.expelling_country, e.expelled_country, e.count) for e in
                  made_up_events(text, published, sentence=r"[^\n]+") if e.modality == "asserted")


@pytest.mark.parametrize("text, published, want", [
    ("A fortnight ago the Ruritanian Foreign Office ordered the expulsion of two Freedonian army attaches from the "
     "Freedonian embassy in Strelsau.\nLast week it followed this up by demanding the withdrawal of two Freedonian "
     "naval attaches.", "1957-05-01", [("RR", "FD", 2), ("RR", "FD", 2)]),
    ("On Oct. 22, 1986, the Ruritanian government declared five Freedonian diplomats persona non grata, on top of "
     "five expelled the previous week.\nRuritania had retaliated with the expulsion of five Freedonian diplomats on "
     "Oct. 19.", "1986-11-01", [("RR", "FD", 5), ("RR", "FD", 5)]),
])
def test_a_step_after_another_is_another_expulsion(text, published, want):
    assert asserted(text, published) == want

