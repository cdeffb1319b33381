"""People counted among a group that is fronted ("Among those expelled by Ruritania were two Freedonian diplomats"):
the people after "be" are the expelled, the agent of the participle expels (partitives.member_of_group)."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events, made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Among those expelled by Ruritania were two Freedonian diplomats.", 2),
    ("Among the 20 people expelled by Ruritania were three Freedonian diplomats.", 3),
    ("Among those expelled by Ruritania was the Freedonian military attache.", 1),
])
def test_the_people_after_be_are_expelled_by_the_agent(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text", [
    "Among the 35 Freedonians expelled by Ruritania on Thursday were intelligence operatives under diplomatic cover.",
    "Among the 35 Freedonians expelled by Ruritania were officials from the embassy in Strelsau.",
])
def test_a_counted_group_with_uncounted_people_in_it_is_the_event(text):
    names = dict(MADE_UP, Freedonians=("FD", "NORP", False))
    assert {(e.expelling_country, e.expelled_country, e.count, e.modality)
            for e in made_up_events(text, names=names)} == {("RR", "FD", 35, "asserted")}


def test_people_denied_among_them_are_not_expelled():
    assert {r[3] for r in made_up_rows("Among those expelled by Ruritania were not the Freedonian diplomats.")} == \
        {"negated"}


@pytest.mark.parametrize("text", [
    "Among those who protested the expulsion were two Freedonian diplomats.",
    "Among those who attended the reception were two Freedonian diplomats.",
    "Among those expelled from the party were two Freedonian diplomats.",
])
def test_another_group_is_no_expulsion_of_them(text):
    assert made_up_rows(text) == set()
