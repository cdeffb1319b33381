"""Two shapes of a report of expulsions by groups: the speaker named by a title and a name the parser gives the verb
as two subjects ("the official Ruritanian news agency RNA said"), and a list of groups the parser cuts into several
passive subjects ("25 Freedonian diplomats, four Graustarkian diplomats and two Syldavian diplomats were ordered out"). Sentences
written for these tests, about the made-up states of tests/expulsions_helpers.py."""
from tests.expulsions_helpers import made_up_rows


def test_the_state_of_an_agency_named_by_title_and_name_speaks_for_the_expelling_state():
    text = "The official Ruritanian news agency RNA said four Freedonian diplomats were ordered out."
    assert made_up_rows(text) == {("RR", "FD", 4, "asserted")}


def test_every_group_of_a_list_the_parser_cut_into_passive_subjects():
    text = ("The official Ruritanian news agency RNA said 25 Freedonian diplomats, four Graustarkian diplomats "
            "and two Syldavian diplomats were ordered out.")
    assert made_up_rows(text) == {("RR", "FD", 25, "asserted"), ("RR", "GK", 4, "asserted"),
                                  ("RR", "SV", 2, "asserted")}


def test_a_list_of_groups_with_its_expeller_named():
    text = ("Ruritania said 25 Freedonian diplomats, four Graustarkian diplomats and two Syldavian diplomats were "
            "ordered out.")
    assert made_up_rows(text) == {("RR", "FD", 25, "asserted"), ("RR", "GK", 4, "asserted"),
                                  ("RR", "SV", 2, "asserted")}
