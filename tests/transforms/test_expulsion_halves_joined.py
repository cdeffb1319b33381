"""Where the parse reads who expels and how many but cannot say whose the people are, and the window rules read
whose they are and as many but not who expels, the two halves are one expulsion ("The government in Strelsau
declared two members of the Freedonian embassy personae non gratae": the parse hangs the embassy on the Latin).
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.sentence_merge import _with_actor
from transforms.records import Event


def _event(expelling, expelled, count, modality="aggregate"):
    return Event(event_id="x", article_id="a", expelling_country=expelling, expelled_country=expelled, count=count,
                 at_least=False, event_year=1974, modality=modality, sentence="s", start_char=0, end_char=1,
                 trigger="declared", actor_text=None, published_date="1974-02-08", source=None)


def test_the_two_readers_halves_of_one_expulsion_are_joined_end_to_end():
    text = "The government in Strelsau declared two members of the Freedonian embassy personae non gratae."
    assert made_up_rows(text, "1974-02-08") == {("RR", "FD", 2, "asserted")}


@pytest.mark.parametrize("event, unnamed, want", [
    (_event(None, "FD", 2), {(2, "asserted"): {"RR"}}, ("RR", "FD", 2, "asserted")),
    (_event(None, "FD", 3), {(2, "asserted"): {"RR"}}, (None, "FD", 3, "aggregate")),   # not as many
    (_event(None, "FD", 2), {(2, "asserted"): {"RR", "GK"}}, (None, "FD", 2, "aggregate")),   # which of two?
    (_event(None, "FD", 2), {(2, "asserted"): {"FD"}}, (None, "FD", 2, "aggregate")),   # its own: a recall
    (_event(None, "FD", 2, "hypothetical"), {(2, "asserted"): {"RR"}}, (None, "FD", 2, "hypothetical")),
    (_event("GK", "FD", 2, "asserted"), {(2, "asserted"): {"RR"}}, ("GK", "FD", 2, "asserted")),   # has its own
])
def test_a_window_event_takes_the_one_actor_the_parse_read_for_as_many_people(event, unnamed, want):
    e = _with_actor(event, unnamed)
    assert (e.expelling_country, e.expelled_country, e.count, e.modality) == want


@pytest.mark.parametrize("event, unnamed, want", [
    # "they are announcing 12 people from the personnel of the Freedonian mission 'persona non grata'": the parse
    # reads who and how many, the window rules who and whose
    (_event("RR", "FD", None, "asserted"), {(12, "asserted"): {"RR"}}, ("RR", "FD", 12, "asserted")),
    (_event("RR", "FD", None, "asserted"), {(12, "asserted"): {"GK"}}, ("RR", "FD", None, "asserted")),   # another's
    (_event("RR", "FD", None, "asserted"), {(12, "asserted"): {"RR"}, (3, "asserted"): {"RR"}},
     ("RR", "FD", None, "asserted")),   # which of two counts?
    (_event("RR", "FD", None, "asserted"), {(12, "demand"): {"RR"}}, ("RR", "FD", None, "asserted")),   # not done
    (_event("RR", "FD", 2, "asserted"), {(12, "asserted"): {"RR"}}, ("RR", "FD", 2, "asserted")),   # has its own
])
def test_a_window_event_with_no_count_takes_the_count_the_parse_read_for_its_actor(event, unnamed, want):
    from transforms.expulsions.sentence_merge import _with_unnamed_count
    e = _with_unnamed_count(event, unnamed)
    assert (e.expelling_country, e.expelled_country, e.count, e.modality) == want
