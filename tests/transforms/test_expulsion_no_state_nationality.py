"""A nationality that is no one state's ("Latin American", "Central American", "West African") names no
state, though its last word is a demonym: the diplomats of "seven Latin American countries" are no
Americans. The resolver leaves such a name unknown; the extractor must not then read its last word alone.
Sentences written for these tests."""
import pytest

from transforms.expulsions import grammar as g
from transforms.expulsions.person_state import named_before

NAMES = {"american": "US", "syrian": "SY", "central american": ""}


@pytest.mark.parametrize("text, want", [
    ("The Central American envoy left on Monday.", None),
    ("The Syrian envoy left on Monday.", "SY"),
    ("The American envoy left on Monday.", "US"),
])
def test_the_envoy_named_before_is_of_no_state_when_the_whole_nationality_is_none(text, want):
    assert named_before(text, len(text), g.ENVOY, NAMES) == want


def test_a_token_inside_a_nationality_of_no_state_is_no_nationality(nlp):
    text = "Freedonia expelled two Latin American diplomats."
    doc = nlp(text)
    start = text.index("Latin American")
    unknown = g.States([(start, start + len("Latin American"), "", "unknown")], demonyms={"american": "US"})
    plain = g.States([], demonyms={"american": "US"})
    american = next(t for t in doc if t.text == "American")
    assert unknown.at(american) is None
    assert plain.at(american) == ("US", "norp")
