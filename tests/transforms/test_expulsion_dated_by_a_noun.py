"""A sentence that dates an expulsion by a noun alone ("The largest expulsion happened in 1971 after a defector
talked.") gives its year to the sentences after it in its paragraph that tell expulsions with no time of their
own ("The Ruritanian Government expelled 105 Freedonian diplomats. Freedonia sent 27 Ruritanian diplomats
home."). Not the last or previous expulsion (a comparison), not a sentence that tells its own time ("On
Monday"), and not across a paragraph. Made-up sentences about made-up states, parsed by the project's real
spaCy model."""
from tests.expulsions_helpers import made_up_events
from transforms.expulsions.years import year_from_text


def years(text):
    return {(e.expelling_country, e.expelled_country, e.count, e.event_year) for e in made_up_events(text)
            if e.modality == "asserted"}


def test_the_dated_expulsion_then_its_two_sides():
    text = ("Ruritania expelled 23 Freedonian diplomats in 2018. The largest expulsion happened in 1971 after a "
            "defector talked. The Ruritanian Government expelled 105 Freedonian diplomats. Freedonia sent 27 "
            "Ruritanian diplomats home.")
    assert years(text) == {("RR", "FD", 23, 2018), ("RR", "FD", 105, 1971), ("FD", "RR", 27, 1971)}


def test_the_last_expulsion_is_a_comparison():
    assert years("Ruritania's last mass expulsion happened in 1985. Ruritania expelled 23 Freedonian diplomats.") == \
        {("RR", "FD", 23, 2020)}


def test_a_time_of_its_own_wins():
    assert years("The largest expulsion happened in 1971. On Monday Ruritania expelled 23 Freedonian diplomats.") == \
        {("RR", "FD", 23, 2020)}


def test_not_across_a_paragraph():
    before = "The largest expulsion happened in 1971. Ruritania expelled 105 Freedonian diplomats.\n"
    assert year_from_text("Ruritania expelled 23 Freedonian diplomats.", 10, "2020-05-01", before) == (2020, False)
    assert year_from_text("Ruritania expelled 23 Freedonian diplomats.", 10, "2020-05-01", before.rstrip()) == \
        (1971, True)
