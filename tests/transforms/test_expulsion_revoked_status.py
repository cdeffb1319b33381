"""A diplomat whose accreditation or diplomatic status is taken back is sent away, whichever way the sentence turns
it: "the accreditation of the attaché was withdrawn by Ruritania", "two diplomats had their accreditation withdrawn",
"revoked the diplomatic status of two envoys" (patterns/grammar.json revocations), and "stripped / deprived of their
diplomatic status" (deprivations), the doer's "by" hung on the status as the parser may hang it. Journalists'
accreditation, a thing that is no one's status or an objection withdrawn are no expulsion. Sentences written for
these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("The accreditation of the Freedonian military attaché was withdrawn by Ruritania.", {("RR", "FD", 1)}),
    ("The accreditation of two Freedonian diplomats was withdrawn by Ruritania.", {("RR", "FD", 2)}),
    ("Two Freedonian diplomats had their accreditation withdrawn by Ruritania.", {("RR", "FD", 2)}),
    ("Ruritania revoked the diplomatic status of two Freedonian envoys.", {("RR", "FD", 2)}),
    ("Two Freedonian diplomats were deprived of their diplomatic status by Ruritania.", {("RR", "FD", 2)}),
    ("Three Freedonian diplomats in Strelsau were stripped of their diplomatic status.", {("RR", "FD", 3)}),
])
def test_a_diplomat_whose_status_is_taken_back_is_expelled(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania withdrew the accreditation of two Freedonian journalists.",
    "Two Freedonian reporters had their accreditation withdrawn by Ruritania.",
    "Ruritania cancelled the accreditation of two Freedonian correspondents.",
    "Ruritania revoked the diplomatic status of the Freedonian trade office.",
    "Ruritania withdrew its objection to the accreditation of two Freedonian diplomats.",
    "Ruritania revoked the status of two Freedonian diplomats as observers.",
    "Ruritania will not withdraw the accreditation of the two Freedonian diplomats.",
    "The accreditation of two Freedonian diplomats was not withdrawn, Ruritania said.",
])
def test_other_things_or_people_or_a_status_kept_are_no_expulsion(text):
    assert asserted(text) == set()
