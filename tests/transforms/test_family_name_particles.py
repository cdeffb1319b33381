"""A family name that opens with a lower-case particle ("de los Angeles", "del Rosario") names no town of
its last words, also where the model cuts the given name off before the particle at a line's end; a town
of that name written as towns are is still found. Texts made up for these tests."""
import pytest

from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article

PHRASES = {"CITY": ["Los Angeles", "Rosario", "Manila"], "COUNTRY": ["Philippines", "Argentina"]}


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), PHRASES)


def _texts(recogniser, text):
    (r,) = recogniser.recognise([Article("a", text)])
    return [(" ".join(m.text.split()), m.label) for m in r.mentions]


def test_a_spanish_family_name_with_its_article_is_no_town(recogniser):
    found = _texts(recogniser, "The second suit was filed in Manila by Eduardo de los Angeles, a government "
                               "nominee on the board. De los Angeles said the sale broke the law.")
    assert not [m for m in found if m[0].lower() == "los angeles"], found
    assert ("Manila", "GPE") in found or [m for m in found if m[0] == "Manila"], found


def test_a_family_name_cut_from_its_given_name_at_a_line_s_end_is_no_town(recogniser):
    found = _texts(recogniser, "The company had agreed with its creditors to hold its debt ratio. He quoted "
                               "SMC's chief financial director Ramon\ndel Rosario as telling the board that the "
                               "transaction would\nboost the ratio.")
    assert not [m for m in found if m[0] == "Rosario"], found


def test_towns_of_those_names_are_still_found(recogniser):
    found = _texts(recogniser, "The airline will fly from Rosario to Los Angeles twice a week from June, "
                               "its chairman, Ramon Ortiz, said in Argentina.")
    texts = {t for t, _ in found}
    assert {"Rosario", "Los Angeles"} <= texts, found


def test_a_family_name_the_model_reads_as_a_place_is_no_town(recogniser):
    found = _texts(recogniser, "The suit was amended two weeks ago. In petitioning the commission, de los Angeles "
                               "amended an earlier suit in which he charged the chairman.")
    assert not [m for m in found if m[0].lower() == "los angeles"], found
