"""A state removing another state's diplomats ("Ruritania was removing three Freedonian embassy staff", "Freedonia's
removal of a Ruritanian diplomat") expels them (removals.py); a diplomat "forced to leave" a named state is expelled
by it (leave_orders.compelled_leaving). A state removing its own people, or anyone forced to leave a post, expels
no one."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text,want", [
    ("Ruritania announced on August 10 that it was removing three Freedonian embassy staff over a serious crime.",
     {("RR", "FD", 3, "asserted")}),
    ("Ruritania removed three Freedonian diplomats on Monday.", {("RR", "FD", 3, "asserted")}),
    ("Freedonia's removal of a Ruritanian diplomat angered Ruritania.", {("FD", "RR", 1, "asserted")}),
    ("A Freedonian diplomat was forced to leave Ruritania on Friday.", {("RR", "FD", 1, "asserted")}),
    ("A Freedonian diplomat was forced to leave Ruritania on Friday in response to Freedonia's removal of a "
     "Ruritanian diplomat.", {("RR", "FD", 1, "asserted"), ("FD", "RR", 1, "asserted")}),
])
def test_removed_or_forced_out_diplomats_are_expelled(text, want):
    assert made_up_rows(text, sentence=r".+") == want


@pytest.mark.parametrize("text", [
    "Ruritania removed three Ruritanian diplomats from Strelsau on Monday.",
    "Ruritania removed its diplomats from Fredville.",
    "Ruritania removed three Freedonian officials from the board of the bank.",
    "Ruritania removed the Freedonian flag from the building.",
    "Freedonia's removal of its Ruritanian staff was criticised.",
    "The Freedonian ambassador was forced to leave his post.",
    "Thousands were forced to leave Ruritania.",
])
def test_own_people_posts_and_things_are_no_expulsion(text):
    assert made_up_rows(text, sentence=r".+") == set()


def test_forced_to_expel_stays_done():
    assert made_up_rows("Freedonia was forced to expel two Ruritanian diplomats.", sentence=r".+") == \
        {("FD", "RR", 2, "asserted")}
