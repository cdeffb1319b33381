"""An envoy summoned and then told, by a pronoun, of his own staff's expulsion: "Ruritania summoned the Freedonian
ambassador and told him that two of his diplomats must leave the country" - "him" is the one summoned, and "his"
people are his state's (speakers.addressee). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Ruritania summoned the Freedonian ambassador and told him that two of his diplomats must leave the country.", 2),
    ("Ruritania summoned the Freedonian charge d'affaires and told him that two of his diplomats must leave the "
     "country.", 2),
    ("Ruritania summoned the Freedonian ambassador and informed him that two of his diplomats had been declared "
     "persona non grata.", 2),
    ("Ruritania summoned the Freedonian ambassador and told him that his military attache had 48 hours to leave.", 1),
])
def test_the_envoy_summoned_is_the_one_told_of_his_staff(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


def test_people_of_another_state_named_stay_theirs():
    text = "Ruritania summoned the Freedonian ambassador and told him that two Graustarkian diplomats must leave the " \
           "country."
    assert made_up_rows(text) == {("RR", "GK", 2, "asserted")}


def test_an_envoy_told_of_no_expulsion_gives_nothing():
    text = "Ruritania praised the Freedonian ambassador and told him that two of his diplomats had been promoted."
    assert made_up_rows(text) == set()
