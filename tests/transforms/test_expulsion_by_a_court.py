"""A state's judiciary, a court or a prosecutor that calls or declares a diplomat persona non grata gives a judgement,
not the government's declaration: no expulsion (society_bodies.py, patterns/grammar.json judicial_bodies). The
government, its foreign ministry, or a court telling of the state's own act still gives one. Sentences written for
these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania's judiciary said it considered the Freedonian ambassador persona non grata for joining a protest.",
    "A Strelsau court declared the Freedonian consul persona non grata.",
    "A Ruritanian prosecutor declared two Freedonian diplomats persona non grata.",
    "The Ruritanian court expelled two Freedonian diplomats.",
])
def test_a_court_s_judgement_is_no_expulsion(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == set()


@pytest.mark.parametrize("text,count", [
    ("Ruritania said it considered the Freedonian ambassador persona non grata.", 1),
    ("The Ruritanian foreign ministry said it considered the Freedonian ambassador persona non grata.", 1),
    ("A Strelsau court said Ruritania had expelled two Freedonian diplomats.", 2),
])
def test_the_government_s_declaration_stays_an_expulsion(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}
