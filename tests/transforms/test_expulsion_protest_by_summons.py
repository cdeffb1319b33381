""""Freedonia summoned the Ruritanian ambassador to protest against the expulsion of a Freedonian diplomat": a
protest made by summoning a state's envoy is made to that state, and so names who expelled; an expulsion whose own
phrase names its doer keeps it. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, row", [
    ("The Freedonian Foreign Ministry summoned the Ruritanian ambassador in Fredville to protest against the "
     "expulsion of a Freedonian diplomat, the ministry said.", ("RR", "FD", 1, "asserted")),
    ("Freedonia summoned Ruritania's ambassador to protest over the expulsion of two Freedonian diplomats.",
     ("RR", "FD", 2, "asserted")),
])
def test_the_summoned_envoys_state_expelled(text, row):
    assert row in made_up_rows(text)


def test_a_doer_named_on_the_expulsion_is_kept():
    rows = made_up_rows("Freedonia summoned the Ruritanian ambassador to protest against Graustark's expulsion of "
                        "two Freedonian diplomats.")
    assert not {r for r in rows if r[0] == "RR"}
