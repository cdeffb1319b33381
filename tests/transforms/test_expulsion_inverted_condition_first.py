"""A condition told by inversion before the main clause ("Had Freedonia expelled the two diplomats in 1985, the
affair would have ended there") is no act, also where the parser makes it the main verb's complement
(told.inverted_condition); the past perfect told as a report keeps its act (sentences written for these tests)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Had Freedonia expelled the two Ruritanian diplomats in 1985, the affair would have ended there.",
    "Had Freedonia expelled the Ruritanian ambassador, Ruritania would have retaliated.",
])
def test_a_counterfactual_by_inversion_is_no_act(text):
    rows = made_up_rows(text)
    assert rows and all(m == "hypothetical" for *_, m in rows)


def test_a_past_perfect_report_is_an_act():
    assert made_up_rows("Freedonia had expelled the two Ruritanian diplomats in 1985, the report said.") == \
        {("FD", "RR", 2, "asserted")}
