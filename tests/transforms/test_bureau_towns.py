"""A news outlet and its bureau's town read by the model as one body are an outlet and a town (sentences written
for these tests)."""
import spacy

from tests.span_helpers import token_span as _span
from transforms.bureau_towns import outlets_before_bureau_towns

NLP = spacy.blank("en")


def test_an_outlet_and_the_town_before_bureau_are_a_body_and_a_place():
    doc = NLP("Speaking to Reuters Brillmouth bureau chief Ivo Tallis, the minister said talks would resume.")
    ner = [_span(doc, "Reuters Brillmouth") + ("ORG",), _span(doc, "Ivo Tallis") + ("PERSON",)]
    gaz = [_span(doc, "Brillmouth") + ("GAZ:CITY",)]
    assert outlets_before_bureau_towns(doc, ner, gaz) == [_span(doc, "Reuters") + ("ORG",),
                                                          _span(doc, "Brillmouth") + ("GPE",), ner[1]]


def test_a_bureau_word_inside_the_body_goes_with_the_town():
    doc = NLP("He told TIME Brillmouth Bureau Chief Ana Vidal and the Qandar Press Agency Brillmouth bureau.")
    ner = [_span(doc, "TIME Brillmouth Bureau Chief") + ("ORG",),
           _span(doc, "the Qandar Press Agency Brillmouth") + ("ORG",)]
    starts = [i for i, t in enumerate(doc) if t.text == "Brillmouth"]
    gaz = [(i, i + 1, "GAZ:CITY") for i in starts]
    assert outlets_before_bureau_towns(doc, ner, gaz) == [
        _span(doc, "TIME") + ("ORG",), (starts[0], starts[0] + 1, "GPE"),
        _span(doc, "the Qandar Press Agency") + ("ORG",), (starts[1], starts[1] + 1, "GPE")]


def test_a_station_named_by_its_town_or_a_town_without_a_bureau_keeps_the_body():
    doc = NLP("Radio Brillmouth bureau staff left. The Qandar Brillmouth office opened. Reuters Brillmouth said so.")
    starts = [i for i, t in enumerate(doc) if t.text == "Brillmouth"]
    gaz = [(i, i + 1, "GAZ:CITY") for i in starts]
    ner = [(starts[0] - 1, starts[0] + 1, "ORG"), (starts[1] - 1, starts[1] + 1, "ORG"),
           (starts[2] - 1, starts[2] + 1, "ORG")]
    # a broadcaster's generic word alone before the town; no bureau's word after the town
    assert outlets_before_bureau_towns(doc, ner, gaz) == ner
