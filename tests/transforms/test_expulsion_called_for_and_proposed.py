"""Two near misses that tell no expulsion: an order to leave that someone says should be given ("the ambassador
should be told to leave the country": the obligation on the verb of ordering, modality.modality_of, a demand) and an
expulsion a text put before a body proposes ("will present a resolution on the expulsion of the ambassador",
"tabled a motion to expel": talk.proposed over patterns/grammar.json proposal_nouns, hypothetical). Sentences written
for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _modalities(text):
    return {r[3] for r in made_up_rows(text)}


@pytest.mark.parametrize("text", [
    "Freedonia's opposition leader said the Ruritanian ambassador should be told to leave the country.",
    "He said: \u201cI think the Ruritanian ambassador should be told to leave Freedonia.\u201d",
    "Freedonia's foreign minister said the two Ruritanian diplomats must be asked to leave the country.",
])
def test_an_order_someone_says_should_be_given_is_a_demand(text):
    assert _modalities(text) == {"demand"}


@pytest.mark.parametrize("text", [
    "The Freedonian government will present a resolution on the expulsion of the Ruritanian ambassador to parliament.",
    "The Freedonian government presented a bill for the expulsion of two Ruritanian diplomats.",
    "Freedonia's government tabled a motion to expel the Ruritanian ambassador.",
    "The Freedonian government will present a bill to expel two Ruritanian diplomats.",
])
def test_an_expulsion_proposed_to_a_body_is_not_done(text):
    assert _modalities(text) == {"hypothetical"}


@pytest.mark.parametrize("text, row", [
    ("Freedonia ordered two Ruritanian diplomats to leave the country.", ("FD", "RR", 2, "asserted")),
    ("Freedonia said two Ruritanian diplomats must leave the country within a week.", ("FD", "RR", 2, "asserted")),
    ("Freedonia issued a decree on the expulsion of two Ruritanian diplomats.", ("FD", "RR", 2, "asserted")),
    ("Freedonia took a decision on the expulsion of two Ruritanian diplomats.", ("FD", "RR", 2, "asserted")),
    ("Freedonia expelled two Ruritanian diplomats after a motion in parliament.", ("FD", "RR", 2, "asserted")),
])
def test_orders_given_and_decisions_taken_stay_told(text, row):
    assert made_up_rows(text) == {row}
