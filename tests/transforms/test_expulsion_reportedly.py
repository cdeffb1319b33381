"""An expulsion the writer passes on without vouching for it, by an adverb on the verb of expelling itself ("The
Freedonian ambassador was reportedly expelled", "allegedly ordered two diplomats to leave", "reportedly declared ...
persona non grata"), is an unconfirmed report, not told as done (told.hearsay_on, patterns/grammar.json
hearsay_adverbs), as "reports that ..." already was. The adverb on the verb of saying ("..., the minister reportedly
said") or in a clause of why ("a diplomat who allegedly spied") leaves the act told. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("The Freedonian ambassador to Ruritania was reportedly expelled by Ruritania.", ("RR", "FD", 1)),
    ("Ruritania has reportedly expelled two Freedonian diplomats.", ("RR", "FD", 2)),
    ("Ruritania allegedly ordered two Freedonian diplomats to leave the country.", ("RR", "FD", 2)),
    ("Ruritania reportedly declared two Freedonian diplomats persona non grata.", ("RR", "FD", 2)),
    ("Ruritania supposedly expelled three Freedonian diplomats last year.", ("RR", "FD", 3)),
])
def test_an_expulsion_passed_on_as_hearsay_is_not_told_as_done(text, want):
    assert made_up_rows(text) == {(*want, "hypothetical")}


def test_hearsay_on_the_saying_leaves_the_act_told():
    assert made_up_rows("Two Freedonian diplomats were asked to leave Ruritania, the minister reportedly said.") == \
        {("RR", "FD", 2, "asserted")}


def test_hearsay_on_the_cause_leaves_the_act_told():
    assert made_up_rows("Ruritania expelled a Freedonian diplomat who allegedly spied for Graustark.") == \
        {("RR", "FD", 1, "asserted")}
