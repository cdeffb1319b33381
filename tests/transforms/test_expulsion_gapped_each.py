"""Gapped list items: "..., and Ireland, Croatia and Estonia one each" (the number of each state of the run, not more
of the people before it) and items set off by semicolons ("Ukraine is expelling 13 Russian diplomats; Moldova,
three; Albania, two"). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import grammar_readings
from transforms.expulsions import grammar as g

NAMES = {"Ruritania": ("RR", "state"), "Freedonia": ("FD", "state"), "Graustark": ("GK", "state"),
         "Syldavia": ("SV", "state"), "Borduria": ("BD", "state"), "Latverian": ("LV", "norp")}


def readings(nlp, text):
    return sorted(grammar_readings(nlp, text, NAMES))


def test_one_each_after_a_run_of_states_is_each_ones_count(nlp):
    text = "Ruritania and Freedonia each expelled two Latverian diplomats, and Graustark, Syldavia and Borduria one each."
    assert readings(nlp, text) == sorted([("RR", "LV", 2, g.ASSERTED), ("FD", "LV", 2, g.ASSERTED),
                                         ("GK", "LV", 1, g.ASSERTED), ("SV", "LV", 1, g.ASSERTED),
                                         ("BD", "LV", 1, g.ASSERTED)])


@pytest.mark.parametrize("text, want", [
    ("Ruritania is expelling 13 Latverian diplomats; Freedonia, three; Graustark, two.",
     [("FD", "LV", 3, g.ASSERTED), ("GK", "LV", 2, g.ASSERTED), ("RR", "LV", 13, g.ASSERTED)]),
    ("Ruritania expelled three Latverian diplomats; Freedonia, in a separate move, recalled its ambassador.",
     [("RR", "LV", 3, g.ASSERTED)]),
])
def test_list_items_set_off_by_semicolons(nlp, text, want):
    assert readings(nlp, text) == want
