"""A named person whose only nationality is told in a participle of suspicion on him ("expels Ivan Petrov, suspected
of being the Freedonian intelligence chief") is that state's, as a title in apposition would make him; a post that is
no diplomat's ("suspected of being a Freedonian journalist") makes none. Made-up sentences about made-up states,
parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania expels Ivan Petrov, suspected of being the Freedonian intelligence chief in Strelsau.",
    "Ruritania expelled Ivan Petrov, suspected of being the Freedonian intelligence chief, on Monday.",
])
def test_the_post_he_is_suspected_of_holding_says_whose(text):
    assert asserted(text) == {("RR", "FD", 1)}


def test_a_post_of_no_diplomat_names_none():
    assert ("RR", "FD", 1) not in asserted("Ruritania expelled Ivan Petrov, suspected of being a Freedonian journalist.")
