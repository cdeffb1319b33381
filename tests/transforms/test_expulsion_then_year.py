"""A sentence that opens with "Then" and writes no year of its own is of the time the sentence before told: "The last
time Syldavia expelled Ruritanian officers was in April 2018. Then three Ruritanian diplomats were expelled" is one
expulsion of 2018, told twice, not a second one in the year of the story. "Then Prime Minister X" is a title of that
time, and a sentence with its own year keeps it. Sentences written for these tests."""
from tests.expulsions_helpers import made_up_events
from transforms.expulsions.years import year_of_that_time


def test_then_takes_the_year_of_the_sentence_before():
    assert year_of_that_time("Then three Ruritanian diplomats were expelled.",
                             "The last time Syldavia expelled Ruritanian officers was in April 2018. ") == 2018
    assert year_of_that_time("Back then, two attaches were told to leave.",
                             "Relations broke down in 1983. ") == 1983


def test_then_with_a_year_or_as_a_title_is_not_that_time():
    assert year_of_that_time("Then, in 2021, three Ruritanian diplomats were expelled.",
                             "Syldavia expelled Ruritanian officers in April 2018. ") is None
    assert year_of_that_time("Then Prime Minister Jon Doe expelled three Ruritanian diplomats.",
                             "Syldavia expelled Ruritanian officers in April 2018. ") is None


def test_an_expulsion_told_then_counted_in_the_next_sentence_is_one():
    text = ("Syldavia decided to expel five Ruritanian diplomats. The last time Syldavia expelled suspected Ruritanian "
            "intelligence officers was in April 2018. Then three Ruritanian diplomats were expelled.")
    got = {(e.expelling_country, e.expelled_country, e.count, e.event_year) for e in made_up_events(text)
           if e.modality == "asserted"}
    assert got == {("SV", "RR", 5, 2020), ("SV", "RR", 3, 2018)}
