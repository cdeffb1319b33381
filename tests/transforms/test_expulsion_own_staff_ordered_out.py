"""An order to leave that a state (or its ministry, or its capital) gives its own embassy staff is a withdrawal of
its own people, no expulsion by the state they leave (own_staff_orders.py): "The State Department on Monday ordered
non-essential Freedonian embassy staff to leave Ruritania" gave Ruritania as expelling Freedonians. An order to
another state's people stays an expulsion. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events

NAMES = dict(MADE_UP, **{"State Department": ("FD", "ORG", True)})   # Freedonia's foreign ministry, acting for it


def _rows(text):
    return {(e.expelling_country, e.expelled_country, e.count, e.modality) for e in made_up_events(text, names=NAMES)}


@pytest.mark.parametrize("text", [
    "The State Department on Monday ordered non-essential Freedonian embassy staff to leave Ruritania because of "
    "the fighting.",
    "The State Department on Thursday ordered some Freedonian embassy personnel to leave Ruritania.",
    "The State Department on Thursday ordered some Freedonian embassy personnel to leave Ruritania amid violence.",
    "Fredville on Friday ordered Freedonian embassy personnel and their families to leave Ruritania.",
])
def test_a_state_ordering_its_own_staff_out_expels_no_one(text):
    assert not {r for r in _rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania on Thursday ordered some Freedonian embassy personnel to leave the country.",
     ("RR", "FD", None, "asserted")),
    ("Strelsau on Friday ordered Freedonian embassy personnel to leave Ruritania.", ("RR", "FD", None, "asserted")),
    ("The State Department ordered two Ruritanian diplomats to leave.", ("FD", "RR", 2, "asserted")),
    ("The State Department on Monday ordered two Ruritanian diplomats to leave Freedonia within a week.",
     ("FD", "RR", 2, "asserted")),
])
def test_an_order_to_another_states_people_stays_an_expulsion(text, want):
    assert _rows(text) == {want}
