""""Under the 1961 Vienna Convention, four ... have been asked to leave": a year in the name of a treaty or a law
("the 1961 Vienna Convention", "the Vienna Convention of 1961", "the 1972 Act") is the document's, never the time
of the expulsion told beside it. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_events
from transforms.expulsions.years import year_from_text


@pytest.mark.parametrize("sentence", [
    "Under the 1961 Vienna Convention, four Freedonian diplomats have been asked to leave Ruritania.",
    "Citing the Vienna Convention on Diplomatic Relations of 1961, Ruritania expelled four Freedonian diplomats.",
    "Ruritania expelled four Freedonian diplomats under the 1998 Strelsau Accords.",
])
def test_the_year_of_a_treaty_is_not_the_year_of_the_expulsion(sentence):
    events = [e for e in made_up_events(sentence, published="2021-03-29") if e.modality == "asserted"]
    assert [(e.expelling_country, e.expelled_country, e.count, e.event_year) for e in events] == \
        [("RR", "FD", 4, 2021)]


@pytest.mark.parametrize("sentence, year", [
    ("In 1985, under the Vienna Convention of 1961, Ruritania expelled 31 diplomats.", 1985),
    ("In 1971 Ruritania expelled 105 diplomats under the act.", 1971),
    ("the 1971 expulsion of 105 diplomats", 1971),
])
def test_a_year_of_its_own_still_counts(sentence, year):
    assert year_from_text(sentence, sentence.find("expul") if "expul" in sentence else sentence.find("expel"),
                          "2021-03-29") == (year, True)
