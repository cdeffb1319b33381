"""The marks of a partial quotation ('condemned the "unfriendly acts" of Freedonia, ordering the Freedonian
ambassador "to leave no later than 1 September."') are spaces to the parser (readable_case.py), which otherwise
hangs the participle on the quoted noun and reads the order as the acts'. A quoted sentence keeps its marks.
Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings
from transforms.expulsions.readable_case import readable_case

NAMES = {**READING_NAMES, "Ruritania": ("RR", "state"), "Freedonia": ("FD", "state"), "Freedonian": ("FD", "norp")}


@pytest.mark.parametrize("text", [
    'Ruritania\'s foreign ministry condemned the "unfriendly acts" of Freedonia, ordering the Freedonian ambassador '
    'in Strelsau "to leave no later than 1 September."',
    'On Sunday, Ruritania\'s ministry of Foreign Affairs condemned the "irresponsible actions" of Freedonia, ordering '
    'the Freedonian Charge d\'Affaires in Strelsau "to leave no later than 1 September 2023."',
])
def test_the_state_that_condemned_orders_the_envoy_out(nlp, text):
    readable = readable_case(text, 0, len(text), [])
    assert len(readable) == len(text)
    assert grammar_readings(nlp, readable, NAMES) == [("RR", "FD", 1, "asserted")]


@pytest.mark.parametrize("text, readable", [
    ('ordering the envoy "to leave within 48 hours."', 'ordering the envoy  to leave within 48 hours. '),
    ('condemned the \u201chostile acts\u201d of the embassy', 'condemned the  hostile acts  of the embassy'),
    ('"We will expel two diplomats," the minister said.', '"We will expel two diplomats," the minister said.'),
    ('The minister said: "We will expel them."', 'The minister said: "We will expel them."'),
])
def test_only_a_partial_quotation_loses_its_marks(text, readable):
    assert readable_case(text, 0, len(text), []) == readable
