"""The one who told people to go, after "by", where the parser hung it on the infinitive of a passive order ("Three
Freedonian diplomats were told to pack their bags by Ruritania"): the state that orders them out. A "by" that names
no state ("by Friday", "by the landlord") is none. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Three Freedonian diplomats were told to pack their bags by Ruritania.", {("RR", "FD", 3, "asserted")}),
    ("Three Freedonian diplomats were told to pack their bags by the Ruritanian government.",
     {("RR", "FD", 3, "asserted")}),
    ("Three Freedonian diplomats were told to pack their bags by Friday, the Ruritanian foreign ministry said.",
     {("RR", "FD", 3, "asserted")}),
    ("Three Freedonian diplomats were told to pack their bags by Friday.", set()),
    ("Three Freedonian diplomats were told to pack their bags by the landlord.", set()),
    ("The Freedonian students were told to pack their bags by Ruritania.", set()),
])
def test_the_state_after_by_on_the_infinitive_orders_them_out(text, want):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == want
