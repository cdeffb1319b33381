""""Freedonia declared a Ruritanian historian persona non grata" (sentences written for these tests): a common noun of
a person's role that no diplomatic post, staff word or word of plain people is names someone outside diplomacy, and
the declaration is no diplomatic expulsion; posts, staff, plain people and names still are."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Freedonia declared a Ruritanian historian persona non grata.",
    "Freedonia declared two Ruritanian researchers persona non grata.",
    "Freedonia has declared a Ruritanian businessman persona non grata and banned him from entering the country.",
    "Freedonia declared three Ruritanian scientists persona non grata over their remarks.",
])
def test_a_role_outside_diplomacy_is_no_expulsion(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, row", [
    ("Freedonia declared two Ruritanian officials persona non grata.", ("FD", "RR", 2)),
    ("Freedonia declared a Ruritanian consul persona non grata.", ("FD", "RR", 1)),
    ("Freedonia declared two Ruritanian military attaches persona non grata.", ("FD", "RR", 2)),
    ("Freedonia declared three Ruritanian advisers persona non grata.", ("FD", "RR", 3)),
    ("Freedonia declared two drivers of the Ruritanian embassy persona non grata.", ("FD", "RR", 2)),
    ("Freedonia declared two Ruritanian spies persona non grata.", ("FD", "RR", 2)),
    ("Freedonia declared two Ruritanian embassy secretaries persona non grata.", ("FD", "RR", 2)),
])
def test_posts_staff_and_people_are_still_declared(text, row):
    assert asserted(text) == {row}
