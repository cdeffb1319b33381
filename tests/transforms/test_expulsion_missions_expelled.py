"""The people of missions named as the missions ("expelled the diplomatic missions of A, B and C") or as
"diplomatic staff" (sentences written for these tests): each state's people expelled, how many not said."""
from tests.expulsions_helpers import made_up_rows


def test_the_diplomatic_missions_of_a_list_of_states():
    text = "Ruritania expelled the diplomatic missions of Freedonia, Graustark and Syldavia from its territory."
    assert made_up_rows(text) == {("RR", "FD", None, "asserted"), ("RR", "GK", None, "asserted"),
                                  ("RR", "SV", None, "asserted")}


def test_the_diplomatic_staff_of_two_states():
    text = "Ruritania expelled the diplomatic staff of Freedonia and Graustark from its territory."
    assert made_up_rows(text) == {("RR", "FD", None, "asserted"), ("RR", "GK", None, "asserted")}


def test_missions_closed_are_no_expulsion():
    assert made_up_rows("Ruritania closed the embassies of Freedonia and Graustark.") == set()
