"""An actor that is no state in particular ("declared persona non grata by a foreign government", "another
country expelled ..."): one state, which not said. The story does not make it the state it names elsewhere,
and the expulsion it tells later keeps its own place and year. A state named in the phrase ("a Freedonian
government") or a definite "the government" still acts for its state. Made-up sentences about made-up
states, parsed by the project's real spaCy model."""
from tests.expulsions_helpers import made_up_events, made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


GENERIC = ("It's not every day a Ruritanian ambassador is declared persona non grata by a foreign government. "
           "In fact, the last time this happened was 20 years ago, when the Ruritanian ambassador was expelled by "
           "Freedonia. In retaliation, Ruritania kicked out Freedonia's envoy and seven of his colleagues.")


def test_a_foreign_government_is_not_the_state_told_later():
    got = [e for e in made_up_events(GENERIC) if e.modality == "asserted"]
    assert {(e.expelling_country, e.expelled_country, e.count) for e in got} == {("FD", "RR", 1), ("RR", "FD", 8)}
    one = next(e for e in got if e.expelling_country == "FD")
    assert one.sentence.startswith("In fact") and one.event_year == 2000   # twenty years before 2020


def test_another_country_is_no_state_of_the_story():
    assert asserted("Freedonia expelled three Ruritanian diplomats in May. Another country expelled two Ruritanian "
                    "diplomats in June.") == {("FD", "RR", 3)}


def test_a_government_of_a_named_state_acts_for_it():
    assert asserted("Freedonia expelled three Ruritanian diplomats in May. A Freedonian government expelled two "
                    "Ruritanian diplomats in 1950.") == {("FD", "RR", 3), ("FD", "RR", 2)}


def test_the_government_stays_the_story_state():
    assert asserted("Freedonia expelled three Ruritanian diplomats in May. The government expelled two more "
                    "Ruritanian diplomats in June.") == {("FD", "RR", 3), ("FD", "RR", 2)}
