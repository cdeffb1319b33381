"""A text that acts is its signer's act: "The decree, signed by the Ruritanian president, expels 45 Freedonian
diplomats" is Ruritania's expulsion (signed_texts.signer, read by expellers.read_actor). Sentences written for these
tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("The decree, signed by the Ruritanian president, expels 45 Freedonian diplomats.", 45),
    ("The decree signed by the Ruritanian president on Monday expels 45 Freedonian diplomats.", 45),
    ("A note, signed by the Ruritanian foreign minister, declared two Freedonian diplomats persona non grata.", 2),
])
def test_the_signers_state_expels(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text", [
    "The decree, read out by a Graustarkian announcer, expels 45 Freedonian diplomats.",
    "The decree, received by a Graustarkian envoy, expels 45 Freedonian diplomats.",
])
def test_one_who_only_reads_or_receives_a_text_does_not_act(text):
    assert all(actor is None for actor, *_ in made_up_rows(text))


def test_a_text_that_expels_no_one_tells_nothing():
    assert made_up_rows("The decree, signed by the Ruritanian president, bans trade with Freedonia.") == set()
