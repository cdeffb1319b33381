"""An item of a list of measures that opens with its act ("1- Expelling the ambassador.") is done by the one state
acting in the line that leads into the list ("Ruritania decided to take the following measures:"; sentences
written for these tests, one per line)."""
import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions.list_lead_ins import lead_in_state
from transforms.records import Mention

LINES = r"[^\n]+"


@pytest.mark.parametrize("text", [
    "Ruritania decided to take the following measures:\n1- Expelling the Freedonian ambassador.\n"
    "2- Declaring two Graustarkian diplomats persona non grata.",
    "Ruritania decided to take the following measures:\n\n1.\n\nExpelling the Freedonian ambassador.\n\n2.\n\n"
    "Declaring two Graustarkian diplomats persona non grata.",   # each marker a line of its own
    "Ruritania decided to take the following measures:\n(1) Expelling the Freedonian ambassador.\n"
    "(2) Declaring two Graustarkian diplomats persona non grata.",
])
def test_each_item_is_done_by_the_state_of_the_lead_in(text):
    assert made_up_rows(text, "2011-10-11", LINES) == {("RR", "FD", 1, "asserted"), ("RR", "GK", 2, "asserted")}


def test_two_states_in_the_lead_in_say_no_one_acts():
    rows = made_up_rows("Ruritania and Syldavia agreed on the following:\n1- Expelling the Graustarkian ambassador.",
                        "2011-10-11", LINES)
    assert not any(actor for actor, *_ in rows)


def test_a_sentence_after_the_list_is_no_item_of_it():
    rows = made_up_rows("Ruritania listed its measures:\n1- Closing the border.\n"
                        "Expelling the Freedonian ambassador is rare.", "2011-10-11", LINES)
    assert not any(actor == "RR" for actor, *_ in rows)


def test_an_item_that_names_its_own_doer_keeps_it():
    rows = made_up_rows("Ruritania said:\n1- The Freedonian ambassador was expelled by Graustark.", "2011-10-11", LINES)
    assert rows == {("GK", "FD", 1, "asserted")}


def _state(text, name, code):
    at = text.index(name)
    return Mention("a", at, at + len(name), name, "GPE", "COUNTRY", country_code=code)


def test_the_lead_in_is_found_back_over_the_lists_items_and_its_markers():
    lines = ["Ruritania decided the following:", "1-", "Expelling the Freedonian ambassador.",
             "2- Closing the consulate in Fredville.", "3- Expelling two Freedonian diplomats."]
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    pieces = list(zip(starts, lines))
    ruritania = _state("Ruritania decided", "Ruritania", "RR")
    assert lead_in_state(pieces, 4, starts[4] + 3, [ruritania], "FD") is ruritania
    assert lead_in_state(pieces, 2, starts[2], [ruritania], "FD") is ruritania
    assert lead_in_state(pieces, 4, starts[4] + 12, [ruritania], "FD") is None   # words before the act
    assert lead_in_state(pieces, 4, starts[4] + 3, [ruritania], "RR") is None    # no state but the expelled one


@pytest.mark.parametrize("name", ["Dobri Zlatev", "Petar Ivanov Marinsky"])
def test_a_measure_that_considers_a_diplomat_persona_non_grata_declares_it(name):
    # the parser takes the status for the opening gerund's object ("13-/meta Considering/ROOT ... persona/pobj")
    text = f"Ruritania decided to take the following measures:\n13- Considering the Freedonian Third Secretary {name} " \
           "persona non grata."
    assert made_up_rows(text, "2012-06-05", LINES) == {("RR", "FD", 1, "asserted")}


@pytest.mark.parametrize("text", [
    "Considering the Freedonian Third Secretary Dobri Zlatev persona non grata would be a mistake.",
    "Ruritania is considering declaring the Freedonian Third Secretary Dobri Zlatev persona non grata.",
])
def test_weighing_a_declaration_is_still_no_declaration(text):
    assert all(m == "hypothetical" for *_, m in made_up_rows(text))


def test_a_measure_whose_status_the_parser_hangs_inside_its_object_declares_it():
    # "... members of the Embassy personae/pobj non gratae/appos": the status on "of", inside the gerund's object
    text = "Ruritania decided to take the following measures:\n16- Considering the Freedonian Charge d'Affaires and " \
           "all members of the Embassy personae non gratae."
    assert {(a, b, m) for a, b, _, m in made_up_rows(text, "2012-06-05", LINES)} == {("RR", "FD", "asserted")}
