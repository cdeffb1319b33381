"""Shapes of foreign ministries' statements: a readiness to expel is no expulsion, nor the last of a range of
measures ("up to and including the expulsion of"), and "a list of staff declared persona non grata" handed to a
diplomat is the listed staff's expulsion, not the diplomat's."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text", [
    "Ruritania has stated its readiness to expel a number of Freedonian diplomats.",
    "Ruritania expressed its willingness to expel ten Freedonian diplomats.",
    "Ruritania threatened Freedonia with measures up to and including the expulsion of ten Freedonian diplomats.",
    "Such attempts will be suppressed, up to the expulsion of ten Freedonian diplomats, the Ruritanian ministry said.",
])
def test_a_readiness_or_a_range_of_measures_is_no_expulsion(text):
    assert events(text) == set()


@pytest.mark.parametrize("text, want", [
    ("The events that led up to the expulsion of ten Freedonian diplomats by Ruritania were murky.",
     {("RR", "FD", 10)}),
    ("In the run-up to the expulsion of ten Freedonian diplomats by Ruritania, tensions rose.", {("RR", "FD", 10)}),
])
def test_what_led_up_to_an_expulsion_leaves_it_told(text, want):
    assert events(text) == want


def test_a_list_of_staff_declared_persona_non_grata_is_the_staff_s_expulsion():
    text = ("On Monday a senior diplomat at the Freedonian legation in Strelsau was handed a note with a list of "
            "Freedonian embassy staff declared persona non grata.")
    assert events(text) == {("RR", "FD", None)}


@pytest.mark.parametrize("text", [
    "The Ruritanian Foreign Ministry has declared 23 Freedonian diplomats personas non grata.",
    "Ruritania declared 23 Freedonian diplomats personas non gratas on Monday.",
])
def test_the_english_plural_of_persona_non_grata(text):
    assert events(text) == {("RR", "FD", 23)}


@pytest.mark.parametrize("text", [
    "Ruritania has withdrawn the accreditation of a Freedonian diplomat following the expulsion of a Ruritanian "
    "diplomat from Freedonia last year.",
    "Ruritania revoked the accreditation of a Freedonian diplomat due to Freedonia's recent expulsion of a "
    "Ruritanian diplomat.",
])
def test_an_answer_to_an_expulsion_tells_both(text):
    assert events(text) == {("RR", "FD", 1), ("FD", "RR", 1)}
