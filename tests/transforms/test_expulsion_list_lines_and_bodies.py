"""Two shapes where the people's count or the state that acts was lost: a list line whose bullet the parser hung on
the verb as a clause ("• RURITANIA: Four Freedonians expelled"), and "the country" below a verb whose subject is
the body of one state ("The Ruritanian Foreign Ministry announced the country's decision to expel ...")
(sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_rows


@pytest.fixture(autouse=True)
def _plural_nationality(monkeypatch):
    monkeypatch.setitem(MADE_UP, "Freedonians", ("FD", "NORP", False))
    monkeypatch.setitem(MADE_UP, "Ruritanian Foreign Ministry", ("RR", "ORG", True))


@pytest.mark.parametrize("text", [
    "\u2022 RURITANIA: Four Freedonians expelled; 3 applications for additional diplomatic staff being denied.",
    "RURITANIA: Four Freedonian diplomats expelled.",
])
def test_a_list_line_with_its_bullet_is_a_headline_passive(text):
    rows = made_up_rows(text.replace("RURITANIA", "Ruritania"), sentence=r"[^.;]+[.;]")
    assert ("RR", "FD", 4, "asserted") in rows


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian Foreign Ministry on Friday announced the country's decision to expel eight Freedonians "
     "including diplomats.", {("RR", "FD", 8, "asserted")}),
    ("Freedonia said that the country would never expel anyone.", set()),   # no body of another state above
])
def test_the_country_below_a_states_body_is_that_state(text, want):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == want
