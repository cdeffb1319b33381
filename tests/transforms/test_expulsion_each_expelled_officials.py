"""Two states that each expelled plain "officials", in an article about diplomats ("In July Ruritania and Freedonia
each expelled two officials"): each expelled two of the other's. Without diplomats in the article the officials
stay anyone's. Made-up sentences about made-up states, parsed by the project's real spaCy model."""
from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


def test_each_side_expelled_the_other_side_officials():
    text = "Ruritania expelled three Freedonian diplomats last week. In July Ruritania and Freedonia each expelled " \
           "two officials."
    assert asserted(text) == {("RR", "FD", 3), ("RR", "FD", 2), ("FD", "RR", 2)}


def test_officials_in_an_article_without_diplomats_stay_anyone():
    assert asserted("Ruritania and Freedonia each expelled two officials.") == set()
