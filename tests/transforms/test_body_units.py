"""A unit of a body names the body too (sentences written for these tests)."""
import spacy

from transforms.body_units import parent_bodies

NLP = spacy.blank("en")


def bodies(text, name):
    """The bodies found inside `name`, taken as one organisation's span of `text`."""
    doc = NLP(text)
    start = len(NLP(text[:text.index(name)]))
    span = (start, start + len(NLP(name)), "ORG", "ner")
    return [doc[s:e].text for s, e, _, _ in parent_bodies(doc, [span])]


def test_a_qualified_unit_of_a_ministry_names_the_ministry():
    text = "The head of the Latin American Division of the Foreign Ministry met the envoy."
    assert bodies(text, "Latin American Division of the Foreign Ministry") == ["Foreign Ministry"]
    text = "A spokesman for the Press Office of the Qandarian Interior Ministry said so."
    assert bodies(text, "Press Office of the Qandarian Interior Ministry") == ["Qandarian Interior Ministry"]


def test_a_body_whose_own_name_starts_with_a_unit_word_is_one_name():
    assert bodies("The Department of State said no.", "Department of State") == []
    assert bodies("The Office of the Prime Minister said no.", "Office of the Prime Minister") == []
    # the model's span runs two bodies together: no qualifier before "Department"
    text = "It settled with the Attorney General's Office and Department of Health Services."
    assert bodies(text, "Attorney General's Office and Department of Health Services") == []


def test_a_unit_of_something_that_is_no_body_names_nothing():
    text = "The Research Division of the Lazard Brothers said so."
    assert bodies(text, "Research Division of the Lazard Brothers") == []
