"""The year of the thing an expulsion is for ("Freedonians expel 18 Ruritanian diplomats over 2014 blast") is the
cause's, not the expulsion's, when the expulsion is told in the present: a headline's expulsion is of its own
day. Told in the past ("expelled ... over the 2018 poisoning" in a later story), the cause's year is the better
guess (sentences written for these tests)."""
import pytest

from transforms.expulsions.years import year_from_text


@pytest.mark.parametrize("sentence, want", [
    ("Freedonia expels 18 Ruritanian diplomats over 2014 blast", (2021, False)),
    ("Freedonia to expel 18 Ruritanian diplomats for the 2016 election meddling", (2021, False)),
    ("Freedonia expelled 18 Ruritanian diplomats over the 2018 poisoning", (2018, True)),
    ("In 2014 Freedonia expels 18 Ruritanian diplomats over the blast", (2014, True)),   # a chronology's own year
])
def test_a_year_on_the_cause_of_a_present_expulsion_is_not_its_year(sentence, want):
    assert year_from_text(sentence, sentence.find("exp"), "2021-04-17") == want
