"""A year in a clause that tells another act of one of the event's people ("Ivo Marek, who took up his post in
December 2019, was declared persona non grata") is that act's, not the expulsion's (clause_years.py); a clause
that holds the expulsion or hangs on the expulsion noun keeps telling its time (sentences written for these tests)."""
import pytest

from tests.expulsions_helpers import made_up_events


def _years(text, published="2020-03-16"):
    return [(e.expelling_country, e.expelled_country, e.count, e.event_year) for e in made_up_events(text, published)
            if e.modality == "asserted"]


def test_a_restatement_with_the_year_of_the_envoys_arrival_is_the_same_expulsion():
    text = ("Ruritania ordered the expulsion of the Freedonian ambassador, Ivo Marek, giving him 72 hours to leave "
            "the country. Ivo Marek, who took up his post in Strelsau in December 2019, was declared persona non "
            "grata by the Ruritanian foreign minister.")
    assert _years(text) == [("RR", "FD", 1, 2020)]


@pytest.mark.parametrize("text, year", [
    ("The Freedonian ambassador, who arrived in 2017, was expelled by Ruritania in 2019.", 2019),
    ("The Freedonian consul, who had served in Strelsau since 2016, was expelled by Ruritania.", 2020),
    ("The Freedonian attache, appointed in 2016, was declared persona non grata by Ruritania.", 2020),
])
def test_the_year_of_a_clause_on_the_expelled_is_not_the_expulsions(text, year):
    assert [y for *_, y in _years(text)] == [year]


@pytest.mark.parametrize("text, year", [
    ("Two Freedonian diplomats, who were expelled by Ruritania in 2015, returned to Fredville.", 2015),
    ("The expulsion of two Freedonian diplomats by Ruritania, which took place in 2015, angered Fredville.", 2015),
    ("In 1983 Ruritania expelled two Freedonian diplomats who had arrived in 1981.", 1983),
])
def test_a_clause_telling_the_expulsion_keeps_its_year(text, year):
    assert [y for *_, y in _years(text)] == [year]


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled two Freedonian diplomats on Monday, marking the anniversary of the 1990 expulsion of five "
     "Freedonian diplomats by Graustark.", {("RR", "FD", 2, 2020), ("GK", "FD", 5, 1990)}),
    ("Syldavia will expel three Graustarkian envoys, recalling the 1985 expulsion of four Graustarkian diplomats by "
     "Freedonia.", {("SV", "GK", 3, 2020), ("FD", "GK", 4, 1985)}),
    ("Freedonia declared a Syldavian envoy persona non grata last week, on the 25th anniversary of the 1995 "
     "expulsion of three Syldavian diplomats by Graustark.", {("FD", "SV", 1, 2020), ("GK", "SV", 3, 1995)}),
    ("Syldavia expelled three Ruritanian diplomats, in a move reminiscent of the 1985 expulsion of ten Ruritanian "
     "diplomats by Freedonia.", {("SV", "RR", 3, 2020), ("FD", "RR", 10, 1985)}),
    ("Ruritania expelled two Freedonian diplomats in 2019, marking the anniversary of the 1990 expulsion of five "
     "Freedonian diplomats by Graustark.", {("RR", "FD", 2, 2019), ("GK", "FD", 5, 1990)}),
])
def test_the_year_of_an_act_called_back_is_that_acts(text, want):
    """A noun of expelling that a word of recalling (grammar.json recalled_act_words: "the anniversary of", "recalling",
    "reminiscent of") has for object is another act: the year in its phrase is its own, not the year of the act the
    sentence tells (before: 1990, 1985, 1995 for both)."""
    assert set(_years(text)) == want


def test_an_act_answered_keeps_lending_its_year():
    """No word of recalling: the act answered may still date the answer (story.py)."""
    assert set(_years("Following the 2018 expulsion of four Freedonian diplomats by Graustark, Ruritania expelled two "
                      "Freedonian diplomats.")) == {("GK", "FD", 4, 2018), ("RR", "FD", 2, 2018)}
