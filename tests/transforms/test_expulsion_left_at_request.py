"""A diplomat who left at the request of a state named by name was expelled by that state ("the consul had
left the national territory at the request of Algeria", ev9): triggers_parse._left_at_request makes "leave" a
trigger, at_request gives the requester after "of". Made-up sentences about made-up states, parsed by the project's
real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("The Freedonian consul had indeed left the national territory at the request of Ruritania, the spokesman said.",
     {("RR", "FD", 1)}),
    ("Two Freedonian diplomats left Strelsau at Ruritania's request on Monday.", {("RR", "FD", 2)}),
])
def test_leaving_at_a_named_states_request_is_its_expulsion(text, want):
    assert asserted(text) == want


def test_leaving_at_ones_own_governments_request_is_no_expulsion():
    assert asserted("The Freedonian ambassador left Ruritania at the request of his government.") == set()
    assert asserted("The Freedonian consul had left the national territory at the request of Ruritania.") \
        == {("RR", "FD", 1)}
