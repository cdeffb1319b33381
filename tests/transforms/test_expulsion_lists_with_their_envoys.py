"""Two shapes real news showed read short (sentences written for these tests): "their <nationality> ambassadors"
are of that nationality ("their" says only whose posts they held), one for each state; and a relative clause the
parser hangs on the first of a list of states but said after the whole list ("preceded by A, B and C, who all
expelled ...") is the whole list's, while one said after the first state alone stays that state's own."""
from tests.expulsions_helpers import made_up_rows


def test_their_ambassadors_of_a_nationality_are_one_each():
    text = "Ruritania, Freedonia and Graustark expelled their Syldavian ambassadors on Monday."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == \
        {("RR", "SV", 1, "asserted"), ("FD", "SV", 1, "asserted"), ("GK", "SV", 1, "asserted")}


def test_a_relative_clause_after_a_list_is_the_lists():
    text = "Syldavia was preceded by Ruritania, Freedonia and Graustark, who all kicked out their Syldavian " \
           "ambassadors this month."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == \
        {("RR", "SV", 1, "asserted"), ("FD", "SV", 1, "asserted"), ("GK", "SV", 1, "asserted")}


def test_a_sum_told_of_a_list_in_a_relative_clause_is_no_ones_own():
    text = "Syldavia was preceded by Ruritania, Freedonia and Graustark, which expelled 12 Syldavian diplomats " \
           "between them."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == set()


def test_a_relative_clause_on_each_state_stays_its_own():
    text = "Among them were Ruritania, which expelled four Syldavian diplomats, and Freedonia, which expelled two."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "SV", 4, "asserted"),
                                                                     ("FD", "SV", 2, "asserted")}
