"""A state named before an aside set off by commas is the subject of the past verb after it, where the parser gave
that verb no subject ("Freedonia, which borders Graustark, retaliated by expelling six Ruritanian diplomats"): the
state in the aside does not expel (subject_before_aside.py)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text,want", [
    ("Freedonia, which borders Graustark, retaliated by expelling six Ruritanian diplomats.",
     {("FD", "RR", 6, "asserted")}),
    ("Freedonia, which borders Graustark, retaliated by ordering out six Ruritanian diplomats.",
     {("FD", "RR", 6, "asserted")}),
    ("Ruritania in early March expelled three Freedonian diplomats and Freedonia, which borders Graustark, "
     "retaliated by ordering out six Ruritanian diplomats.",
     {("RR", "FD", 3, "asserted"), ("FD", "RR", 6, "asserted")}),
])
def test_the_state_before_the_aside_acts(text, want):
    assert made_up_rows(text, sentence=r".+") == want


def test_a_reduced_relative_keeps_its_agent():
    assert made_up_rows("The six Ruritanian diplomats expelled by Freedonia left on Monday.", sentence=r".+") == \
        {("FD", "RR", 6, "asserted")}
