""""The declaration of X persona non grata" told as a noun with no "as" before the status, as news often writes it
(sentences written for these tests): the declaring is read as "the declaration of X as persona non grata" is."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, row", [
    ("Ruritania protested against Freedonia's declaration of the Ruritanian consul in Klow persona non grata.",
     ("FD", "RR", 1, "asserted")),
    ("Ruritania protested against the declaration of two Ruritanian diplomats persona non grata by Freedonia.",
     ("FD", "RR", 2, "asserted")),
])
def test_a_declaration_without_as_declares(text, row):
    assert row in made_up_rows(text)


def test_another_declaration_before_a_verb_is_not_read():
    text = "After the declaration of independence, Freedonia declared two Ruritanian diplomats persona non grata."
    assert made_up_rows(text) == {("FD", "RR", 2, "asserted")}
