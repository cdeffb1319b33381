"""A state that recalls its envoy from another after its people were expelled: the state it recalls him from
expelled them, as many as the clause counts (recalls.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Freedonia recalled its ambassador from Ruritania after two of its diplomats were expelled.", 2),
    ("Freedonia withdrew its envoy from Ruritania because three of its diplomats had been expelled.", 3),
    ("Freedonia recalled its ambassador in Ruritania after two Freedonian diplomats were expelled.", 2),
])
def test_the_post_the_envoy_is_recalled_from_expelled_them(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


def test_expelled_from_a_party_is_no_expulsion_by_the_post():
    assert made_up_rows("Freedonia recalled its ambassador from Ruritania after two of its diplomats were "
                        "expelled from the party.") == set()


def test_a_recall_after_other_news_is_no_expulsion():
    assert made_up_rows("Freedonia recalled its ambassador from Ruritania after talks failed.") == set()


def test_an_expeller_the_passive_names_keeps_the_act():
    assert made_up_rows("Freedonia recalled its ambassador from Ruritania after two of its diplomats were "
                        "expelled by Graustark.") == {("GK", "FD", 2, "asserted")}
