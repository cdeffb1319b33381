""""Ruritania expelled 60 Freedonian diplomats on Monday. • Graustark, Syldavia: Four Freedonian diplomats expelled
from each country.": where the parse takes the expelling state of a line from the sentence before, and the window
rules read the same people, as many, as expelled by the states the line itself names, the line's own states stand.
Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("first", [
    "Ruritania expelled 60 Freedonian diplomats on Monday.",
    "The Ruritanian government expelled 60 Freedonian diplomats.",
])
def test_the_states_a_line_names_expel_its_people(first):
    text = first + "\n• Graustark, Syldavia: Four Freedonian diplomats expelled from each country."
    rows = {r for r in made_up_rows(text) if r[3] == "asserted" and r[2] == 4}
    assert rows == {("GK", "FD", 4, "asserted"), ("SV", "FD", 4, "asserted")}


def test_a_line_that_names_no_state_still_takes_the_one_before():
    text = "Ruritania expelled 60 Freedonian diplomats on Monday.\nFour more Freedonian diplomats were expelled on Friday."
    assert ("RR", "FD", 4, "asserted") in made_up_rows(text)
