""""Neither Ruritania nor Freedonia expelled any Syldavian diplomats": states joined by "neither ... nor" as the
subject deny the act for each. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Neither Ruritania nor Freedonia expelled any Syldavian diplomats over the affair.",
    "Neither Ruritania nor Freedonia has expelled a Syldavian diplomat since the war.",
    "Neither Strelsau nor Fredville ordered the Syldavian envoys to leave.",
])
def test_states_under_neither_nor_expel_no_one(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}

