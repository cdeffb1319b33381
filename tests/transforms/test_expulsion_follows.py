"""Expulsions told by reference to another ("Graustark followed suit", "did the same", "did likewise",
"followed Strelsau's lead": transforms/expulsions/follows.py): made-up articles about made-up states,
parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


FIRST = "Ruritania expelled two Freedonian diplomats on Monday. "


@pytest.mark.parametrize("text, want", [
    # every state of the subject repeats the expulsion; the count is not said
    (FIRST + "Graustark and Syldavia followed suit on Tuesday.",
     {("RR", "FD", 2), ("GK", "FD", None), ("SV", "FD", None)}),
    (FIRST + "Graustark did the same a day later.", {("RR", "FD", 2), ("GK", "FD", None)}),
    # a capital standing for its state; "the same number" gives the count
    (FIRST + "Edelweiss did likewise, ordering out the same number.", {("RR", "FD", 2), ("GK", "FD", 2)}),
    # in the same sentence, with people of its own
    ("Ruritania announced the expulsion of three Freedonian consular officials, and Freedonia did the same with "
     "three Ruritanian ones.", {("RR", "FD", 3), ("FD", "RR", 3)}),
    # a lead or an example followed
    (FIRST + "Graustark quickly followed Strelsau's lead.", {("RR", "FD", 2), ("GK", "FD", None)}),
    # with expulsions of its own, counted or not
    (FIRST + "Graustark and Syldavia followed suit with smaller expulsions.",
     {("RR", "FD", 2), ("GK", "FD", None), ("SV", "FD", None)}),
    (FIRST + "Graustark followed suit with the expulsion of three Freedonian diplomats.",
     {("RR", "FD", 2), ("GK", "FD", 3)}),
    # a reaction of the two sides between the expulsion and its follow
    (FIRST + "Freedonia called the move hostile. Graustark followed suit on Tuesday.",
     {("RR", "FD", 2), ("GK", "FD", None)}),
    # the follower's own expulsion says more: no second, count-less row
    (FIRST + "Graustark did likewise, expelling four Freedonian diplomats.", {("RR", "FD", 2), ("GK", "FD", 4)}),
])
def test_a_follow_repeats_the_expulsion_told_just_before(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # what is followed is no expulsion
    ("Ruritania recalled its ambassador from Freedonia for consultations, and Graustark followed suit.", set()),
    # a follow not done yet
    (FIRST + "Graustark is expected to follow suit.", {("RR", "FD", 2)}),
    (FIRST + "Graustark said it would do the same.", {("RR", "FD", 2)}),
    (FIRST + "Graustark and Syldavia have not followed suit.", {("RR", "FD", 2)}),
    # a subject that names no state
    (FIRST + "Other countries followed suit.", {("RR", "FD", 2)}),
    # the expulsion lies further back than the sentence before (and the one before names no one else)
    (FIRST + "The weather in Strelsau was cold. It rained. Graustark followed suit.", {("RR", "FD", 2)}),
    # another act in the follow's own sentence
    (FIRST + "Syldavia imposed sanctions a week later, and Graustark quickly followed suit.", {("RR", "FD", 2)}),
    # another state's act between them, or a follow with something else
    (FIRST + "Syldavia imposed sanctions on Freedonia. Graustark followed suit.", {("RR", "FD", 2)}),
    (FIRST + "Syldavia recalled its ambassador from Freedonia. Graustark followed suit.", {("RR", "FD", 2)}),
    (FIRST + "Graustark followed suit with sanctions.", {("RR", "FD", 2)}),
    # nothing told at all
    ("Graustark followed suit on Tuesday.", set()),
])
def test_a_follow_of_nothing_or_not_done_is_no_event(text, want):
    assert asserted(text) == want


def test_a_follow_of_a_refusal_is_a_refusal():
    got = rows("Ruritania refused to expel any Freedonian diplomats, and Graustark soon followed suit.")
    assert {m for *_, m in got} == {"negated"} and ("GK", "FD", None, "negated") in got


TWENTY = "Ruritania expelled 20 Freedonian diplomats on Monday. "


@pytest.mark.parametrize("text, want", [
    # "followed with N": the people of the expulsion followed, N of them; a further state "with M" its own
    (TWENTY + "Graustark followed with 12, Syldavia with three.",
     {("RR", "FD", 20), ("GK", "FD", 12), ("SV", "FD", 3)}),
    (TWENTY + "Graustark followed with 12 on Tuesday and Syldavia with three.",
     {("RR", "FD", 20), ("GK", "FD", 12), ("SV", "FD", 3)}),
    # a capital standing for its state
    (TWENTY + "Edelweiss quickly followed with six.", {("RR", "FD", 20), ("GK", "FD", 6)}),
])
def test_a_follow_with_a_bare_number_gives_that_count(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # "with" something that is no number of people
    (TWENTY + "Graustark followed with a protest note, Syldavia with a travel warning.", {("RR", "FD", 20)}),
    (TWENTY + "Graustark followed with 12 new sanctions.", {("RR", "FD", 20)}),
    # not done yet
    (TWENTY + "Graustark is expected to follow with 12.", {("RR", "FD", 20)}),
    # nothing expelled before it
    ("Ruritania imposed sanctions on 20 Freedonian officials on Monday. Graustark followed with 12.", set()),
])
def test_a_follow_with_anything_but_a_count_of_people_is_no_event(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # the same act done to one person is done to one
    ("Ruritania expelled a Freedonian diplomat on Monday. Graustark followed suit on Tuesday.",
     {("RR", "FD", 1), ("GK", "FD", 1)}),
    ("Ruritania expelled the Freedonian ambassador, and Graustark did the same a day later.",
     {("RR", "FD", 1), ("GK", "FD", 1)}),
    # "the same last month", parsed as one phrase of time
    ("Ruritania expelled two Freedonian diplomats in March, and Graustark did the same last month.",
     {("RR", "FD", 2), ("GK", "FD", None)}),
    # a follower named by a relative clause
    ("Syldavia follows Ruritania, which expelled a Freedonian diplomat in March, and Graustark, which did the same "
     "last month.", {("RR", "FD", 1), ("GK", "FD", 1)}),
])
def test_a_follow_of_one_person_and_follows_the_parser_splits(text, want):
    assert asserted(text) == want
