"""People of a role that is no diplomat's, declared persona non grata as a group ("declared two Freedonian bloggers
persona non grata"): the plural of a word of patterns/grammar.json other_roles heads them, another sense, as the
singular of a named person does. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania declared two Freedonian bloggers persona non grata.",
    "Ruritania declared three Freedonian priests persona non grata.",
    "Ruritania declared two Freedonian bloggers persona non grata and barred them from entering.",
])
def test_a_group_of_non_diplomats_declared_is_no_expulsion(text):
    assert made_up_rows(text) == set()


@pytest.mark.parametrize("text, row", [
    ("Ruritania declared two Freedonian diplomats persona non grata.", ("RR", "FD", 2, "asserted")),
    ("Ruritania declared two Freedonian diplomats and three Freedonian bloggers persona non grata.",
     ("RR", "FD", 2, "asserted")),
])
def test_diplomats_declared_stay_told(text, row):
    assert made_up_rows(text) == {row}
