"""A state that informs another "of" an expulsion is the one who expels: "Ruritania informed Freedonia of a
reciprocal expulsion of two diplomats" (speakers.informer, now also for the "of" phrase of a verb of informing, as for
its "that" clause) expels Freedonia's people; the nearest state before the noun, the one informed, is not who expels.
"A reciprocal expulsion" in the singular is one state's answer, one way, and keeps no reading of the other way
(sentence_merge._EACH_OTHER); "expelled each other's" still tells both. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_events, made_up_rows


@pytest.mark.parametrize("text, n", [
    ("Freedonia expelled two Ruritanian diplomats on Monday. On Friday, Ruritania informed Freedonia of a reciprocal "
     "expulsion of two diplomats.", 2),
    ("Freedonia expelled three Ruritanian diplomats last week. Ruritania notified Freedonia on Tuesday of the "
     "reciprocal expulsion of three diplomats.", 3),
    ("Freedonia expelled a Ruritanian attache in March. In April, Strelsau informed Freedonia of the reciprocal "
     "expulsion of one diplomat.", 1),
    ("On May 26, Freedonian authorities ordered the Ruritanian consul-general in Klow and a consul to leave the "
     "country. On May 31, Ruritania informed Freedonia of a reciprocal expulsion of two diplomats.", 2),
])
def test_the_state_that_informs_of_an_answer_is_who_expels(text, n):
    assert made_up_rows(text) == {("FD", "RR", n, "asserted"), ("RR", "FD", n, "asserted")}


def test_a_reciprocal_answer_told_first_keeps_its_direction():
    text = ("On May 31, Ruritania informed Freedonia of a reciprocal expulsion of two diplomats. Earlier, Freedonia "
            "had expelled two Ruritanian diplomats.")
    first = text.index("Earlier")
    told_first = {(e.expelling_country, e.expelled_country, e.count) for e in made_up_events(text)
                  if e.start_char < first and e.modality == "asserted"}
    assert told_first == {("RR", "FD", 2)}


@pytest.mark.parametrize("text, want", [
    ("Ruritania and Freedonia expelled each other's ambassadors.",
     {("RR", "FD", 1, "asserted"), ("FD", "RR", 1, "asserted")}),
    ("Ruritania informed Freedonia of the expulsion of its ambassador.", {("RR", "FD", 1, "asserted")}),
    ("Freedonia expelled two Ruritanian diplomats, and Ruritania answered with a reciprocal expulsion of two "
     "Freedonian diplomats.", {("FD", "RR", 2, "asserted"), ("RR", "FD", 2, "asserted")}),
])
def test_exchanges_and_plain_informing_stay_as_they_were(text, want):
    assert made_up_rows(text) == want


def test_one_informed_by_no_one_named_gets_no_informer():
    assert not {r for r in made_up_rows("Freedonia was informed of the expulsion of two Freedonian diplomats.")
                if r[3] == "asserted"}
