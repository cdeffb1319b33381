"""A state said to expel people of no named state, with no count, in a story of a wave of expulsions of one
state's people (sentences written for these tests): whose people they are stays unknown ("foreign diplomats",
bare "ambassadors" in a survey of expulsions), while a counted one still takes the wave's ("will expel one")."""
from tests.expulsions_helpers import made_up_rows

WAVE = "Ruritania expelled two Syldavian diplomats on Monday. Freedonia expelled three Syldavian diplomats on Tuesday. "


def test_an_uncounted_expulsion_of_no_named_state_is_not_the_waves():
    rows = made_up_rows(WAVE + "Graustark has expelled foreign diplomats in response to similar actions.")
    assert not any(r[0] == "GK" and r[3] == "asserted" for r in rows)


def test_a_counted_one_still_is():
    rows = made_up_rows(WAVE + "Graustark will expel one diplomat.")
    assert ("GK", "SV", 1, "asserted") in rows
