"""A later round told with a counted "others" ("On Thursday it expelled three others", "Three others were expelled
on Thursday") is more of the people the story expelled before, as "three more" is: a second expulsion with its
own count, not nothing and not one merged. Others not expelled, or others of no diplomatic calling, add nothing.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows

TWO_ROUNDS = {("RR", "FD", 2), ("RR", "FD", 3)}


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("On Monday Ruritania expelled two Freedonian diplomats. On Thursday it expelled three others.", TWO_ROUNDS),
    ("Ruritania expelled two Freedonian diplomats on Monday. It expelled three others on Thursday.", TWO_ROUNDS),
    ("On Monday Ruritania expelled two Freedonian diplomats. On Thursday three others were expelled.", TWO_ROUNDS),
    ("Ruritania expelled two Freedonian diplomats on Monday. Three others were ordered to leave on Thursday.",
     TWO_ROUNDS),
    ("On Monday Ruritania expelled two Freedonian diplomats. On Thursday it expelled three more.", TWO_ROUNDS),
    # the others are not expelled: no second act
    ("Ruritania expelled five Freedonian diplomats on Monday. Two were attaches and three others worked at the "
     "consulate.", {("RR", "FD", 5)}),
    ("Ruritania expelled two Freedonian diplomats on Monday. Three others stayed in the country.", {("RR", "FD", 2)}),
    # others of no diplomatic calling before them are no diplomats either
    ("Ruritania expelled two Freedonian journalists on Monday. On Thursday it expelled three others.", set()),
])
def test_a_later_round_of_others(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats on Monday. The school expelled three others.",
    "Ruritania expelled two Freedonian diplomats on Monday. The ruling party expelled three others from its ranks.",
    "Ruritania expelled two Freedonian diplomats on Monday. The school expelled three more.",
])
def test_a_body_of_no_state_expels_no_more_of_them(text):
    assert asserted(text) == {("RR", "FD", 2)}
