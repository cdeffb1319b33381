"""A resolution to expel that a state only tables, submits or puts forward is a text before a body, not its decision
(talk.proposal_noun): the parser may hang the "to" infinitive right after the noun on the verb, as a clause of
purpose ("Freedonia tabled a resolution to expel ..."), and it is still the resolution's. One the state adopts,
passes or approves stays its act; a purpose infinitive after another object ("used the new law to expel") stays an
act told. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text,count", [
    ("Freedonia tabled a resolution to expel two Ruritanian diplomats.", 2),
    ("Freedonia submitted a resolution to expel two Ruritanian diplomats on Friday.", 2),
    ("Freedonia has tabled a draft resolution to expel the Ruritanian ambassador.", 1),
    ("Freedonia submitted a proposal to expel the Ruritanian ambassador.", 1),
])
def test_a_resolution_only_put_forward_is_no_act(text, count):
    rows = made_up_rows(text)
    assert rows and all(r[1:] == ("RR", count, "hypothetical") for r in rows)


@pytest.mark.parametrize("text,count", [
    ("Freedonia adopted a resolution to expel two Ruritanian diplomats.", 2),
    ("Freedonia passed a resolution to expel two Ruritanian diplomats.", 2),
    ("Freedonia approved a motion to expel the Ruritanian ambassador.", 1),
])
def test_a_resolution_the_state_adopts_stays_its_act(text, count):
    assert made_up_rows(text) == {("FD", "RR", count, "asserted")}


@pytest.mark.parametrize("text", [
    "Freedonia used the new law to expel two Ruritanian diplomats.",
    "Freedonia cited the spy scandal to expel two Ruritanian diplomats.",
])
def test_a_purpose_after_another_object_stays_an_act(text):
    assert made_up_rows(text) == {("FD", "RR", 2, "asserted")}
