"""A group of expelled people that includes its members ("Those expelled by Ruritania include the Freedonian defence
attache, two counsellors and a second secretary"): the object of "include" is expelled, with its own count, by the
agent of the participle (partitives.member_of_group, patterns/grammar.json including_verbs)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Those expelled by Ruritania include the Freedonian defence attache, two counsellors and a second secretary.", 4),
    ("The diplomats expelled by Ruritania included two Freedonian attaches.", 2),
    ("The 20 people expelled by Ruritania include three Freedonian diplomats.", 3),
])
def test_the_members_included_are_expelled_by_the_agent(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text, modality", [
    ("Those expelled by Ruritania did not include the Freedonian ambassador.", "negated"),
    ("Those expelled by Ruritania may include the Freedonian ambassador.", "hypothetical"),
])
def test_the_verb_of_including_tells_the_modality(text, modality):
    assert made_up_rows(text) == {("RR", "FD", 1, modality)}


@pytest.mark.parametrize("text", [
    "Those who protested the expulsion included two Freedonian diplomats.",
    "Those expelled from the party include two Freedonian diplomats.",
])
def test_another_group_is_no_expulsion_of_its_members(text):
    assert made_up_rows(text) == set()


def test_a_group_that_names_whose_people_it_is_stays_the_expelled():
    assert made_up_rows("The 20 Freedonian diplomats expelled by Ruritania last week included the military attache "
                        "and two counsellors.") == {("RR", "FD", 20, "asserted")}


def test_counted_shares_the_group_includes_stay_the_groups_list():
    assert made_up_rows("The 40 Freedonian diplomats expelled last year included 30 from Ruritania and 10 from "
                        "Graustark.") == {("RR", "FD", 30, "asserted"), ("GK", "FD", 10, "asserted")}
