"""An order to leave is the act, however the parser hangs the leaving on it: "did not order the Freedonian diplomats to
leave" denies it (no expulsion), as "never ordered", "has not asked" do. A "not" on a first verb does not reach a second
one with an auxiliary of its own ("will not extend their stay and has ordered them to leave"), as it does not reach one
after "but". "Them" after a thing of people ("decided not to extend the stay of the Freedonian diplomats and ordered
them to leave", "the visas of three diplomats") is those people, not the thing. Students, tourists, companies and a
coach sent away so are no diplomatic expulsion. Made-up sentences about made-up states, read with the project's spaCy
model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania did not order the Freedonian diplomats to leave.",
    "Ruritania did not renew the visas of three Freedonian diplomats and did not order them to leave.",
    "Ruritania did not tell the Freedonian diplomats to leave.",
    "Ruritania never ordered the Freedonian ambassador to leave.",
    "Ruritania has not asked the Freedonian diplomats to leave.",
    "Ruritania would not order the Freedonian diplomats to leave, the minister said.",
])
def test_an_order_to_leave_not_given_is_no_expulsion(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("Ruritania has decided not to extend the stay of Freedonian diplomatic personnel and ordered them to leave "
     "within 72 hours.", {("RR", "FD", None)}),
    ("Ruritania decided not to extend the stay of the Freedonian diplomats and ordered them to leave within 72 hours.",
     {("RR", "FD", None)}),
    ("Ruritania did not renew the visas of three Freedonian diplomats and ordered them to leave.", {("RR", "FD", 3)}),
    ("Ruritania did not renew the visas of three Freedonian diplomats but ordered them to leave.", {("RR", "FD", 3)}),
    ("Ruritania will not extend the stay of Freedonian diplomats and has ordered them to leave within 72 hours.",
     {("RR", "FD", None)}),
    ("Ruritania will not close the embassy but has ordered two Freedonian diplomats to leave.", {("RR", "FD", 2)}),
    ("Ruritania did not hesitate to order the Freedonian diplomats to leave.", {("RR", "FD", None)}),
])
def test_a_refusal_before_an_order_given_leaves_the_order_done(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania did not extend the stay of the Freedonian students and ordered them to leave.",
    "Ruritania refused to renew the licences of two Freedonian companies and ordered them to leave.",
    "Ruritania did not renew the contract of the Freedonian coach and ordered him to leave.",
    "Ruritania did not extend the visas of the Freedonian tourists and told them to leave.",
    "Ruritania did not close the embassy and has not expelled any Freedonian diplomats.",
    "Ruritania would not close the embassy and would not expel two Freedonian diplomats.",
])
def test_other_people_sent_away_or_a_denial_of_both_is_no_expulsion(text):
    assert asserted(text) == set()
