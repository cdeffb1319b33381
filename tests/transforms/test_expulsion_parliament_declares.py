"""A parliament that declares, or says it considers, a diplomat persona non grata asks its government to act, as a
parliament voting to expel does: a demand, no expulsion done (grammar._modality, speakers.legislature). The state or
its government declaring it still expels. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania's parliament said it considered the Freedonian ambassador persona non grata.",
    "Ruritania's parliament declared the Freedonian ambassador persona non grata.",
    "The Ruritanian parliament on Tuesday declared two Freedonian diplomats persona non grata.",
])
def test_a_parliament_s_declaration_is_a_demand(text):
    rows = made_up_rows(text)
    assert rows and all(r[3] == "demand" for r in rows)


@pytest.mark.parametrize("text,count", [
    ("Ruritania declared the Freedonian ambassador persona non grata.", 1),
    ("The Ruritanian government said it considered the Freedonian ambassador persona non grata.", 1),
    ("The Ruritanian foreign minister told parliament that two Freedonian diplomats had been declared persona non "
     "grata.", 2),
])
def test_the_government_s_declaration_stays_an_expulsion(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}
