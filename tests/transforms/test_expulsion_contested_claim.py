""""Ruritania declared the Freedonian ambassador persona non grata, Freedonia said, a claim Ruritania denied": an
act followed by an appositive claim its other side contests is not told as done; a claim confirmed, or a move
condemned, leaves it told. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania declared the Freedonian ambassador persona non grata in March, Freedonia said, a claim Ruritania denied.",
    "Ruritania expelled two Freedonian diplomats, Freedonian media reported, a claim Strelsau has denied.",
    "Ruritania expelled two Freedonian diplomats last week, according to Freedonian media, an allegation Ruritania "
    "rejects.",
])
def test_an_act_whose_claim_is_contested_is_not_told(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats, Freedonian media reported, a claim Strelsau has confirmed.",
    "Ruritania expelled two Freedonian diplomats last week, a move Freedonia condemned.",
    "Ruritania expelled two Freedonian diplomats, Freedonian media reported, a claim Strelsau has not denied.",
])
def test_an_act_whose_claim_is_confirmed_or_not_contested_stays_told(text):
    assert ("RR", "FD", 2, "asserted") in made_up_rows(text)
