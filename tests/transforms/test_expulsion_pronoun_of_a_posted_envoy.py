""""He was declared persona non grata" after a sentence that names him by his post, "the Freedonian ambassador to
Ruritania" or "the Freedonian ambassador in Strelsau": the pronoun's people are the envoy's, and with no one named
who declares him, his host does (as for "The Freedonian ambassador to Ruritania was declared persona non grata").
Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions import grammar as g


@pytest.mark.parametrize("text", [
    "The Freedonian ambassador to Ruritania was caught smuggling cigarettes. He was declared persona non grata.",
    "The Freedonian ambassador in Strelsau was caught smuggling cigarettes. He was expelled on Monday.",
    "The Freedonian consul in Strelsau was filmed handing out passports. He was given three days to leave the country.",
])
def test_the_host_of_the_envoy_the_pronoun_names_expels_him(text):
    assert made_up_rows(text) == {("RR", "FD", 1, g.ASSERTED)}
