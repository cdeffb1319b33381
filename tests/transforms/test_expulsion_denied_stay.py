"""A permission to stay denied is an order to go: "90 officials will no longer be permitted to remain in this
country", "would not be allowed to stay", "will not allow them to remain", "will not be permitted to return to X"
(phrasal_triggers.denied_stay; sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.phrasal_triggers import denied_stay
from transforms.expulsions.story import default_parse


def _asserted(text, **kw):
    return {r for r in made_up_rows(text, **kw) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania said two Freedonian diplomats would not be allowed to stay.", ("RR", "FD", 2)),
    ("Ruritania will not allow three Freedonian diplomats to remain in the country.", ("RR", "FD", 3)),
    ("The Freedonian attache, who is on leave, will not be permitted to return to Ruritania, the ministry said.",
     ("RR", "FD", 1)),
    ("Four Graustark diplomats will no longer be permitted to remain in Ruritania.", ("RR", "GK", 4)),
])
def test_a_stay_denied_to_diplomats_is_an_expulsion(text, want):
    assert _asserted(text) == {want + ("asserted",)}


@pytest.mark.parametrize("text", [
    "Two Freedonian diplomats were allowed to remain in Ruritania.",   # allowed: no one goes
    "Ruritania has not decided whether two Freedonian diplomats will be permitted to remain.",
    "Freedonian refugees will not be allowed to stay in Ruritania.",   # no diplomats
])
def test_a_stay_granted_or_undecided_or_of_other_people_is_no_expulsion(text):
    assert not _asserted(text)


def test_more_of_the_same_people_denied_return_are_sent_from_the_same_place():
    text = ("Ruritania expelled 20 Freedonian diplomats on Monday. "
            "A further five who are abroad will not be allowed to return.")
    assert _asserted(text) == {("RR", "FD", 20, "asserted"), ("RR", "FD", 5, "asserted")}


@pytest.mark.parametrize("text, denied", [
    ("They will no longer be permitted to remain.", True),
    ("They would never be allowed to stay.", True),
    ("They were allowed to remain.", False),
    ("They will not be permitted to speak.", False),
])
def test_denied_stay_reads_the_denial_from_the_parse(text, denied):
    doc = default_parse([text])[0]
    assert any(denied_stay(t) is not None for t in doc) == denied


def test_more_of_them_denied_return_are_sent_by_the_state_the_text_speaks_for():
    text = ("My right hon. Friend has informed the Freedonian charge d'affaires that 90 Freedonian officials will no "
            "longer be permitted to remain in this country. A further 15 who are at present outside the country "
            "will not be allowed to return.")
    assert _asserted(text, published="1971-09-24") == {("GB", "FD", 90, "asserted"), ("GB", "FD", 15, "asserted")}


def test_a_bar_from_returning_is_an_expulsion():
    assert _asserted("Ruritania barred two Freedonian diplomats from returning.") == {("RR", "FD", 2, "asserted")}


def test_others_barred_from_returning_join_the_expulsion_ordered_with_them():
    text = "Ruritania ordered the expulsion of eight Freedonian diplomats and barred nine others from returning."
    assert _asserted(text) == {("RR", "FD", 17, "asserted")}


def test_an_envoy_told_not_to_return_is_no_expulsion():
    text = "Ruritania recalled its ambassador to Freedonia and told the Freedonian ambassador not to return."
    assert not _asserted(text)


def test_a_bar_told_by_prevent_is_no_negation_but_its_own_denial_is():
    assert _asserted("Ruritania prevented two Freedonian diplomats from returning.") == {("RR", "FD", 2, "asserted")}
    assert not _asserted("Ruritania did not prevent two Freedonian diplomats from returning.")
