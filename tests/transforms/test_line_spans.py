"""A name never runs across a line break that ends a line of its own (a list's line, a heading):
transforms/line_spans.one_line. Lines made up for these tests."""
import spacy

from transforms.line_spans import one_line

NLP = spacy.blank("en")


def cut(text: str, span: str) -> str:
    doc = NLP(text)
    start = text.index(span)
    sp = doc.char_span(start, start + len(span), alignment_mode="expand")
    s, e = one_line(doc, sp.start, sp.end)
    return doc[s:e].text


def test_a_lists_title_ending_the_line_before_is_no_part_of_the_name():
    # a line of 25 characters or more before a long one, as wrapped prose may have, that ends in a title
    text = "Delegation:\nOskar Dral Petrovsky, Counselor\nMarta V. Velen, Assistant Secretary for European Affairs"
    assert cut(text, "Counselor\nMarta V. Velen") == "Marta V. Velen"


def test_a_heading_and_the_paragraph_after_it_are_two_names():
    text = "Ivo Sten from Tamberlin\n\nQandarian Foreign Office handed over the list of the party."
    assert cut(text, "Tamberlin\n\nQandarian Foreign Office") == "Tamberlin"
    assert cut(text, "Qandarian Foreign Office") == "Qandarian Foreign Office"


def test_a_break_at_a_names_edge_is_no_part_of_it():
    text = "Reply by the Chairperson of the Committee of Ministers\n\nI recall that the mediation is theirs."
    assert cut(text, "Committee of Ministers\n\n") == "Committee of Ministers"


def test_a_texts_shorter_first_line_before_a_long_one_is_wrapped_prose():
    text = "The White House Budget Director James\nMiller said the deficit would grow by more than ten billion dollars next year."
    assert cut(text, "James\nMiller") == "James\nMiller"


def test_a_line_of_wrapped_prose_keeps_the_name_whole():
    text = ("The talks went on into the night at the ministry, and on Tuesday President Ali\n"
            "Khamenei told the assembly that the country would not give way on the question.")
    assert cut(text, "Ali\nKhamenei") == "Ali\nKhamenei"


def test_a_lists_line_ending_in_a_title_of_two_words():
    text = "U.S.:\nMr. Helmut Brandtner, Legal Counselor\nOskar V. Dral, Jr., Ambassador to Qandaria and head of the delegation"
    assert cut(text, "Legal Counselor\nOskar V. Dral, Jr.") == "Oskar V. Dral, Jr."
