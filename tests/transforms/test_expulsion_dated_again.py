"""An expulsion of the same pair and number that its own sentence dates to another year is another expulsion
(sentences written for these tests): "Ruritania has ordered the expulsion of two Freedonian diplomats ...
Ruritania expelled Freedonia's ambassador and another diplomat in 2018" are two. The same people told again ("the
two diplomats", "both"), whatever year the retelling writes, are one."""
from tests.expulsions_helpers import made_up_events, made_up_rows


def _asserted(text):
    return sorted((e.expelling_country, e.expelled_country, e.count, e.event_year)
                  for e in made_up_events(text, "2020-01-16") if e.modality == "asserted")


def test_the_same_pair_and_number_in_another_year_written_is_another_expulsion():
    text = ("Ruritania has ordered the expulsion of two Freedonian diplomats. "
            "Ruritania expelled Freedonia's ambassador and another diplomat in 2018.")
    assert _asserted(text) == [("RR", "FD", 2, 2018), ("RR", "FD", 2, 2020)]


def test_the_same_people_told_again_with_another_year_are_one_expulsion():
    for retold in ("The two diplomats were expelled for plotting attacks, officials said in 2019.",
                   "In 2019 officials said both had been expelled for plotting attacks."):
        assert _asserted("Ruritania expelled two Freedonian diplomats in 2018. " + retold) == [("RR", "FD", 2, 2018)]


def test_the_same_expulsion_told_twice_without_a_year_is_one():
    rows = made_up_rows("Ruritania expelled two Freedonian diplomats. Ruritania expelled two Freedonian diplomats "
                        "for spying, the ministry said.", "2020-01-16")
    assert rows == {("RR", "FD", 2, "asserted")}
