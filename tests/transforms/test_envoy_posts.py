"""An envoy's post named between the title and the name is a place of its own, and the rest the envoy's
name (sentences written for these tests)."""
import spacy

from tests.span_helpers import token_span as _span
from transforms.envoy_posts import envoys_after_posts

NLP = spacy.blank("en")


def test_a_post_and_an_envoy_read_as_one_body_are_a_place_and_a_person():
    doc = NLP("Qandaria's Ambassador in Brillmouth Ivo Tallis was summoned on Monday.")
    ner = [_span(doc, "Brillmouth Ivo Tallis") + ("ORG",)]
    gaz = [_span(doc, "Brillmouth") + ("GAZ:CITY",)]
    assert envoys_after_posts(doc, ner, gaz) == [_span(doc, "Brillmouth") + ("GPE",),
                                                 _span(doc, "Ivo Tallis") + ("PERSON",)]
    ner = [_span(doc, "Brillmouth Ivo Tallis") + ("PERSON",)]   # the model's person with the post in it
    assert envoys_after_posts(doc, ner, gaz) == [_span(doc, "Brillmouth") + ("GPE",),
                                                 _span(doc, "Ivo Tallis") + ("PERSON",)]


def test_a_post_only_the_gazetteer_saw_before_an_envoy_the_model_found_is_a_place_of_its_own():
    doc = NLP("Qandaria declared its ambassador to Brillmouth Ivo Tallis persona non grata.")
    ner = [_span(doc, "Ivo Tallis") + ("PERSON",)]
    gaz = [_span(doc, "Brillmouth") + ("GAZ:CITY",)]
    assert envoys_after_posts(doc, ner, gaz) == [_span(doc, "Brillmouth") + ("GPE",)] + ner


def test_no_envoy_title_or_no_name_after_the_place_leaves_the_span():
    doc = NLP("He flew to Brillmouth Ivo Tallis. The envoy to Brillmouth Port Trust spoke. "
              "The ambassador to Brillmouth Telecom said so.")
    starts = [i for i, t in enumerate(doc) if t.text == "Brillmouth"]
    gaz = [(i, i + 1, "GAZ:CITY") for i in starts]
    ner = [(starts[0], starts[0] + 3, "ORG"), (starts[1], starts[1] + 3, "ORG"), (starts[2], starts[2] + 2, "ORG")]
    # no envoy's title before "to"; a body's words after the place; one word after it
    assert envoys_after_posts(doc, ner, gaz) == ner


def test_a_state_closing_an_office_title_and_the_holder_read_as_one_body_are_a_place_and_a_person():
    doc = NLP("He met the Minister for Foreign Affairs of Qandaria Ivo Tallis and the President of Qandaria "
              "Maren Obst Halloway.")
    starts = [i for i, t in enumerate(doc) if t.text == "Qandaria"]
    gaz = [(i, i + 1, "GAZ:COUNTRY") for i in starts]
    ner = [(starts[0], starts[0] + 3, "ORG"), (starts[1], starts[1] + 4, "ORG")]
    assert envoys_after_posts(doc, ner, gaz) == [(starts[0], starts[0] + 1, "GPE"), (starts[0] + 1, starts[0] + 3, "PERSON"),
                                                 (starts[1], starts[1] + 1, "GPE"), (starts[1] + 1, starts[1] + 4, "PERSON")]


def test_a_state_after_no_office_title_or_before_a_bodys_words_keeps_the_span():
    doc = NLP("He visited the Embassy of Qandaria Ivo Tallis. The Minister of Qandaria Port Trust spoke. "
              "The Minister of Qandaria Telecom spoke.")
    starts = [i for i, t in enumerate(doc) if t.text == "Qandaria"]
    gaz = [(i, i + 1, "GAZ:COUNTRY") for i in starts]
    ner = [(starts[0], starts[0] + 3, "ORG"), (starts[1], starts[1] + 3, "ORG"), (starts[2], starts[2] + 2, "ORG")]
    # an embassy is no office; a body's words after the state; one word after it
    assert envoys_after_posts(doc, ner, gaz) == ner


def test_an_envoy_the_model_missed_after_the_post_it_found_is_a_person():
    doc = NLP("Ruritania's ambassador to\nBrillmouth Ivo Tallis met the minister on Tuesday.")
    ner = [_span(doc, "Brillmouth") + ("GPE",)]
    gaz = [_span(doc, "Brillmouth") + ("GAZ:CITY",)]
    assert envoys_after_posts(doc, ner, gaz) == ner + [_span(doc, "Ivo Tallis") + ("PERSON",)]
    assert envoys_after_posts(doc, [], gaz) == [_span(doc, "Brillmouth") + ("GPE",),
                                                _span(doc, "Ivo Tallis") + ("PERSON",)]


def test_no_envoy_is_made_of_one_word_of_capitals_running_on_or_a_body_s_words():
    doc = NLP("The envoy to Brillmouth Tuesday said nothing. The Ambassador To Brillmouth Said He Would Leave Soon. "
              "The envoy to Brillmouth Port Trust spoke.")
    starts = [i for i, t in enumerate(doc) if t.text == "Brillmouth"]
    gaz = [(i, i + 1, "GAZ:CITY") for i in starts]
    ner = [(i, i + 1, "GPE") for i in starts]
    assert envoys_after_posts(doc, ner, gaz) == ner
