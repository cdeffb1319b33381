"""A state that marks or meets an occasion with an expulsion does it (occasions.py): "Graustark marked the day with
the expulsion of a Freedonian envoy" is Graustark's act, not the act of the state the sentence before named, and
it is told as the verb of marking is. Made-up sentences about made-up states, parsed by the project's real spaCy
model."""
import pytest

from tests.expulsions_helpers import made_up_events


def rows(text):
    return {(e.expelling_country, e.expelled_country, e.count, e.modality) for e in made_up_events(text)}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled two Freedonian diplomats on Monday. Graustark marked the day with the expulsion of a "
     "Freedonian envoy.", ("GK", "FD", 1)),
    ("Syldavia expelled four Graustarkian diplomats on Tuesday. Freedonia marked the occasion with the expulsion of "
     "three Graustarkian diplomats.", ("FD", "GK", 3)),
    ("Ruritania expelled two Freedonian diplomats on Monday. Syldavia greeted the news with the expulsion of three "
     "Freedonian diplomats.", ("SV", "FD", 3)),
    ("Freedonia expelled a Syldavian attache in March. Graustark began the year with the expulsion of two Syldavian "
     "envoys.", ("GK", "SV", 2)),
])
def test_the_act_an_occasion_is_marked_with_is_the_markers(text, want):
    got = rows(text)
    assert (*want, "asserted") in got
    assert not any(r[1:3] == want[1:] and r[0] != want[0] for r in got)   # (before: the first sentence's state)


@pytest.mark.parametrize("text, modality", [
    ("Ruritania expelled two Freedonian diplomats on Monday. Graustark could mark the day with the expulsion of a "
     "Freedonian envoy.", "hypothetical"),
    ("Ruritania expelled two Freedonian diplomats on Monday. Graustark did not mark the day with the expulsion of a "
     "Freedonian envoy.", "negated"),
])
def test_the_act_is_told_as_the_marking_is(text, modality):
    assert ("GK", "FD", 1, modality) in rows(text)
    assert ("GK", "FD", 1, "asserted") not in rows(text)


def test_marking_by_an_act_keeps_its_doer():
    assert rows("Ruritania expelled two Freedonian diplomats on Monday. Graustark marked the day by expelling a "
                "Freedonian envoy.") == {("RR", "FD", 2, "asserted"), ("GK", "FD", 1, "asserted")}
