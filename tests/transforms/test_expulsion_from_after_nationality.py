"""A state in "from" after people whose nationality their own words already give is where they leave, not a second
group of people: "Ruritania ordered the expulsion of three Freedonian diplomats from Graustark" is three Freedonian
diplomats (owners._owner), not three more of Graustark's. Where nothing else says whose they are, "from" still names
them ("three diplomats from Graustark", "two diplomats from Freedonia and three from Graustark"). Made-up sentences
about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered the expulsion of three Freedonian diplomats from Graustark.", {("RR", "FD", 3)}),
    ("Ruritania expelled three Freedonian diplomats from Graustark.", {("RR", "FD", 3)}),
    ("Ruritania ordered the expulsion of Freedonia's ambassador from Graustark.", {("RR", "FD", 1)}),
])
def test_the_nationality_says_whose_from_says_where(text, want):
    """Before: RR->FD 3 and a wrong RR->GK 3 (the 'from' state read as a second group's owner)."""
    assert made_up_rows(text) == {(*w, "asserted") for w in want}


@pytest.mark.parametrize("text, want", [
    ("Ruritania ordered the expulsion of three diplomats from Graustark.", {("RR", "GK", 3)}),
    ("Ruritania expelled two diplomats from Freedonia and three from Graustark.", {("RR", "FD", 2), ("RR", "GK", 3)}),
    ("Ruritania ordered the expulsion of three diplomats from Freedonia and two from Graustark.",
     {("RR", "FD", 3), ("RR", "GK", 2)}),
    ("Ruritania expelled two Freedonian diplomats and three Graustarkian diplomats.", {("RR", "FD", 2), ("RR", "GK", 3)}),
])
def test_from_still_names_people_of_no_other_state(text, want):
    assert made_up_rows(text) == {(*w, "asserted") for w in want}
