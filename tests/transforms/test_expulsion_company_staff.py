"""People of a company of a nationality are no diplomats, whether its name hangs on them or on the verb (sentences
written for these tests): "expelled four officials from the Ruritanian company Ruroil" is no expulsion of
diplomats; "four officials from the Ruritanian embassy" are."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Freedonia expelled four officials from the Ruritanian company Ruroil.",
    "Freedonia expelled four employees of the Ruritanian state company Ruroil.",
])
def test_a_company_s_people_are_no_diplomats(text):
    assert not any(r[3] == "asserted" for r in made_up_rows(text))


@pytest.mark.parametrize("text", [
    "Freedonia expelled four officials from the Ruritanian embassy.",
    "Freedonia expelled four officials from the Ruritanian news agency.",
])
def test_a_mission_s_or_a_state_body_s_people_are(text):
    assert ("FD", "RR", 4, "asserted") in made_up_rows(text)
