""""Australia expelled two Russian diplomats and Canada has expelled four": the parser may hang the second
clause's subject as one more conjunct on the first clause's object ("diplomats and Canada") and leave the second
verb with no subject; the second verb then took the first one's, and Australia expelled four. The name right
after "and", before the second verb, is that verb's subject (sentences written for these tests, about made-up
states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled two Freedonian diplomats and Graustark has expelled four Freedonian diplomats.",
     {("RR", "FD", 2), ("GK", "FD", 4)}),
    ("Ruritania has expelled two Freedonian diplomats and Freedonia has expelled four Ruritanian diplomats.",
     {("RR", "FD", 2), ("FD", "RR", 4)}),
    ("Ruritania expelled two Freedonian diplomats and the government of Graustark expelled four Freedonian "
     "diplomats.", {("RR", "FD", 2), ("GK", "FD", 4)}),
    ("Ruritania expelled two Freedonian diplomats and Graustark expelled four.", {("RR", "FD", 2), ("GK", "FD", 4)}),
    ("Officials said Ruritania expelled two Freedonian diplomats and Graustark has expelled four Freedonian "
     "diplomats.", {("RR", "FD", 2), ("GK", "FD", 4)}),
])
def test_the_name_after_and_is_the_second_verbs_subject(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want


@pytest.mark.parametrize("text, want", [
    # the same verb's object of two states' people, and a second verb of the same subject: nothing stranded
    ("Ruritania expelled two Freedonian diplomats and three Graustarkian diplomats.",
     {("RR", "FD", 2), ("RR", "GK", 3)}),
    ("Ruritania expelled two Freedonian diplomats and later expelled four Graustarkian diplomats.",
     {("RR", "FD", 2), ("RR", "GK", 4)}),
])
def test_a_verb_with_its_own_subject_or_none_named_keeps_the_first(text, want):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == want
