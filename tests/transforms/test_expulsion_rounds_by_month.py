"""Two rounds of one pair in one year, one counted and one not, stay two when the parse dates each act to another
month (months_told, in events.deduplicate): "In March Ruritania expelled two Freedonian diplomats. In October it
expelled Freedonian diplomats again". A month on another verb ("In April, Freedonia protested after ..."), a month of
the telling ("said in October that it had expelled"), a noun of the act ("the expulsions in April") and the same month
date no other round. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _counts(text):
    return sorted((r[2] for r in made_up_rows(text) if r[:2] == ("RR", "FD") and r[3] == "asserted"), key=str)


@pytest.mark.parametrize("text, counts", [
    ("In March Ruritania expelled two Freedonian diplomats. In October it expelled Freedonian diplomats again.",
     [2, None]),
    ("Ruritania expelled three Freedonian diplomats in January. In July Ruritania again expelled Freedonian "
     "diplomats, accusing them of spying.", [3, None]),
    ("In May Ruritania expelled Freedonian diplomats. In September it expelled three Freedonian diplomats.",
     [3, None]),
    ("On 3 March Ruritania expelled two Freedonian diplomats. On 10 October Ruritania expelled Freedonian diplomats.",
     [2, None]),
])
def test_rounds_in_other_months_are_two(text, counts):
    assert _counts(text) == counts


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats in March. The foreign ministry said in October that it had expelled "
    "Freedonian diplomats.",
    "In March Ruritania expelled two Freedonian diplomats. In April, Freedonia protested after Ruritania expelled "
    "its diplomats.",
    "In March Ruritania expelled two Freedonian diplomats. In April the Freedonian diplomats expelled by Ruritania "
    "returned home.",
    "In March Ruritania expelled two Freedonian diplomats. In April Freedonia complained that Ruritania had expelled "
    "Freedonian diplomats.",
    "Ruritania expelled two Freedonian diplomats in March. In March, Ruritania expelled Freedonian diplomats after a "
    "spy scandal.",
    "In March Ruritania expelled two Freedonian diplomats. The expulsions in April angered Freedonia.",
    "Ruritania expelled two Freedonian diplomats on Monday. In March, Ruritania had expelled Freedonian diplomats "
    "over a spy scandal.",
])
def test_one_round_told_again_stays_one(text):
    assert _counts(text) == [2]
