"""Walking (or marching) papers "served on" the people are an expulsion, as papers handed to them are: the
idiom's person may follow "on" as well as "to" (patterns/grammar.json expulsion_idiom_recipients), hung on the
verb or on the papers. Papers served on anyone but a diplomat, or on a day, are no expulsion. Sentences written
for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania served walking papers on the Freedonian ambassador.", {("RR", "FD", 1, "asserted")}),
    ("Ruritania served walking papers on three Freedonian diplomats on Monday.", {("RR", "FD", 3, "asserted")}),
    ("On Monday Ruritania served marching orders on two Freedonian diplomats.", {("RR", "FD", 2, "asserted")}),
    ("Ruritania handed walking papers to the Freedonian consul.", {("RR", "FD", 1, "asserted")}),
    ("Ruritania handed the Freedonian attache his walking papers.", {("RR", "FD", 1, "asserted")}),
    # near misses: no diplomat, or no person at all
    ("The club served walking papers on its coach on Monday.", set()),
    ("The Freedonian club served walking papers on two players.", set()),
    ("Ruritania served walking papers on Monday.", set()),
])
def test_papers_served_on_the_people_expel_them(text, want):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == want
