"""A body's name in capitals written with a stop after each letter, as the press of the 1950s-70s wrote it
("the S.E.A.T.O. Council", "U.N.E.S.C.O."), is the name the sources hold without the stops
(transforms/gazetteer_matcher.dotted_acronyms). Sentences made up for these tests."""
import spacy

from transforms.gazetteer_matcher import dotted_acronyms

NLP = spacy.blank("en")
ACRONYMS = {"SEATO": 1, "UNESCO": 1, "ABC": 2}


def found(text: str) -> list:
    doc = NLP(text)
    return [doc[s:e].text for _, s, e in dotted_acronyms(doc, ACRONYMS)]


def test_a_known_name_with_stopped_letters_is_found():
    assert found("He flew to Canberra for the S.E.A.T.O. Council meeting.") == ["S.E.A.T.O."]
    assert found("Delegates of U.N.E.S.C.O. met in Paris.") == ["U.N.E.S.C.O."]


def test_the_last_letters_stop_may_be_left_out():
    assert found("Members of S.E.A.T.O said the treaty would hold.") == ["S.E.A.T.O"]
    assert found("The S.E.A.T.O council met in Manila.") == ["S.E.A.T.O"]
    assert found("The novel by A.B.C Smith sold well.") == []     # three initials before a surname


def test_stopped_letters_of_no_known_name_or_a_persons_initials_are_not():
    assert found("The S.E.A. Council met.") == []                 # no such name
    assert found("The novel by A.B.C. Smith sold well.") == []    # three initials before a surname
    assert found("Shares of A.B.C. rose.") == ["A.B.C."]           # three letters closing a phrase
    assert found("The SEATO Council met.") == []                  # written whole: the phrase matcher's
