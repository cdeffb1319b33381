"""A measure, step or response that is the same act turned round ("Russia took reciprocal measures", "responded
with a symmetrical measure", "announced a mirror measure against the Swedish embassy") answers the expulsion of the
state's own people in kind, as "responded in kind" does; said of the future it is none yet, and where the sentence
says what the measure is ("taking reciprocal action today, revoking the accreditation of ..."), that act is read.
Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_events
from transforms.expulsions import grammar as g


def rows(text):
    return [(e.expelling_country, e.expelled_country, e.count, e.modality) for e in made_up_events(text, "2020-02-01")
            if e.modality == g.ASSERTED]


@pytest.mark.parametrize("text", [
    "Ruritania expelled a Freedonian diplomat. Freedonia took analogous measures on Friday.",
    "Ruritania expelled a Freedonian diplomat, and Freedonia responded with a symmetrical measure.",
    "Ruritania expelled a Freedonian diplomat. Freedonia announced a mirror measure against the Ruritanian embassy.",
])
def test_a_mirror_measure_answers_in_kind(text):
    assert rows(text) == [("RR", "FD", 1, g.ASSERTED), ("FD", "RR", 1, g.ASSERTED)]


@pytest.mark.parametrize("text", [
    "Ruritania expelled a Freedonian diplomat. Freedonia said it would take reciprocal measures.",
    "Ruritania raised tariffs on Freedonian steel. Freedonia took reciprocal measures on Friday.",
])
def test_a_mirror_measure_still_to_come_or_of_no_expulsion_is_none(text):
    assert ("FD", "RR") not in [r[:2] for r in rows(text)]


def test_a_measure_the_sentence_spells_out_is_read_from_what_it_says():
    text = "Freedonia expelled a Ruritanian diplomat last month. Summoning the Freedonian ambassador, a Ruritanian " \
           "official said that Ruritania would not stand for it and so we are taking reciprocal action today, " \
           "revoking the accreditation of a Freedonian diplomat."
    assert ("RR", "FD") in [r[:2] for r in rows(text)]
