"""A condition on an order still to come makes it a possibility: on a passive participle with "will"/"would" ("If the
talks fail, two diplomats will be required to leave"), or on the infinitive it governs, where the parser may hang an
"if" clause on "leave" as its complement ("said two diplomats would be required to leave if the talks failed";
futures.condition_on, future_passive). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


def modalities(text):
    return {m for a, b, n, m in made_up_rows(text, sentence=r"[^\n]+") if (a, b) == ("RR", "FD")}


@pytest.mark.parametrize("text", [
    "Ruritania said Freedonian diplomats would be required to leave if the talks failed.",
    "If the talks fail, Freedonian diplomats will be required to leave, Ruritania said.",
    "Ruritania said two Freedonian diplomats would be ordered to leave unless Fredville apologised.",
])
def test_an_order_still_to_come_with_a_condition_is_a_possibility(text):
    assert modalities(text) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Ruritania said two Freedonian diplomats would be required to leave the country.",
    "Two Freedonian diplomats will be required to leave Ruritania by Friday.",
    "Two Freedonian diplomats were required to leave Ruritania after the talks failed.",
])
def test_an_order_without_a_condition_stays_told(text):
    assert modalities(text) == {"asserted"}
