"""What a bill, a law or a treaty requires ("The bill requires both Freedonia and Ruritania to withdraw their
ambassadors from the other country") names no state that expels: the story's other side is not taken for its
doer, as it is for a doer that is no named state ("the authorities", "the junta" in an answer). Made-up sentences
about made-up states, parsed by the project's real spaCy model."""
from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


def test_a_bill_requiring_both_to_withdraw_their_ambassadors():
    assert asserted("Freedonia expelled the Ruritanian ambassador. The bill requires both Freedonia and Ruritania to "
                    "withdraw their ambassadors from the other country.") == {("FD", "RR", 1)}


def test_the_authorities_are_the_story_other_side():
    assert ("RR", "FD", None) in asserted("Freedonia expelled the Ruritanian ambassador. The authorities required "
                                          "Freedonian diplomats to leave the country.")


def test_the_junta_answering():
    assert asserted("Ruritania expelled two Freedonian diplomats on Monday. In response, the junta ordered two "
                    "Ruritanian diplomats to leave.") == {("RR", "FD", 2), ("FD", "RR", 2)}
