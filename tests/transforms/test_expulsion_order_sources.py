"""An expulsion told in the passive or as a participle names its doer as the source of an order: "expelled on
orders from X", "on the instructions of X" (transforms/expulsions/order_sources.py). Made-up sentences about the
made-up states of tests/expulsions_helpers.MADE_UP."""
from tests.expulsions_helpers import made_up_rows


def test_participle_expelled_on_orders_from_a_government_names_the_expeller():
    rows = made_up_rows("Twelve Freedonian diplomats boarded planes for home on Friday, expelled on orders from "
                        "Ruritania's new government.")
    assert rows == {("RR", "FD", 12, "asserted")}


def test_passive_expelled_on_the_orders_of_a_government_names_the_expeller():
    rows = made_up_rows("Four Graustarkian diplomats were expelled on the orders of the Syldavian government.")
    assert rows == {("SV", "GK", 4, "asserted")}


def test_passive_expelled_on_the_instructions_of_a_ministry_names_the_expeller():
    rows = made_up_rows("Three Freedonian attaches were expelled on the instructions of the Graustarkian foreign "
                        "ministry.")
    assert rows == {("GK", "FD", 3, "asserted")}


def test_participle_after_leaving_a_capital_names_the_one_who_ordered():
    rows = made_up_rows("Five Syldavian diplomats left Strelsau on Sunday, expelled on orders from Ruritania's "
                        "military council.")
    assert rows == {("RR", "SV", 5, "asserted")}


def test_a_request_names_no_expeller():
    rows = made_up_rows("Two Freedonian diplomats were expelled at the request of Graustark.")
    assert all(expelling is None for expelling, *_ in rows)


def test_orders_on_another_verb_leave_the_agent_named_by_by():
    rows = made_up_rows("Acting on orders from Ruritania, two Graustarkian agents were expelled by Freedonia.")
    assert all(expelling != "RR" for expelling, *_ in rows)


def test_an_active_expeller_keeps_the_act_when_another_gave_the_orders():
    rows = made_up_rows("Graustark expelled twelve Freedonian diplomats on orders from Ruritania.")
    assert rows == {("GK", "FD", 12, "asserted")}


def test_a_recall_on_orders_from_home_is_no_expulsion():
    assert made_up_rows("Two Freedonian diplomats were recalled on orders from Fredville.") == set()
