"""A count of people of no one state and then its breakdown by state, where the parser hangs the breakdown inside
the counted phrase: after a dash (en or em dash, or an aside between dashes that reaches the parser as commas),
or after "including" ("the expulsion of ten diplomats from the three states, including three diplomats each from
A and B, and four from C"). Made-up sentences about made-up states, parsed by the project's real spaCy model;
made_up_news xa03-xa05 run the same shapes end to end."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


THREE = {("RR", "FD", 3), ("RR", "GK", 3), ("RR", "SV", 4)}


@pytest.mark.parametrize("text", [
    "Ruritania has decided to expel ten diplomats of the three states \u2013 three each from Freedonia and Graustark "
    "and four from Syldavia.",
    "Ruritania has decided to expel ten diplomats of the three states \u2014 three each from Freedonia and Graustark "
    "and four from Syldavia.",
    "Ruritania has decided to expel ten diplomats of the three states \u2013 three each from Freedonia and Graustark "
    "and four from Syldavia \u2013 in response to a similar move by the latter.",
    "Ruritania announced the expulsion of ten diplomats from the three states, including three each from Freedonia "
    "and Graustark and four from Syldavia.",
    "Ruritania announced on Tuesday the expulsion of 10 diplomats from the three states in a tit-for-tat response, "
    "including three diplomats each from Freedonia and Graustark, and four from Syldavia.",
    "Ruritania expelled ten diplomats from the three states, including three diplomats each from Freedonia and "
    "Graustark, and four from Syldavia.",
])
def test_a_breakdown_hung_inside_the_counted_phrase_gives_each_state_its_people(text):
    assert asserted(text) == THREE


@pytest.mark.parametrize("text", [
    # the groups do not add up to the count: no breakdown, no event of any one pair
    "Ruritania has decided to expel ten diplomats of the three states \u2013 three each from Freedonia and Graustark "
    "and five from Syldavia.",
    "Ruritania expelled ten diplomats from the three states, including three diplomats each from Freedonia and "
    "Graustark, and five from Syldavia.",
    # a sum over the states that expel stays a sum
    "The three states expelled a total of 10 Ruritanian diplomats in a coordinated move earlier this month.",
])
def test_no_breakdown_without_an_exact_sum(text):
    assert asserted(text) == set()
