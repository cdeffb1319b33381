"""A headline where someone calls a diplomat "persona non grata" names him so; no state declared him
(sentences written for these tests): "Ruritania judiciary calls Freedonian ambassador 'persona non grata'" is a
judgement of him (patterns/triggers.jsonl NAMING). A state that calls in an envoy and declares him persona non
grata still declares him."""
from tests.expulsions_helpers import made_up_rows


def test_calling_a_diplomat_persona_non_grata_declares_nothing():
    rows = made_up_rows("Ruritania judiciary calls Freedonian ambassador 'persona non grata'", sentence=r".+")
    assert not any(r[3] == "asserted" for r in rows)


def test_a_state_that_calls_in_an_envoy_and_declares_him_persona_non_grata_declares_him():
    assert ("RR", "FD", 1, "asserted") in made_up_rows(
        "Ruritania called in the Freedonian ambassador and declared him persona non grata.")
