"""A state named right after "after" whose verb has its own time phrase ("after Freedonia last month told 18
Ruritanian diplomats to leave", "after Freedonia last week expelled three"): the parser may read "after" as a
preposition with the state as its object and the verb, with no subject of its own, as a conjunct or an
adverbial clause of the main verb. The state after "after" expels; the main clause's subject does not expel
its own diplomats. Made-up sentences about made-up states, parsed by the project's real spaCy model."""
from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


def test_an_earlier_order_to_leave_with_its_own_time():
    assert asserted("Ruritania is expelling 15 Freedonian diplomats after Freedonia last month told 18 Ruritanian "
                    "diplomats to leave.") == {("RR", "FD", 15), ("FD", "RR", 18)}


def test_an_earlier_expulsion_with_its_own_time():
    assert asserted("Ruritania expelled two Freedonian diplomats after Freedonia last week expelled three "
                    "Ruritanian diplomats.") == {("RR", "FD", 2), ("FD", "RR", 3)}


def test_without_a_time_phrase_as_before():
    assert asserted("Ruritania expelled 15 Freedonian diplomats after Freedonia told 18 Ruritanian diplomats "
                    "to leave.") == {("RR", "FD", 15), ("FD", "RR", 18)}


def test_a_gerund_after_the_state_stays_the_main_subject_deed():
    assert asserted("Ruritania recalled its envoy after talks with Freedonia, expelling two Freedonian "
                    "diplomats.") == {("RR", "FD", 2)}
