"""Three near misses that tell no one expulsion by a state: totals compared ("has expelled fewer Freedonian diplomats
than any other state": sums.compared_total, an aggregate), the plot of a made-up story ("In the novel, ...", "...,
the film shows": fiction.in_fiction, hypothetical) and a state's own people ("Freedonia expelled its own diplomats":
whose_people.actors_own, another sense). Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

_BEFORE = "Ruritania expelled 35 Freedonian diplomats in December. "


def _rows(text):
    return {r for r in made_up_rows(_BEFORE + text) if r[:2] != ("RR", "FD")}


@pytest.mark.parametrize("text", [
    "Freedonia has expelled fewer Ruritanian diplomats than any other state in Europe.",
    "Freedonia has expelled more Ruritanian diplomats than all its neighbours.",
    "Freedonia expelled more Ruritanian diplomats than Ruritania did.",
])
def test_totals_compared_are_a_sum(text):
    assert {r[3] for r in _rows(text)} == {"aggregate"}


@pytest.mark.parametrize("text", [
    "In the novel, Freedonia expels two Ruritanian diplomats.",
    "Freedonia expelled two Ruritanian diplomats in the film.",
    "Freedonia expelled two Ruritanian diplomats, the film shows.",
])
def test_a_plot_is_no_news_of_an_act(text):
    assert {r[3] for r in _rows(text)} == {"hypothetical"}


def test_a_state_does_not_expel_its_own_diplomats():
    assert _rows("Freedonia expelled its own diplomats.") == set()


@pytest.mark.parametrize("text, count", [
    ("Freedonia expelled more Ruritanian diplomats on Friday.", None),
    ("Freedonia expelled two more Ruritanian diplomats.", 2),
    ("Freedonia expelled more than 20 Ruritanian diplomats.", 20),
    ("Freedonia expelled more Ruritanian diplomats than expected.", None),
    ("In the capital, Freedonia expelled two Ruritanian diplomats.", 2),
    ("Freedonia expelled two Ruritanian diplomats, the minister shows.", 2),
    ("In his book, the minister says Freedonia expelled two Ruritanian diplomats.", 2),
    ("Freedonia expelled two Ruritanian diplomats who had spied on its own officials.", 2),
])
def test_one_act_stays_told(text, count):
    assert _rows(text) == {("FD", "RR", count, "asserted")}
