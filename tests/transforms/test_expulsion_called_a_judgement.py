"""To call an expulsion something ("Freedonia called the expulsion of its ambassador from Ruritania unacceptable")
judges it: it was done. To call for one is a demand (sentences written for these tests, about made-up states)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Freedonia called the expulsion of its ambassador from Ruritania unacceptable.",
    "Freedonia called the expulsion of its ambassador from Ruritania a violation of international law.",
])
def test_calling_an_expulsion_something_judges_one_done(text):
    assert {r for r in made_up_rows(text) if r[3] == "asserted"} == {("RR", "FD", 1, "asserted")}


def test_calling_for_an_expulsion_is_a_demand():
    rows = made_up_rows("Lawmakers called for the expulsion of the Ruritanian ambassador from Freedonia.")
    assert rows and not [r for r in rows if r[3] == "asserted"]
