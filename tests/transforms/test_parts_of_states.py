"""A compass word and a state's name that another state's formal name lists among its parts ("Northern
Ireland" of "the United Kingdom of Great Britain and Northern Ireland") names no mention of that state;
other parts of a state ("Eastern Ukraine") still name it. Texts made up for these tests."""
import pytest

from transforms.parts_of_states import parts_of_states
from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article

COUNTRIES = ["Ireland", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "Ukraine",
             "Syldavia", "Ruritania", "Union of Ruritania, Upper Borduria and Eastern Syldavia", "South Sudan",
             "Republic of South Sudan", "Sudan"]


def test_the_parts_are_read_from_formal_names_that_join_them():
    assert parts_of_states(COUNTRIES) == {"northern ireland", "eastern syldavia"}


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), {"COUNTRY": COUNTRIES})


def _texts(recogniser, text):
    (r,) = recogniser.recognise([Article("a", text)])
    return [" ".join(m.text.split()) for m in r.mentions]


def test_northern_ireland_names_no_ireland(recogniser):
    found = _texts(recogniser, "A part-time soldier was shot and seriously hurt in Northern Ireland on Tuesday "
                               "and two buses were set on fire, police said.")
    assert "Ireland" not in found, found
    found = _texts(recogniser, "A part-time soldier was shot and seriously hurt in the west of Northern\n"
                               "Ireland on Tuesday and two buses were set on fire, police said.")
    assert "Ireland" not in found, found


def test_a_part_a_formal_name_lists_names_no_other_state(recogniser):
    found = _texts(recogniser, "Protests spread across Eastern Syldavia on Monday, and the government in "
                               "Ruritania sent more police.")
    assert "Syldavia" not in found, found


def test_ireland_itself_and_other_parts_are_still_named(recogniser):
    found = _texts(recogniser, "The government of Ireland said on Monday that talks on Northern Ireland would "
                               "resume next week.")
    assert "Ireland" in found, found
    found = _texts(recogniser, "Fighting spread in Eastern Ukraine on Monday, officials said.")
    assert "Ukraine" in found, found
