"""Words about an expulsion, no expulsion (sentences written for these tests): a call "for the Government to
expel" the ambassador (the parser hangs the clause on the verb, beside the noun "call"), a gerund only talked
about ("talked tough about expelling", "spoke of expelling") and "it is time to expel" (a call to act). A noun
of an expulsion talked about, a boast of one and "at the time" stay told."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "The opposition leader has repeated his call for the Government to expel the Ruritanian ambassador.",
    "Jan Novak has repeated his call for the Government to expel the Ruritanian ambassador, Karl Weiss, citing his "
    "embassy's conduct.",
])
def test_a_call_for_another_to_expel_is_a_demand(text):
    assert made_up_rows(text) == {(None, "RR", 1, "demand")}


@pytest.mark.parametrize("text", [
    "Two parties talked tough about expelling the Ruritanian ambassador from Freedonia before the election.",
    "Ministers in Fredville spoke of expelling the Ruritanian ambassador from Freedonia.",
    "The minister thought about expelling the Ruritanian ambassador from Freedonia.",
])
def test_an_expulsion_talked_about_is_not_told(text):
    rows = made_up_rows(text)
    assert rows and all(r[3] == "hypothetical" for r in rows)


@pytest.mark.parametrize("text", [
    '"It is time to expel the Ruritanian ambassador from Freedonia," he said.',
    "Now is the time for Freedonia to expel the Ruritanian ambassador.",
])
def test_it_is_time_to_expel_is_a_demand(text):
    rows = made_up_rows(text)
    assert rows and all(r[3] == "demand" for r in rows)


@pytest.mark.parametrize("text, want", [
    ("The minister spoke about Freedonia's expulsion of the Ruritanian ambassador.", ("FD", "RR", 1, "asserted")),
    ("Freedonia boasted about expelling the Ruritanian ambassador.", ("FD", "RR", 1, "asserted")),
    ("At the time, Freedonia expelled 105 Ruritanian officials.", ("FD", "RR", 105, "asserted")),
])
def test_an_expulsion_named_in_talk_stays_told(text, want):
    assert want in made_up_rows(text)
