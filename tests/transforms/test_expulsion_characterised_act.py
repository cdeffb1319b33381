"""A noun of expelling that characterises the expulsion just told is that one act, not another (characterised.py):
after a comma, in apposition or hung on the telling verb ("..., the first expulsion of any Freedonian envoy since
1990", "its first such expulsion in a decade"), or the complement of "be" whose subject refers back (", which was
...", "It was ...", "The move was ..."; patterns/grammar.json characterising_subjects). Its "any Freedonian envoy"
is no count of its own, and its "since 1990" no year of another act. An act told inside the phrase, or in a
sentence of its own, stays. Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_events


def asserted(text):
    return {(e.expelling_country, e.expelled_country, e.count, e.event_year) for e in made_up_events(text)
            if e.modality == "asserted"}


ONE = {("RR", "FD", 2, 2020)}


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats on Monday, the first expulsion of any Freedonian envoy since 1990.",
    "Ruritania expelled two Freedonian diplomats on Monday, its first expulsion of a Freedonian envoy in a decade.",
    "Ruritania expelled two Freedonian diplomats on Monday, the second expulsion of a Freedonian diplomat this year.",
    "Ruritania expelled two Freedonian diplomats on Monday, which was the first expulsion of a Freedonian envoy "
    "since 1990.",
    "Ruritania expelled two Freedonian diplomats on Monday. It was the first expulsion of a Freedonian envoy "
    "since 1990.",
    "Ruritania expelled two Freedonian diplomats on Monday. The move was the first expulsion of a Freedonian envoy "
    "since 1990.",
    "Ruritania expelled two Freedonian diplomats on Monday, the largest expulsion of Freedonian diplomats since "
    "the Cold War.",
])
def test_a_phrase_that_characterises_the_act_told_is_that_act(text):
    assert asserted(text) == ONE


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled two Freedonian diplomats. In 1990 it had expelled five.",
     {("RR", "FD", 2, 2020), ("RR", "FD", 5, 1990)}),
    ("Ruritania expelled two Freedonian diplomats on Monday. It was the first expulsion since Graustark expelled "
     "three Freedonian diplomats in 1990.", {("RR", "FD", 2, 2020), ("GK", "FD", 3, 1990)}),
    ("Ruritania expelled two Freedonian diplomats on Monday, the first expulsion since Graustark expelled three "
     "Freedonian diplomats in 1990.", {("RR", "FD", 2, 2020), ("GK", "FD", 3, 1990)}),
    ("Ruritania expelled two Freedonian diplomats on Monday. On Friday it ordered the expulsion of a Freedonian "
     "envoy.", {("RR", "FD", 2, 2020), ("RR", "FD", 1, 2020)}),
    ("Ruritania expelled two Freedonian diplomats on Monday, and Graustark ordered the expulsion of a Freedonian "
     "envoy.", {("RR", "FD", 2, 2020), ("GK", "FD", 1, 2020)}),
])
def test_another_act_told_beside_it_stays(text, want):
    assert asserted(text) == want
