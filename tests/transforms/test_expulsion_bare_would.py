""""Lithuania would expel three diplomats.": a counted decision of a state named as the subject, told in the future of
a report whose verb is left out (a list of what each state announced), is told; "would" stays a possibility with a
condition in the sentence, "would have", a question, people not counted or no state named. Sentences written for
these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania would expel three Freedonian diplomats.",
    "Ruritania would expel 13 Freedonian diplomats, Graustark two.",
])
def test_a_counted_decision_told_without_its_reporting_verb_is_told(text):
    assert ("RR", "FD", 3 if "three" in text else 13, "asserted") in made_up_rows(text)


@pytest.mark.parametrize("text", [
    "Ruritania would expel three Freedonian diplomats if Freedonia refused.",
    "Ruritania would have expelled three Freedonian diplomats.",
    "Would Ruritania expel three Freedonian diplomats?",
    "Ruritania would expel any Freedonian diplomat caught spying.",
    "It would expel three Freedonian diplomats.",
    "Ruritania would expel Freedonian diplomats, the minister hinted.",
])
def test_a_possibility_stays_one(text):
    assert not {r for r in made_up_rows(text, sentence=r"[^.?]+[.?]") if r[3] == "asserted"}
