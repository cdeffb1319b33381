"""A text wrapped with blank lines (a PDF's lines, each followed by an empty one) is read as
wrapped prose: a name cut by a blank line is one name, and the offsets stay the text's. Texts
of real paragraphs keep their blank lines. Texts made up for these tests."""
import pytest

from transforms.blank_line_wrap import blank_line_wrapped, unwrap
from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article

WRAPPED = ("The expulsion of foreign diplomats from Ruritania went on\n\nthroughout the year. In March the "
           "government in Strel\n\nordered two attaches of the Qandarian embassy to leave, and\n\nin May the "
           "foreign minister, Ivo Andrascu, told the\n\nambassador of the United\n\nStates that three more "
           "would follow. The ambassador, Peter\n\nHallworth, said he regretted the decision, which came\n\n"
           "after a long dispute over the trade mission in the\n\nport of Vlenk and its staff of forty\n\n"
           "people, most of them engineers.\n")
PARAGRAPHS = ("Mr. Pellowes\n\nasked the Secretary of State what representations he has made to the "
              "Government of Ruritania about the expulsion of two British diplomats.\n\nMr. Harker\n\n"
              "Strict limits apply to the staff of the Ruritanian Embassy in London, and we have told the "
              "Ruritanian Government so.\n\nMr. Pellowes\n\nWill the Minister say more?\n\nMr. Harker\n\n"
              "No, Sir.\n")


def test_a_text_wrapped_with_blank_lines_is_told_from_one_of_paragraphs():
    assert blank_line_wrapped(WRAPPED)
    assert not blank_line_wrapped(PARAGRAPHS)
    assert unwrap(PARAGRAPHS) == PARAGRAPHS
    unwrapped = unwrap(WRAPPED)
    assert len(unwrapped) == len(WRAPPED)
    assert "United \nStates" in unwrapped and "Peter \nHallworth" in unwrapped
    assert "people, most of them engineers." in unwrapped
    # a line that ends a sentence keeps its blank line
    assert unwrap("A line ends here.\n\nAnother starts\n\n" * 5 + "more\n\nand more\n\n" * 4).count("here.\n\n") == 5


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Ruritania", "United States"]})


def test_names_cut_by_a_blank_line_are_whole_and_offsets_are_the_texts(recogniser):
    (r,) = recogniser.recognise([Article("a", WRAPPED)])
    for m in r.mentions:
        assert WRAPPED[m.start_char:m.end_char] == m.text
    texts = {" ".join(m.text.split()) for m in r.mentions}
    assert "Peter Hallworth" in texts, texts
    assert "United States" in texts, texts
    (r,) = recogniser.recognise([Article("b", PARAGRAPHS)])
    assert not any("\n" in m.text for m in r.mentions)
