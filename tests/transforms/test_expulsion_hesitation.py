"""A verb of holding back (grammar.json: hesitating_governors): denied, it tells the act done at once ("did not
hesitate to expel"); not denied, the act held back ("hesitated to expel"). Made-up sentences about made-up states,
parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def rows(text):
    return made_up_rows(text, "2019-01-01", sentence=r".+")


@pytest.mark.parametrize("text", [
    "Ruritania did not hesitate to expel two Freedonian diplomats.",
    "Ruritania never hesitated to expel two Freedonian diplomats.",
    "Ruritania did not hesitate in expelling two Freedonian diplomats.",
])
def test_a_denied_hesitation_tells_the_expulsion_done(text):
    assert rows(text) == {("RR", "FD", 2, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania hesitated to expel two Freedonian diplomats.",
    "Ruritania would not hesitate to expel two Freedonian diplomats.",
])
def test_a_hesitation_or_a_future_one_denied_is_no_expulsion_done(text):
    assert rows(text) == {("RR", "FD", 2, "hypothetical")}
