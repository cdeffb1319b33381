"""A place and a colon that open a sentence with a state of its own before the verb is a dateline ("STRELSAU:
Freedonia has expelled ..."): the state named in the sentence expels, not the dateline's. A state and a colon before
people alone still heads what it did ("Ruritania: Two Freedonian diplomats expelled"). Made-up sentences about
made-up states, parsed by the project's real spaCy model."""
from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


def test_the_sentence_own_subject_expels_not_the_dateline():
    text = "Freedonia expels Graustark diplomats. STRELSAU: Freedonia has expelled the ambassador and three other " \
           "diplomats."
    assert asserted(text) == {("FD", "GK", 4)}


def test_a_heading_before_people_alone_still_expels():
    assert asserted("Ruritania: Two Freedonian diplomats expelled.") == {("RR", "FD", 2)}
