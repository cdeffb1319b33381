""""The Foreign Ministry recognised the consul persona non grata": "recognise" as the declaring verb, the word
translations from Russian and other Slavic languages give for "declare"; only with the status after it ("recognised
the referendum as illegal" tells nothing). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania recognized the Freedonian consul persona non grata on Monday.",
    "Ruritania recognised two employees of the Freedonian embassy as persona non grata.",
    "The ministry in Strelsau said it had informed Freedonia about recognizing one Freedonian diplomat persona non grata.",
])
def test_recognising_someone_persona_non_grata_declares_him(text):
    assert {(r[0], r[1]) for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD")}


def test_recognising_something_else_is_no_expulsion():
    assert not made_up_rows("Ruritania recognized the Freedonian referendum as illegal on Monday.")
