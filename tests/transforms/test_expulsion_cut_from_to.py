"""A host's cut of another state's mission told as the staff before and after ("cut the Freedonian embassy staff from
40 to 25": 15 go; cut_sizes.cut_from_to on the grammar's "reduce" trigger, targets._cut_target for an ordered cut),
and a verb of cutting in any form ("reduced", "slashed": parse_words' lemma table now has host_cut_verbs). Sentences
written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Ruritania cut the Freedonian embassy staff from 40 to 25.", 15),
    ("Ruritania reduced the staff of the Freedonian embassy from 40 to 25 diplomats.", 15),
    ("Ruritania will reduce the number of Freedonian diplomats in Strelsau from 40 to 25.", 15),
    ("Ruritania slashed the Freedonian embassy staff from 60 to 20 on Monday.", 40),
    ("Ruritania reduced the staff of the Freedonian embassy by 15.", 15),
    ("Ruritania ordered Freedonia to cut its embassy staff from 40 to 25.", 15),
])
def test_a_cut_counts_those_who_go(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania cut its own embassy staff in Fredville from 40 to 25 to save money.",
    "Ruritania cut the embassy budget from 40 million to 25 million.",
    "Ruritania reduced the Freedonian embassy's visa fees from 40 to 25 dollars.",
    "Ruritania raised the Freedonian embassy staff from 25 to 40.",
    "Ruritania reduced its budget for the Freedonian embassy by 15 million.",
])
def test_no_headcount_cut_is_no_expulsion(text):
    assert made_up_rows(text) == set()


def test_a_cut_to_a_ceiling_counts_no_one():
    assert {r[2] for r in made_up_rows("Ruritania ordered Freedonia to cut its embassy staff to 25.")} <= {None}
