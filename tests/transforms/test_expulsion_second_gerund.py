"""A second gerund the parser coordinates with the first one's object ("after breaking up an alleged US spy ring and
expelling four Americans", ev9) is done by the first one's doer (subjects.first_gerund). Sentences written for
this test about made-up states, read by the parse rules (grammar.py) with the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings
from transforms.expulsions import grammar as g

NAMES = dict(READING_NAMES, Freedonians=("FD", "norp"), Graustarkian=("GK", "norp"), Freedonia=("FD", "state"))


@pytest.mark.parametrize("text", [
    "Ruritania has expelled two Graustarkian diplomats on spy charges less than a month after breaking up an alleged "
    "Freedonia spy ring and expelling four Freedonians, Western diplomatic sources said Wednesday.",
    "Ruritania has expelled two Graustarkian diplomats a month after breaking up an alleged Freedonia spy ring and "
    "expelling four Freedonians.",
])
def test_the_second_gerund_has_the_first_ones_doer(nlp, text):
    assert ("RR", "FD", 4, g.ASSERTED) in grammar_readings(nlp, text, NAMES)
