"""A deadline a state sets for people to leave ("set an April 29 deadline for all Freedonian embassy personnel to
leave the country") orders them out: the verb that sets it (patterns/grammar.json deadline_nouns), the people its
"for" names, never the deadline itself as the one who leaves. Made-up sentences about made-up states, parsed by the
project's real spaCy model; made_up_news xa07-xa08 run the same shape end to end."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania broke diplomatic relations with Freedonia on Sunday and set an April 29 deadline for all Freedonian "
    "embassy personnel to leave the country.",
    "Ruritania set a deadline of Friday for the Freedonian diplomats to leave the country.",
    "Ruritania set an April 29 deadline for all Freedonian embassy personnel and any other Freedonians in the embassy "
    "to leave the country.",
])
def test_a_deadline_set_for_people_to_leave_orders_them_out(text):
    assert asserted(text) == {("RR", "FD", None)}


def test_people_given_a_deadline_keep_their_count():
    assert asserted("Ruritania gave two Freedonian diplomats a deadline of Friday to leave the country.") == \
        {("RR", "FD", 2)}


@pytest.mark.parametrize("text", [
    "Ruritania threatened to set a deadline for the Freedonian diplomats to leave the country.",   # a threat
    "Ruritania set a deadline of Friday for its citizens to leave Freedonia.",   # its own citizens, no diplomats
    "The Ruritanian army set a deadline for Freedonian troops to leave the border region.",   # troops
])
def test_no_expulsion_without_a_decision_about_diplomats(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text", [
    "The ministry spoke following reports that the Freedonian envoy was given 48 hours ultimatum to leave Ruritania.",
    "Ruritania denied reports that it had given the Freedonian envoy an ultimatum to leave.",
    "Ruritania would give the Freedonian envoy an ultimatum to leave.",
])
def test_an_ultimatum_reported_or_not_yet_given_is_no_expulsion(text):
    assert asserted(text) == set()   # what governs the giving governs the order


def test_an_ultimatum_given_orders_the_envoy_out():
    assert asserted("Ruritania gave the Freedonian envoy an ultimatum to leave.") == {("RR", "FD", 1)}
