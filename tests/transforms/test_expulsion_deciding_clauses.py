"""A verb of deciding with a 'that' clause in the subjunctive ("ruled that the attache be expelled") tells the
decision: the expulsion is done, and the decision's own "not" or modal is the expulsion's (mandatives.decided_clause);
"rule" denies only with its particle ("ruled out expelling", patterns/grammar.json negating_phrasal_governors)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania ruled that the Freedonian attache be expelled.",
    "Ruritania ruled that two Freedonian diplomats be declared persona non grata and expelled.",
    "Syldavia ruled on Monday that the Graustarkian consul be expelled from the country.",
])
def test_ruling_that_someone_be_expelled_expels_them(text):
    assert {row[3] for row in made_up_rows(text)} == {"asserted"}


@pytest.mark.parametrize("text", [
    "Ruritania did not order that the Freedonian attache be expelled.",
    "Ruritania has not ordered that the Freedonian attache be expelled.",
    "Ruritania never ruled that the Freedonian attache be expelled.",
])
def test_a_decision_denied_is_no_expulsion(text):
    assert {row[3] for row in made_up_rows(text)} == {"negated"}


def test_a_decision_that_may_come_is_no_expulsion_done():
    assert {row[3] for row in made_up_rows("Ruritania may decide that the Freedonian attache be expelled.")} == \
        {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Ruritania ruled out expelling the Freedonian attache.",
    "Ruritania has ruled out the expulsion of Freedonian diplomats.",
    "Ruritania ruled that the Freedonian attache not be expelled.",
])
def test_ruling_out_an_expulsion_still_denies_it(text):
    assert {row[3] for row in made_up_rows(text)} == {"negated"}


@pytest.mark.parametrize("text", [
    "Ruritania demanded that the Freedonian attache be expelled.",
    "Ruritania urged that the Freedonian attache be expelled.",
])
def test_demanding_that_someone_be_expelled_is_still_a_demand(text):
    assert {row[3] for row in made_up_rows(text)} <= {"demand"}


def test_deciding_verbs_keep_their_reading():
    assert made_up_rows("Ruritania ordered that two Freedonian diplomats be expelled.") == {("RR", "FD", 2, "asserted")}
    assert made_up_rows("Ruritania ordered that the Freedonian attache leave the country within 48 hours.") == \
        {("RR", "FD", 1, "asserted")}
