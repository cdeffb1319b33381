"""A word no source knows that makes an office's title with its neighbour ("Secretary of State", "Press
secretary", "Home Secretary") is no body; a known body before an office word keeps its link."""
from gazetteer.resolution import NameQuery, Resolution
from transforms.title_words import title_word, without_title_words

UNKNOWN = Resolution("ORG", None, None, None, None, None, 0.0, "nil")


def test_a_word_that_makes_a_title_with_its_neighbour():
    assert title_word("State", "Yesterday the Secretary of ", "would")
    assert title_word("State", "He met the Minister of ", ",")
    assert title_word("Press", "", "secretary")
    assert title_word("Home", "the ", "Secretary")


def test_a_name_or_a_title_of_its_own_is_no_title_word():
    assert not title_word("State", "the ", "Department")      # the State Department is a body
    assert not title_word("Press", "the ", "Council")
    assert not title_word("Secretary", "the ", "of")           # a title itself
    assert not title_word("Ruritania", "the Ambassador of ", "said")   # still an ambassador
    assert not title_word("Treasury", "", "Secretary")                   # still a secretary
    assert not title_word("U.N.", "the ", "secretary-general")
    assert not title_word("Bank of England", "", "governor")


def test_only_an_unknown_body_is_left_out():
    queries = [NameQuery("State", "ORG", 20, 25, "Yesterday the Secretary of ", word_after="said"),
               NameQuery("Pentagon", "ORG", 30, 38, "a ", word_after="spokesman"),
               NameQuery("Press", "PERSON", 40, 45, "", word_after="secretary")]
    pentagon = Resolution("ORG", "curated:1", "United States Department of Defense", "US", "US", None, 0.97, "alias")
    person = Resolution("PERSON", None, None, None, None, None, 0.0, "nil")
    assert without_title_words(queries, [UNKNOWN, pentagon, person]) == [None, pentagon, person]
