"""Three shapes that gave confident wrong events on unseen news (ev9), each on made-up states parsed by the
project's real spaCy model:

- a whole mission told as expelled ("the Freedonian diplomatic mission was expelled", "asked the Freedonian
  embassy to leave") is no headcount of one: the count stays open (headcounts._head_count);
- a nationality on a place after "from" ("two Freedonian diplomats from this former Ruritanian republic") names
  where they are sent from, no second group of people (owners._not_diplomats);
- "otherwise" on a verb still to come ("recall its consul this week, otherwise he'll be expelled") is the case
  in which it happens, a condition (futures.otherwise, patterns/grammar.json condition_adverbs)."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Freedonia's diplomatic mission was expelled from Ruritania on Sunday.",
    "The Ruritanian foreign ministry said it was asking the Freedonian diplomatic mission to leave the country "
    "within 48 hours.",
    "Ruritania expelled the Freedonian embassy on Monday.",
])
def test_a_whole_mission_is_no_headcount_of_one(text):
    assert asserted(text) == {("RR", "FD", None)}


@pytest.mark.parametrize("text", [
    "The Ruritanian foreign ministry has decided to expel two Freedonian diplomats from this ex-Graustarkian "
    "republic for contacts with opposition groups.",
    "Ruritania has ordered two Freedonian diplomats from this former Graustarkian republic to leave.",
])
def test_a_nationality_on_the_place_they_leave_is_no_group_of_people(text):
    assert asserted(text) == {("RR", "FD", 2)}


def test_otherwise_on_a_verb_still_to_come_is_a_condition():
    assert asserted("Freedonia must recall its consul from Strelsau this week, otherwise he'll be expelled by "
                    "Ruritania.") == set()
    assert asserted("Ruritania will expel three Freedonian diplomats.") == {("RR", "FD", 3)}   # a decision told
