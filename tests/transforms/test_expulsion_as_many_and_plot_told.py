"""Two near misses that tell no one expulsion by a state: totals compared by an equal measure ("has expelled as many
Freedonian diplomats as any other state": sums.compared_total, an aggregate; the parser hangs the people on the first
"as", arguments_expel._as_many_object) and a plot whose work the parser hangs on the verb as a compound ("The novel
tells of Freedonia expelling ...": fiction.in_fiction, hypothetical). Sentences written for these tests, about
made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

_BEFORE = "Ruritania expelled 35 Freedonian diplomats in December. "


def _rows(text):
    return {r for r in made_up_rows(_BEFORE + text) if r[:2] != ("RR", "FD")}


@pytest.mark.parametrize("text", [
    "Freedonia has expelled as many Ruritanian diplomats as any other state.",
    "Over the years Freedonia has expelled as many Ruritanian diplomats as Graustark.",
    "Freedonia expelled as many Ruritanian diplomats as Graustark did.",
    "Freedonia has expelled as many Ruritanian diplomats as all its neighbours.",
])
def test_totals_compared_as_many_are_a_sum(text):
    assert {r[3] for r in _rows(text)} == {"aggregate"}


@pytest.mark.parametrize("text", [
    "The novel tells of Freedonia expelling two Ruritanian diplomats.",
    "The thriller tells of Freedonia expelling two Ruritanian diplomats.",
])
def test_a_plot_told_by_the_work_is_no_news_of_an_act(text):
    assert {r[3] for r in _rows(text)} == {"hypothetical"}


@pytest.mark.parametrize("text, count", [
    ("Freedonia expelled as many as 20 Ruritanian diplomats.", 20),
    ("Freedonia expelled as many Ruritanian diplomats as it could find.", None),
    ("Freedonia expelled Ruritanian diplomats as a warning.", None),
    ("The minister tells of Freedonia expelling two Ruritanian diplomats.", 2),
])
def test_one_act_stays_told(text, count):
    assert _rows(text) == {("FD", "RR", count, "asserted")}
