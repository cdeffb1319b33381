""""gave four Soviets the heave-ho", "gave the envoy the boot": idioms of expulsion, the people given it expelled
(as "gave the consul his marching orders"); the words used of anything else expel no one. Sentences written for these
tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("After the Ruritanian government politely gave four Freedonian diplomats the heave-ho for spying, Fredville "
     "protested.", ("RR", "FD", 4, "asserted")),
    ("Ruritania gave the Freedonian ambassador the boot on Monday.", ("RR", "FD", 1, "asserted")),
])
def test_the_idiom_expels(text, want):
    assert want in made_up_rows(text)


@pytest.mark.parametrize("text", [
    "Ruritania gave the Freedonian plan the boot on Monday.",
    "The Ruritanian coach gave the striker the boot after the match against Freedonia.",
])
def test_the_words_used_of_anything_else_expel_no_one(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}
