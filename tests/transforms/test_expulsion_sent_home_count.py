""""Moscow sent two Bulgarians home": the parser may read "two Bulgarians home" as one noun, the number on "home"
and the people its compound; the number is the people's (sentences written for these tests, about made-up
states)."""
from tests.expulsions_helpers import MADE_UP, made_up_rows


def test_the_number_hung_on_home_counts_the_people_sent_home(monkeypatch):
    monkeypatch.setitem(MADE_UP, "Ruritanians", ("RR", "NORP", False))
    text = "After Ruritania expelled two Freedonian diplomats, Freedonia sent two Ruritanians home."
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == \
        {("RR", "FD", 2, "asserted"), ("FD", "RR", 2, "asserted")}
