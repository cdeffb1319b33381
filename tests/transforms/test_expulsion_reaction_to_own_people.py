"""A state that decries the expulsion of "its" diplomats, with no expeller named, speaks of its own people; the
place named after the deed they are suspected of ("suspected of spying in Freedonia") is where they served, the
state that expelled them. Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text, "2019-12-17") if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania decried the secret expulsion of two of its diplomats suspected of spying in Freedonia.",
    "The Ruritanian government condemned the expulsion of two of its diplomats accused of espionage in Freedonia.",
    "Ruritania protested the expulsion of two of its diplomats suspected of espionage in Freedonia.",
])
def test_its_diplomats_are_the_protesters_and_the_place_of_the_deed_expelled_them(text):
    assert asserted(text) == {("FD", "RR", 2)}


def test_the_place_of_the_deed_on_people_with_a_nationality_of_their_own():
    assert asserted("Two Ruritanian diplomats accused of spying in Freedonia were expelled.") == {("FD", "RR", 2)}


@pytest.mark.parametrize("text", [
    "Graustark expelled two Ruritanian diplomats accused of spying in Freedonia.",   # the expeller named
    "Ruritania decried the secret expulsion of two of its diplomats.",   # by whom not said: no guess
])
def test_no_place_of_a_deed_overrides_a_named_expeller_and_none_is_guessed(text):
    assert ("FD", "RR", 2) not in asserted(text)
