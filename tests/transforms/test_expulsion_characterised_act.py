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


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats on Monday, marking the first expulsion of a Freedonian envoy "
    "since 1990.",
    "Ruritania expelled two Freedonian diplomats on Monday, in a move that marked the first expulsion of a "
    "Freedonian envoy since 1990.",
    "Ruritania expelled two Freedonian diplomats on Monday, marking the first such expulsion since 1990.",
    "Ruritania expelled two Freedonian diplomats on Monday, representing the largest expulsion of a Freedonian "
    "envoy since 1990.",
    "Ruritania expelled two Freedonian diplomats on Monday, constituting the largest expulsion of a Freedonian "
    "envoy in a decade.",
    "Ruritania expelled two Freedonian diplomats on Monday in what was the first expulsion of a Freedonian envoy "
    "since 1990.",
    "Ruritania expelled two Freedonian diplomats on Monday in what is believed to be the largest expulsion of a "
    "Freedonian envoy since 1990.",
    "Ruritania expelled two Freedonian diplomats on Monday. The move marked the first expulsion of a Freedonian "
    "envoy since 1990.",
])
def test_a_clause_of_marking_says_what_the_act_told_was(text):
    """A participle or relative clause whose verb of marking (grammar.json marking_verbs) or "be" says what the act
    just told was: its object is that act, not another of one envoy."""
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
    ("Ruritania expelled two Freedonian diplomats on Monday, marking the anniversary of the expulsion of a "
     "Freedonian envoy by Graustark.", {("RR", "FD", 2, 2020), ("GK", "FD", 1, 2020)}),
    ("Ruritania expelled two Freedonian diplomats on Monday, recalling a crisis that marked the first expulsion of "
     "a Freedonian envoy.", {("RR", "FD", 2, 2020), ("RR", "FD", 1, 2020)}),
    ("Ruritania expelled two Freedonian diplomats on Monday. Graustark marked the day by expelling a Freedonian "
     "envoy.", {("RR", "FD", 2, 2020), ("GK", "FD", 1, 2020)}),
    ("Ruritania expelled two Freedonian diplomats on Monday. Graustark, marking the occasion, expelled a "
     "Freedonian envoy.", {("RR", "FD", 2, 2020), ("GK", "FD", 1, 2020)}),
])
def test_another_act_told_beside_it_stays(text, want):
    assert asserted(text) == want


def test_an_act_inside_the_object_of_marking_stays():
    """"marking the anniversary of the 1990 expulsion ... by Graustark": the verb of marking has the anniversary for
    object, and the expulsion under it is another act, Graustark's."""
    got = asserted("Ruritania expelled two Freedonian diplomats on Monday, marking the anniversary of the 1990 "
                   "expulsion of five Freedonian diplomats by Graustark.")
    assert ("GK", "FD", 5, 1990) in got and {e[:3] for e in got} == {("RR", "FD", 2), ("GK", "FD", 5)}
