"""Counts and nationalities before one noun when the parser makes the first number alone the verb's object
(owners._noun_after_bare_number): "expelling 60 American and 50 British diplomats" reads "60" as the object and hangs
"diplomats", with both nationalities, on the verb apart. Each group is still its own expulsion. Sentences written
for these tests (made-up situations; the nationalities are real words because the parse depends on them)."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events

NAMES = dict(MADE_UP, American=("US", "NORP", False), British=("GB", "NORP", False),
             Ruritanians=("RR", "NORP", False))


def _asserted(text):
    return {(e.expelling_country, e.expelled_country, e.count) for e in made_up_events(text, names=NAMES)
            if e.modality == "asserted"}


@pytest.mark.parametrize("text", [
    "Within days, Ruritania struck back, expelling 60 American and 50 British diplomats.",
    "Within days, the Ruritanians struck back, expelling 60 American and 50 British diplomats, along with other "
    "diplomats in numbers equal to those expelled.",
])
def test_each_counted_nationality_is_its_own_expulsion(text):
    assert _asserted(text) == {("RR", "US", 60), ("RR", "GB", 50)}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled 60 American and 50 British diplomats.", {("RR", "US", 60), ("RR", "GB", 50)}),   # parsed well
    ("Ruritania expelled 60 American diplomats.", {("RR", "US", 60)}),
])
def test_phrases_the_parser_reads_whole_are_read_as_before(text, want):
    assert _asserted(text) == want
