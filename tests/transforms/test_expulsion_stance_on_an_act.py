"""An expulsion noun that a verb of stance or of meeting an occasion takes as its object, under a subject that names no
state or another state than the people's, tells an act met or judged, not done, and takes no doer from the story:
after "Ruritania expelled two Freedonian diplomats.", "Graustark agreed with the expulsion of a Freedonian envoy" and
"The talks ended with the expulsion of a Freedonian envoy" are no new expulsion by Ruritania (talk.met_by_stance,
patterns/grammar.json stance_verbs). Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows

BEFORE = "Ruritania expelled two Freedonian diplomats. "


@pytest.mark.parametrize("second", [
    "The talks ended with the expulsion of a Freedonian envoy.",
    "Graustark agreed with the expulsion of a Freedonian envoy.",
    "Syldavia welcomed the expulsion of a Freedonian envoy.",
])
def test_a_stance_on_an_act_inherits_no_doer(second):
    """Before: RR->FD 1 asserted (the story's one pair filled the missing doer)."""
    assert {r for r in made_up_rows(BEFORE + second) if r[3] == "asserted"} == {("RR", "FD", 2, "asserted")}


def test_a_stance_alone_is_no_act_of_the_one_who_takes_it():
    """Before: GK->FD 1 asserted (the subject read as the doer)."""
    assert {r for r in made_up_rows("Graustark agreed with the expulsion of a Freedonian envoy.")
            if r[3] == "asserted"} == set()


@pytest.mark.parametrize("second, want", [
    ("Freedonia condemned the expulsion of a Freedonian envoy.", ("RR", "FD", 1)),   # its own people's: the other side
    ("Graustark condemned Ruritania's expulsion of a Freedonian envoy.", ("RR", "FD", 1)),   # the doer in its phrase
    ("Ruritania also ordered the expulsion of a Freedonian envoy.", ("RR", "FD", 1)),
    ("Ruritania ended the week with the expulsion of a Freedonian envoy.", ("RR", "FD", 1)),   # its own act
])
def test_a_doer_the_sentence_gives_stays(second, want):
    assert (*want, "asserted") in made_up_rows(BEFORE + second)


def test_a_doer_in_the_phrase_under_a_stance_stays():
    assert made_up_rows("Graustark welcomed the expulsion of three Freedonian diplomats by Ruritania.") == \
        {("RR", "FD", 3, "asserted")}


def test_the_host_an_envoy_serves_in_still_expels_him():
    assert made_up_rows(BEFORE + "Graustark condemned the expulsion of the Freedonian ambassador to Ruritania.") == \
        {("RR", "FD", 2, "asserted"), ("RR", "FD", 1, "asserted")}
