"""A known name whose last word the tokenizer keeps with its stop as an abbreviation ("Sen.") at a sentence's
end is found whole (transforms/name_end_stops.py); sentences written for these tests."""
import pytest

from transforms.name_end_stops import abbreviations, names_ending_in, split_name_end_stops
from transforms.recognise import worker_spacy_model


@pytest.fixture(scope="module")
def nlp():
    return worker_spacy_model()


@pytest.fixture(scope="module")
def names(nlp):
    return names_ending_in([["Dara", "Sen"], ["Lo", "Gen"], ["Dara", "Vong"], ["Quarry"]], abbreviations(nlp.tokenizer))


def words(nlp, names, text):
    return [t.text for t in split_name_end_stops(nlp.make_doc(text), names)]


def test_the_stop_is_cut_off_a_known_name_that_ends_a_sentence(nlp, names):
    assert names == {"Sen": [("Dara",)], "Gen": [("Lo",)]}
    assert words(nlp, names, "The envoy met Dara Sen. The talks ended.")[3:6] == ["Dara", "Sen", "."]
    assert words(nlp, names, "They thanked Lo Gen.")[-3:] == ["Lo", "Gen", "."]


def test_an_abbreviation_before_a_name_or_after_no_known_name_keeps_its_stop(nlp, names):
    assert "Sen." in words(nlp, names, "Sen. Dara spoke, and Democratic Sen. Ola Quarry agreed.")
    assert "Sen." in words(nlp, names, "The envoy met Tola Sen. The talks ended.")
