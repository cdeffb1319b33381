"""The one whose decision an expulsion is, named on the decision noun (sentences written for these tests): "the
decision by Ruritania to expel its ambassador", "the decision of Strelsau to expel a Freedonian diplomat" name who
expels, though another state opens the sentence."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Freedonia has termed as unwarranted the decision by Ruritania to expel its ambassador.", ("RR", "FD", 1, "asserted")),
    ("Freedonia regretted the decision by Ruritania to expel a Freedonian diplomat.", ("RR", "FD", 1, "asserted")),
])
def test_the_state_on_the_decision_noun_expels(text, want):
    rows = {r for r in made_up_rows(text) if r[3] == "asserted"}
    assert rows == {want}
