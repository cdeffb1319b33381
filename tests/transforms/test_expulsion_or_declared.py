"""An expel verb joined to a declaration by "or" between commas, the people after both ("expelled, or declared
persona non grata, 19 diplomats"): the expel verb's people are the ones the declaration names, not its "persona"
(which gave a second event of one). Made-up sentences about made-up states (tests/expulsions_helpers.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania expelled, or declared persona non grata, 19 Freedonian diplomats on Monday.",
    "Ruritania expelled, or declared persona non grata, 19 Freedonian diplomats in June.",
    "The government of Ruritania expelled, or declared persona non grata, 19 Freedonian diplomats.",
])
def test_one_event_for_the_people_both_verbs_share(text):
    assert made_up_rows(text, "1988-06-01") == {("RR", "FD", 19, "asserted")}
