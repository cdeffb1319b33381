""""South Africa expelled three Rwandan diplomats and Rwanda, which borders Burundi, retaliated by ordering out six
South African diplomats": the parser may join the name to the first clause's verb and hang the second clause's verb
on the name as a reduced relative; a name joined to a verb is that second clause's subject (a reduced relative on
a noun that is no such conjunct - "diplomats expelled by X" - is not). Sentences written for these tests."""
from tests.expulsions_helpers import made_up_rows


def test_a_name_joined_to_a_verb_is_the_next_clause_s_subject():
    text = ("Graustark has expelled a diplomat from the Syldavian embassy. The raid sparked a row between Graustark and "
            "Ruritania, prompting tit-for-tat expulsions. Graustark expelled three Ruritanian diplomats last week and "
            "Ruritania, which borders Syldavia, retaliated by ordering out six Graustarkian diplomats.")
    rows = {r for r in made_up_rows(text) if r[3] == "asserted"}
    assert ("GK", "RR", 3, "asserted") in rows and ("RR", "GK", 6, "asserted") in rows


def test_a_reduced_relative_on_people_is_no_subject():
    text = "Ruritania said the Freedonian diplomats expelled by Graustark had left Fredville."
    assert not {r for r in made_up_rows(text) if r[0] == "RR" and r[3] == "asserted"}
