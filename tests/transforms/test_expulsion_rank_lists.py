"""A list of expelled people by rank that the parser begins as an apposition ("the attache, a counsellor and two
clerks"): every post listed is counted (rank_lists.py, headcounts.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled the Freedonian military attache, a first secretary and two third secretaries.", 4),
    ("Ruritania expelled the Freedonian military attache, a first secretary and a third secretary.", 3),
    ("Ruritania expelled the Freedonian attache, a counsellor and two clerks.", 4),
    ("Ruritania expelled a Freedonian attache, a counsellor and two clerks.", 4),
    ("The Freedonian defence attache, a first secretary and two third secretaries were expelled by Ruritania.", 4),
    ("Ruritania expelled the Freedonian attache, the consul and two clerks.", 4),
])
def test_every_post_of_the_list_is_counted(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled three Freedonian diplomats: the defence attache, a counsellor and a third secretary.", 3),
    ("Ruritania expelled two Freedonian diplomats, a counsellor and a clerk.", 2),
    ("Ruritania expelled the Freedonian consul, a counsellor and an attache.", 3),
])
def test_a_counted_group_and_its_members_are_not_added_twice(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


def test_an_apposition_that_describes_the_envoy_adds_no_one():
    assert made_up_rows("Ruritania expelled the Freedonian ambassador, a veteran diplomat.") == \
        {("RR", "FD", 1, "asserted")}
