"""A page that ran its words together has its names read apart; a text without that habit keeps every word."""
import pytest

from transforms.name_spans import english_words
from transforms.recognise import EntityRecogniser, load_spacy_model
from transforms.records import Article
from transforms.run_together_words import run_together_splits, run_together_text, runs_two_words


@pytest.fixture(scope="module")
def english():
    return english_words(load_spacy_model(exclude=()))


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(exclude=()), {"COUNTRY": ["Ruritania", "Greenland"],
                                                           "NORP": ["Ruritanian"]})


def _texts(rec, text):
    (r,) = rec.recognise([Article("a", text)])
    return {m.text for m in r.mentions}


def test_the_habit_shows_in_function_words_run_into_english_words(english):
    for word in ("theywill", "fulfilltheir", "tradeand", "nationtowards"):
        assert runs_two_words(word, english), word
    # compounds, English words and forms the dictionary lacks are no run-together pairs
    for word in ("overcapacity", "underwriting", "withdrew", "payout", "refusing", "began", "media",
                 "therefore", "together", "theirs"):
        assert not runs_two_words(word, english), word
    assert run_together_text(["They", "said", "theywill", "expand", "tradeand", "investment"], english)
    assert not run_together_text(["They", "said", "theywill", "expand", "trade"], english)   # one is a typo


def test_words_of_a_run_together_text_split_at_the_names(english):
    own = {"Minh", "said"}
    cases = {"PresidentNguyen": [9], "LamAmbassador": [3], "Minhreceived": [4], "USattaches": [2],
             "Greenland": [], "BlackRock": [5], "Blackpool": [], "Minister": [], "Pyongyang": []}
    protected = frozenset({"greenland", "blackpool"})
    for word, cuts in cases.items():
        assert run_together_splits(word, own, english, protected) == cuts, word


def test_a_run_together_page_has_its_names_read_apart(recogniser):
    text = ("Hanoi - Deputy Prime Minister Tran Van Lochanded over the letters on Monday. At the talks "
            "PresidentNguyen Van Binh said that theywill expand tradeand investment with Ruritania and Greenland, "
            "and Loc said both sides agreed.")
    texts = _texts(recogniser, text)
    assert {"Tran Van Loc", "Nguyen Van Binh", "Greenland"} <= texts, texts
    assert not any(t.startswith("President") or t.endswith("handed") for t in texts), texts


def test_a_text_without_the_habit_keeps_its_words(recogniser):
    text = "BlackRock and PetroChina bought shares in Ruritania, the fund said. They will buy more."
    texts = _texts(recogniser, text)
    assert not {"Black", "Rock", "Petro"} & texts, texts
