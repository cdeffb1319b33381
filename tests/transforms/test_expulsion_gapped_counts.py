"""A list of states with a count each after the first ("Ruritania expelled three, Freedonia two, Graustark one and
Syldavia one") is each state's own expulsion of the people told before; the parser hangs the second state on the
first count as an apposition, which names no one's people. A year that is another thing's ("over a 2014 depot
blast") does not date an expulsion the sentence dates itself ("last week"). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import grammar_readings, made_up_rows
from transforms.expulsions.years import year_from_text



NAMES = {"Slovakia": ("SK", "state"), "Lithuania": ("LT", "state"), "Latvia": ("LV", "state"),
         "Estonia": ("EE", "state"), "Russians": ("RU", "norp")}


@pytest.mark.parametrize("text, expelled", [
    ("Slovakia expelled three, Lithuania two, Latvia one and Estonia one.", "@the:~"),   # the people told before
    ("Slovakia expelled three Russians, Lithuania two, Latvia one and Estonia one.", "RU"),
])
def test_each_state_of_a_gapped_list_expels_its_own_count_of_the_same_people(nlp, text, expelled):
    assert set(grammar_readings(nlp, text, NAMES)) == {("SK", expelled, 3, "asserted"), ("LT", expelled, 2, "asserted"),
                                                       ("LV", expelled, 1, "asserted"), ("EE", expelled, 1, "asserted")}


@pytest.mark.parametrize("sentence, year", [
    ("Freedonia last week expelled 18 Ruritanians over a 2014 ammunition depot blast.", 2021),
    ("Freedonia expelled 18 Ruritanians on Thursday over the 2014 depot blast.", 2021),
    ("Freedonia expelled 18 Ruritanians after the 2018 poisoning.", 2018),   # no date of its own: the year told
    ("The 1971 expulsion of 105 Ruritanian officials was the largest.", 1971),
    ("In 2014 Freedonia expelled a Ruritanian diplomat.", 2014),
])
def test_a_year_of_another_thing_gives_way_to_the_sentences_own_date(sentence, year):
    assert year_from_text(sentence, sentence.find("expel"), "2021-04-23")[0] == year


def test_gapped_states_with_of_and_their_number_after_an_expulsion_noun():
    # a translation's word order: "announced the expulsion of 21 ..., Graustark of 17, Syldavia of four"
    text = "Ruritania has announced the expulsion of 21 Freedonian diplomats, Graustark of 17, Syldavia of four."
    assert {r[:3] for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 21), ("GK", "FD", 17), ("SV", "FD", 4)}
