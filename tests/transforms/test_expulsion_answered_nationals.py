"""A nationality's nationals or citizens thrown out in answer to an expulsion ("the USSR retaliated by throwing out
25 British nationals", "expelled 25 Ruritanian citizens in retaliation"), or people thrown out by a verb of
answering ("Moscow responded in kind, ousting 11 people"), are the tit-for-tat's people; nationals expelled
otherwise stay no diplomats (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania expelled 25 Freedonian diplomats. Freedonia retaliated by throwing out 25 Ruritanian nationals.",
    "Ruritania expelled 25 Freedonian diplomats. Freedonia expelled 25 Ruritanian citizens in retaliation.",
    "Ruritania expelled 25 Freedonian diplomats. Freedonia responded in kind, ousting 25 people including three "
    "Ruritanian journalists.",
])
def test_nationals_thrown_out_in_answer_are_the_tit_for_tats_people(text):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 25), ("FD", "RR", 25)}


@pytest.mark.parametrize("text", [
    "Ruritania expelled 25 Freedonian diplomats. Freedonia expelled 25 Ruritanian citizens for overstaying visas.",
    "Ruritania expelled 25 Freedonian diplomats. Freedonia retaliated by throwing out 25 Ruritanian journalists.",
    "Ruritania expelled 25 Freedonian diplomats. Freedonia expelled 25 people in retaliation.",   # whose not said
])
def test_nationals_expelled_otherwise_are_no_diplomats(text):
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 25)}
