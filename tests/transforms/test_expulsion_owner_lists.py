"""Shapes that a batch of made-up whole articles showed the extractor misreading (sentences written for
these tests, about made-up states): groups of people of several states in the subject of a passive ("five
diplomats from A and three from B were expelled"), "from each of A, B and C", a plain list of states after
"from", a diplomat coordinated with journalists, an order to leave said as a noun ("an order that 25 ...
leave the country"), "decided that ... must leave", a bare count before "last month", "46 others" ordered to
leave after an expulsion, "their diplomats" after a list of states, and the shapes that are no expulsion: a
decision to expel reversed or revoked, a state's withdrawal of its own ambassador, a sum "as a whole", a list of
states after "with" and a dateline before an organisation that expels."""
import pytest

from tests.expulsions_helpers import extract, made_up_rows, tuples

ASSERTED = "asserted"


def asserted(text: str) -> set:
    return {(a, b, n) for a, b, n, modality in made_up_rows(text) if modality == ASSERTED}


@pytest.mark.parametrize("text", [
    "Four diplomats from Freedonia and three from Graustark were expelled by Ruritania on Monday.",
    "Ruritania said four diplomats from Freedonia and three from Graustark had been expelled.",
    "Four diplomats from Freedonia and three from Graustark were expelled on Monday, Ruritania said.",
])
def test_groups_of_two_states_in_a_passive_subject_are_each_expelled(text):
    assert asserted(text) == {("RR", "FD", 4), ("RR", "GK", 3)}


def test_a_state_after_from_in_a_passive_subject_never_expels():
    text = ("Ruritania accused the two embassies of spying. "
            "Four diplomats from Freedonia and three from Graustark were expelled.")
    assert not any(actor in ("FD", "GK") for actor, _, _ in asserted(text))


def test_a_gapped_from_after_a_passive_names_its_own_expelling_state():
    text = "Four Freedonian diplomats were expelled from Ruritania and three from Graustark on Friday."
    assert asserted(text) == {("RR", "FD", 4), ("GK", "FD", 3)}


def test_from_each_of_a_list_gives_each_state_the_count():
    text = "Ruritania said on Friday it would expel two diplomats from each of Freedonia, Graustark and Syldavia."
    assert asserted(text) == {("RR", "FD", 2), ("RR", "GK", 2), ("RR", "SV", 2)}


def test_a_plain_list_of_states_after_from_is_one_expulsion_each_without_a_count():
    text = "Ruritania expelled diplomats from Freedonia, Graustark and Syldavia on Wednesday."
    assert asserted(text) == {("RR", "FD", None), ("RR", "GK", None), ("RR", "SV", None)}


def test_a_list_of_places_after_a_passive_is_no_list_of_owners():
    text = "Ruritanian diplomats were expelled from Freedonia and Graustark last year."
    assert all(expelled == "RR" for _, expelled, _ in asserted(text))


def test_a_diplomat_coordinated_after_journalists_is_expelled_alone():
    assert asserted("Ruritania expelled two Freedonian journalists and a Freedonian diplomat on Monday.") == \
        {("RR", "FD", 1)}
    assert asserted("Ruritania expelled two Freedonian journalists and their families on Monday.") == set()


@pytest.mark.parametrize("text", [
    "Ruritania issued an order on Tuesday that 25 Freedonian diplomats leave the country.",
    "Freedonia protested against the Ruritanian order that 25 Freedonian diplomats leave the country.",
    "Freedonia had not decided how to respond to Ruritania's order that 25 Freedonian diplomats leave the country.",
])
def test_an_order_to_leave_said_as_a_noun_is_an_expulsion_by_who_gives_it(text):
    assert asserted(text) == {("RR", "FD", 25)}


def test_a_threat_to_issue_an_order_to_leave_is_no_expulsion():
    text = "Ruritania threatened to issue an order that all Freedonian diplomats leave the country."
    assert asserted(text) == set()


def test_a_government_that_decided_that_people_must_leave_expels_them():
    assert asserted("Ruritania decided on Friday that five Freedonian diplomats must leave the country.") == \
        {("RR", "FD", 5)}
    assert asserted("Ruritania has not decided whether five Freedonian diplomats must leave the country.") == set()


@pytest.mark.parametrize("text", [
    "Ruritania said on Wednesday it had reversed its decision to expel two Freedonian diplomats.",
    "Ruritania revoked the expulsion of two Freedonian diplomats after Fredville apologised.",
    "Ruritania cancelled its order expelling two Freedonian diplomats on Thursday.",
])
def test_a_reversed_or_revoked_expulsion_is_none(text):
    assert asserted(text) == set()


def test_an_undone_decision_on_something_else_leaves_the_expulsion():
    assert asserted("Ruritania reversed course and expelled two Freedonian diplomats.") == {("RR", "FD", 2)}


def test_a_state_that_orders_the_withdrawal_of_its_own_ambassador_recalls_him():
    text = ("Ruritania ordered the withdrawal of its ambassador from Fredville on Tuesday. "
            "Freedonia has not expelled any Ruritanian diplomats.")
    assert asserted(text) == set()
    assert asserted("Ruritania ordered the withdrawal of the Freedonian ambassador on Tuesday.") == {("RR", "FD", 1)}


def test_a_state_as_a_whole_is_a_sum_of_its_parts():
    text = "Ruritania expelled 13 Freedonian diplomats on Monday. Graustark as a whole expelled more than 30."
    assert asserted(text) == {("RR", "FD", 13)}


def test_a_bare_count_before_last_month_is_more_of_the_people_named_before():
    text = ("Officials said Ruritania was expected to expel more Freedonian diplomats this week. "
            "Ruritania expelled 12 last month.")
    assert asserted(text) == {("RR", "FD", 12)}
    assert asserted("Ruritania expelled 12 last month.") == set()


def test_a_dateline_is_no_subject_of_an_active_verb():
    assert asserted("STRELSAU - The alliance expelled seven Freedonian diplomats on Tuesday.") == set()
    assert asserted("STRELSAU - The Freedonian military attache was expelled on Friday.") == {("RR", "FD", 1)}


def test_a_counted_others_told_to_leave_are_more_of_the_same_order():
    text = "Ruritania said it would expel four Freedonian diplomats and ordered 46 others to leave by the summer."
    assert asserted(text) == {("RR", "FD", 50)}


def test_their_diplomats_after_a_list_of_states_are_each_of_theirs():
    text = "Ruritania broke off relations with Freedonia, Graustark and Syldavia and ordered their diplomats to leave."
    assert asserted(text) == {("RR", "FD", None), ("RR", "GK", None), ("RR", "SV", None)}


def test_a_state_inside_a_list_after_with_is_no_subject():
    # the window rules alone (no parse): the states after "with" are no subject of "expelled"
    text = "Poland broke off relations with Germany, France and Italy and expelled two Russian diplomats."
    assert tuples(extract(text), "asserted") == [("PL", "RU", 2, False, 2022, "asserted")]


# two-word nationalities ("a Costa Rican diplomat", "a West German secretary"), read by the parse rules
TWO_WORD_NAMES = {"Ruritania": ("RR", "state"), "West Freedonian": ("FD", "norp"), "Graustarkian": ("GK", "norp"),
                  "Strelsau": ("RR", "capital")}


@pytest.mark.parametrize("text", [
    "Ruritania expelled a West Freedonian diplomat and two Graustarkian embassy officials.",
    "A West Freedonian diplomat and two Graustarkian embassy officials have been ordered out of the country, Ruritania said.",
    "Ruritania ordered a West Freedonian diplomat and two Graustarkian embassy officials to leave within 72 hours.",
])
def test_a_person_of_a_two_word_nationality_is_one_group_of_the_list(text):
    from tests.expulsions_helpers import grammar_readings
    from transforms.recognise import load_spacy_model
    got = grammar_readings(load_spacy_model(), text, TWO_WORD_NAMES)
    assert sorted((a, b, n) for a, b, n, _ in got) == [("RR", "FD", 1), ("RR", "GK", 2)]


@pytest.mark.parametrize("text, want", [
    # nationalities listed with commas before one plural title: the parser hangs each on the noun
    ("Ruritania ordered the Freedonian, Graustarkian and Syldavian ambassadors to leave the country within 48 hours.",
     {("RR", "FD", 1), ("RR", "GK", 1), ("RR", "SV", 1)}),
    ("Ruritania expelled the Freedonian, Graustarkian and Syldavian diplomats on Friday.",
     {("RR", "FD", None), ("RR", "GK", None), ("RR", "SV", None)}),
])
def test_a_comma_list_of_nationalities_before_one_title(text, want):
    assert asserted(text) == want
