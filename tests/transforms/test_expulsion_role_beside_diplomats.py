"""A government's minister or another role joined to diplomats is no diplomat, and the diplomats beside it are still
expelled: "Ruritania expelled Freedonia's defence minister and two Freedonian diplomats" is two diplomats, not three;
"the Freedonian president and two Freedonian diplomats" is two, not none (people.diplomats_beside_role,
people.role_of_no_diplomat, headcounts.count_of). Made-up sentences about made-up states, parsed by the project's real
spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled Freedonia's defence minister and two Freedonian diplomats.", 2),   # before: 3
    ("Ruritania expelled the Freedonian president and two Freedonian diplomats.", 2),   # before: nothing
    ("Ruritania declared the Freedonian president and two Freedonian diplomats persona non grata.", 2),
    ("Ruritania expelled the Freedonian foreign minister and three diplomats of the Freedonian embassy.", 3),
    ("Ruritania expelled two Freedonian diplomats and the Freedonian defence minister.", 2),   # before: 3
])
def test_only_the_diplomats_beside_a_role_are_counted(text, want):
    assert made_up_rows(text) == {("RR", "FD", want, "asserted")}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled the Freedonian ambassador and two Freedonian diplomats.", {("RR", "FD", 3, "asserted")}),
    ("Ruritania expelled the Freedonian minister and two Freedonian diplomats.", {("RR", "FD", 3, "asserted")}),
    ("Ruritania expelled Freedonia's defence minister.", set()),
    ("Ruritania expelled the Freedonian president and two Freedonian journalists.", set()),
])
def test_diplomats_and_roles_alone_are_read_as_before(text, want):
    assert made_up_rows(text) == want
