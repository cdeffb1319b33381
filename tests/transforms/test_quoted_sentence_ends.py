"""A sentence that ends inside a closing quote or bracket ends there when two spaces or a line break come before the
next capitalised word ('... against the rebels.”  Despite the appeals, ...'), as it does with one space; a lower-case
word after the quote goes on the same sentence ('he called it “a mistake.” said nothing'). Passages written for
these tests, about made-up states."""

import pytest

from tests.expulsions_helpers import made_up_events
from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article

_PHRASES = {"NORP": ["Ruritanian", "Freedonian", "Graustarkian"], "COUNTRY": ["Ruritania", "Freedonia", "Graustark"]}


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), _PHRASES)


def sentences(recogniser, text):
    (got,) = recogniser.recognise([Article("a1", text)])
    return [text[s.start:s.end].strip() for s in got.sentences]


@pytest.mark.parametrize("text, want", [
    ("The minister called the raids “a crime against the villagers.”  Despite the protest, Freedonia expelled two "
     "Ruritanian diplomats.",
     ["The minister called the raids “a crime against the villagers.”",
      "Despite the protest, Freedonia expelled two Ruritanian diplomats."]),
    ('The minister called the raids "a crime against the villagers."  Despite the protest, Freedonia expelled two '
     'Ruritanian diplomats.',
     ['The minister called the raids "a crime against the villagers."',
      "Despite the protest, Freedonia expelled two Ruritanian diplomats."]),
    ("The minister called the raids “a crime against the villagers.”\nDespite the protest, Freedonia expelled two "
     "Ruritanian diplomats.",
     ["The minister called the raids “a crime against the villagers.”",
      "Despite the protest, Freedonia expelled two Ruritanian diplomats."]),
    ("The minister asked, “Who will pay for this?”  Nobody answered, and Freedonia expelled two Ruritanian "
     "diplomats.",
     ["The minister asked, “Who will pay for this?”",
      "Nobody answered, and Freedonia expelled two Ruritanian diplomats."]),
    ("The envoy left at once (as the treaty required.)  Freedonia expelled two Ruritanian diplomats.",
     ["The envoy left at once (as the treaty required.)", "Freedonia expelled two Ruritanian diplomats."]),
    ("The envoy said it was “final.”  “Freedonia will expel them,” he added.",
     ["The envoy said it was “final.”", "“Freedonia will expel them,” he added."]),
])
def test_a_quote_or_bracket_ending_a_sentence_before_two_spaces_or_a_line_break_ends_it(recogniser, text, want):
    assert sentences(recogniser, text) == want


@pytest.mark.parametrize("text", [
    "He called the expulsion of two Ruritanian diplomats “a mistake.” said nothing more, and left.",
    "“Freedonia will expel two Ruritanian diplomats.” he said on Monday.",
    "“Freedonia will expel two Ruritanian diplomats.”  he said on Monday.",
])
def test_a_lower_case_word_after_the_quote_goes_on_the_same_sentence(recogniser, text):
    assert sentences(recogniser, text) == [text]


def _events(recogniser, text):
    (got,) = recogniser.recognise([Article("a1", text)])
    return made_up_events(text, sentences=list(got.sentences))


def test_the_event_is_told_by_its_own_sentence_not_the_quote_before_it(recogniser):
    text = ("Freedonia said its envoy had done “nothing wrong.”  Ruritania expelled two Graustarkian diplomats on "
            "Monday.")
    (event,) = _events(recogniser, text)
    assert (event.expelling_country, event.expelled_country, event.count) == ("RR", "GK", 2)
    assert event.sentence == "Ruritania expelled two Graustarkian diplomats on Monday."


def test_a_state_told_of_an_order_in_the_quote_before_is_not_made_the_expeller(recogniser):
    text = ("Freedonia told Ruritania that it would expel anyone found “helping the rebels.”  Despite attempts to "
            "overturn the order, two Graustarkian diplomats were declared persona non grata and told to leave.")
    assert [(e.expelling_country, e.expelled_country) for e in _events(recogniser, text)
            if e.modality == "asserted"] == []
