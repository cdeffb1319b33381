"""A state's name the model ran into a delegate's name, in a list of states each followed by its delegate
(the members of a UN meeting), is cut off the person (sentences written for these tests)."""
import spacy

from tests.span_helpers import token_span as _span
from transforms.listed_delegates import before_listed_state

NLP = spacy.blank("en")


def test_a_state_before_the_next_delegate_is_cut_off_the_name():
    doc = NLP("Members: Norland Mr. Ostrander Qandaria Mr. Vell East Rostavia Mr. Pim")
    states = [_span(doc, "Norland"), _span(doc, "Qandaria"), _span(doc, "East Rostavia")]
    assert before_listed_state(doc, *_span(doc, "Ostrander Qandaria"), states) == _span(doc, "Ostrander")[1]
    # the state's name runs on past the person's span ("Ryan Russian | Federation Mr. Lavrov")
    assert before_listed_state(doc, *_span(doc, "Vell East"), states) == _span(doc, "Vell")[1]


def test_a_surname_that_is_a_state_stays():
    doc = NLP("Senator Tomas Qandaria said on Monday that Mr. Vell would stay.")
    states = [_span(doc, "Qandaria")]
    assert before_listed_state(doc, *_span(doc, "Tomas Qandaria"), states) == _span(doc, "Tomas Qandaria")[1]
    doc = NLP("Qandaria Mr. Vell spoke first.")
    assert before_listed_state(doc, *_span(doc, "Qandaria"), [_span(doc, "Qandaria")]) == 1   # a state alone


def test_a_delegate_named_after_a_state_is_that_states_or_unknown():
    from gazetteer.resolution import NameQuery, Resolution
    from transforms.delegate_states import delegates_of_their_states
    text = "Members: Qandaria Mr. Vell Rostavia Mr. Pim. Mr. Pim of Norland spoke."
    names = [("Qandaria", "COUNTRY", "XQ"), ("Mr. Vell", "PERSON", "XR"), ("Rostavia", "COUNTRY", "XR"),
             ("Pim", "PERSON", "XR"), ("Pim", "PERSON", "XQ")]
    queries, answers, start = [], [], 0
    for name, etype, code in names:
        s = text.index(name, start)
        start = s + len(name)
        queries.append(NameQuery(name, etype, s, start))
        answers.append(Resolution(etype, "e:" + name, name, code, method="context"))
    out = delegates_of_their_states(text, queries, answers)
    assert out[1].entity_id is None and out[1].canonical_name == "Mr. Vell"   # Qandaria's delegate: no Rostavian
    assert out[3].entity_id == "e:Pim"   # "Rostavia Mr. Pim": Rostavia's own
    assert out[4].entity_id == "e:Pim"   # named after a sentence's end: no delegate
