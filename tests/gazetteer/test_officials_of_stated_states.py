"""A person the text gives a state's office is that state's official, never a namesake of another state
(sentences written for these tests; transforms/office_states.py): "Abdoulaye Diop, Mali's foreign minister",
while the sources hold only a Senegalese Abdoulaye Diop, is unknown, and so is "Diop said" after it; a person
of the stated state, or of its predecessor, keeps the link; the one namesake of the stated state is taken."""
import pytest

from gazetteer.model import Entity, Role
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.office_states import officials_of_stated_states


def _linked(mentions, text):
    return {(m.canonical_name, m.country_code) for m in mentions if m.text == text and m.entity_id}


@pytest.mark.parametrize("text", [
    "Abdoulaye Diop, Mali's foreign minister, said the talks with the junta would resume. Diop spoke in Bamako.",
    "Abdoulaye Diop, the Malian foreign minister, said the talks would resume. Diop spoke in Bamako.",
    "Abdoulaye Diop, foreign minister of Mali, said the talks would resume. Diop spoke in Bamako.",
    "Abdoulaye Diop, Mali's former foreign minister, said the talks would resume. Diop spoke in Bamako.",
    "Malian Foreign Minister Abdoulaye Diop said the talks would resume. Diop spoke in Bamako.",
    "Mali's Foreign Minister Abdoulaye Diop said the talks would resume. Diop spoke in Bamako.",
    "The Freedonian envoy met Mali's foreign minister, Abdoulaye Diop, in Bamako. Diop said the talks would resume.",
    "The foreign minister of Mali, Abdoulaye Diop, said the talks would resume. Diop spoke in Bamako.",
])
def test_a_person_given_another_states_office_is_no_namesake_of_his_own(resolve, text):
    ms = resolve(text, date="2023-05-04")
    assert _linked(ms, "Abdoulaye Diop") == set()
    assert _linked(ms, "Diop") == set()
    assert any(m.text == "Abdoulaye Diop" and m.entity_type == "PERSON" for m in ms)   # still a person


@pytest.mark.parametrize("text, date, name, expected", [
    ("Sergei Lavrov, Russia's foreign minister, said the talks would resume.", "2023-05-04", "Sergei Lavrov",
     ("Sergey Lavrov", "RU")),
    # Russia's minister in 1987 is the Soviet Union's: one state and its predecessor
    ("Eduard Shevardnadze, Russia's foreign minister, said the talks would resume.", "1987-05-04",
     "Eduard Shevardnadze", ("Eduard Shevardnadze", "SU")),
    ("Theresa May, Britain's prime minister, said the talks would resume.", "2018-03-14", "Theresa May",
     ("Theresa May", "GB")),
    # the office before the next name is that person's: nothing said of Lavrov
    ("Sergei Lavrov, Mali's foreign minister Abdoulaye Diop and Antony Blinken met in Geneva.", "2023-05-04",
     "Sergei Lavrov", ("Sergey Lavrov", "RU")),
])
def test_a_person_of_the_stated_state_keeps_the_link(resolve, text, date, name, expected):
    assert _linked(resolve(text, date=date), name) == {expected}


def test_the_one_namesake_of_the_stated_state_is_taken():
    # two namesakes the gazetteer holds; the resolver took the Freedonian, the text gives a Ruritanian office
    gaz = Gazetteer([
        Entity("p:fd", "Anton Marek", "PERSON", "FD", roles=[Role("minister", "FDGOV", "FD", "2001-01-01", "2009-01-01")]),
        Entity("p:rr", "Anton Marek", "PERSON", "RR",
               roles=[Role("foreign_minister", "Minister of Foreign Affairs", "RR", "2020-01-01")]),
        Entity("c:rr", "Ruritania", "COUNTRY", "RR", demonyms=["Ruritanian"]),
    ])
    text = "Anton Marek, Ruritania's foreign minister, arrived. Marek said the talks would resume."
    queries = [NameQuery("Anton Marek", "PERSON", 0, 11), NameQuery("Ruritania", "GPE", 13, 22),
               NameQuery("Marek", "PERSON", 52, 57)]
    fd = Resolution("PERSON", "p:fd", "Anton Marek", "FD", None, None, 1.0, "exact")
    answers = [fd, Resolution("COUNTRY", "c:rr", "Ruritania", "RR", "RR", None, 1.0, "exact"),
               fd._replace(method="coref")]
    out = officials_of_stated_states(gaz, queries, answers, text, "2023-05-04")
    assert [(a.entity_id, a.country_code, a.acts_for, a.role) for a in (out[0], out[2])] \
        == [("p:rr", "RR", "RR", "foreign_minister")] * 2
    # with only the Freedonian held, he is unknown
    gaz_one = Gazetteer([e for e in gaz.entities if e.entity_id != "p:rr"])
    out = officials_of_stated_states(gaz_one, queries, answers, text, "2023-05-04")
    assert [(a.entity_id, a.canonical_name) for a in (out[0], out[2])] == [(None, "Anton Marek"), (None, "Marek")]
