"""A known name cut by a line break of hard-wrapped prose is found whole by the gazetteer matcher, so the
piece after the break is no name of its own ("West\\nGermany" names no Germany of today, "Saudi\\nArabia"
no one called Arabia); a paragraph's break joins nothing. Texts made up for these tests."""
import pytest

from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article

PHRASES = {"COUNTRY": ["West Germany", "Germany", "Saudi Arabia", "Ruritania"],
           "CITY": ["North Strelburg", "Strelburg"],
           "PERSON": ["Arabia"],
           "ORG": ["Organisation for Economic Cooperation and Development"]}


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), PHRASES)


def _mentions(recogniser, text):
    (r,) = recogniser.recognise([Article("a", text)])
    for m in r.mentions:
        assert text[m.start_char:m.end_char] == m.text
    return [(" ".join(m.text.split()), m.label) for m in r.mentions]


def test_a_country_cut_by_a_wrapped_line_is_one_name_and_its_last_word_none(recogniser):
    text = ("The finance minister of the smaller coalition partner criticised West\n"
            "Germany on Monday for raising its interest rates again, aides said.")
    found = _mentions(recogniser, text)
    assert not [m for m in found if m[0] == "Germany"], found
    assert [m for m in found if m[0] == "West Germany"], found


def test_the_piece_after_the_break_is_no_person_of_that_name(recogniser):
    text = ("Output at the refinery near the border with Ruritania and with Saudi\n"
            "Arabia fell by a third in March, the oil ministry said on Tuesday.")
    found = _mentions(recogniser, text)
    assert not [m for m in found if m[0] == "Arabia"], found
    assert ("Saudi Arabia", "GAZ:COUNTRY") in found or [m for m in found if m[0] == "Saudi Arabia"], found


def test_a_body_s_long_name_cut_by_a_break_is_found_whole(recogniser):
    text = ("Growth in the industrial countries will slow this year, the Organisation for Economic Cooperation and\n"
            "Development said in its half-yearly report published on Thursday.")
    found = _mentions(recogniser, text)
    assert ("Organisation for Economic Cooperation and Development", "GAZ:ORG") in found \
        or [m for m in found if m[0] == "Organisation for Economic Cooperation and Development"], found
    assert not [m for m in found if m[0] in ("Organisation for Economic Cooperation", "Development")], found


def test_a_town_cut_by_a_break_is_no_other_town_of_its_last_word(recogniser):
    text = ("The bank said it had opened a new branch office in the growing town of North\n"
            "Strelburg, its fourth in the province, and planned two more this year.")
    found = _mentions(recogniser, text)
    assert not [m for m in found if m[0] == "Strelburg"], found


def test_a_paragraph_s_break_joins_no_name(recogniser):
    text = ("Ministers from the alliance said they would meet again soon in the West\n"
            "    Germany said on Monday that it would send its finance minister to the talks.")
    doc = recogniser.nlp(text)
    spans = [" ".join(s.text.split()) for s in doc.spans["gazetteer"]]
    assert "Germany" in spans and "West Germany" not in spans, spans
