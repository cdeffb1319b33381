"""Words as a prefix tree in one regex (gazetteer/alternation.py): the same matches as the plain alternation,
longest word first (the role titles read before a name, gazetteer/people.py `title_before`, are found with it; what it
reads is tested in tests/gazetteer/test_sovereigns.py, test_given_names.py and others)."""
import re

import pytest

from gazetteer.alternation import words_pattern

WORDS = ["vice", "vice-president", "president", "prime minister", "minister", "minister of state",
         "deputy minister", "deputy", "chargé d'affaires", "charge d'affaires", "envoy", "en"]
TEXTS = [
    "The Vice-President met the Deputy Minister of State and the deputy.",
    "Minister of State Jo Bloggs and Prime Minister Ann Other, then the vice chair.",
    "the vice-presidential race; the envoys; an en route stop; Envoy Smith",
    "CHARGÉ D'AFFAIRES Lee, then chargé d'affaires ad interim, and the charge d'affaires",
    "presidents ministers deputyship ministerial",
    "",
]


def plain(words, end, flags=re.IGNORECASE):
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in ordered) + ")" + end, flags)


def tree(words, end, flags=re.IGNORECASE):
    return re.compile(r"\b(" + words_pattern(words, end) + ")", flags)


def found(rx, text):
    return [(m.start(), m.end(), m.group(1)) for m in rx.finditer(text)]


@pytest.mark.parametrize("end", [r"\b", ""])
@pytest.mark.parametrize("text", TEXTS)
def test_the_tree_finds_what_the_longest_first_alternation_finds(text, end):
    assert found(tree(WORDS, end), text) == found(plain(WORDS, end), text)


def test_a_longer_word_is_preferred_and_a_shorter_one_taken_where_the_longer_does_not_end_a_word():
    rx = tree(WORDS, r"\b")
    assert found(rx, "the Vice-President said") == [(4, 18, "Vice-President")]
    assert found(rx, "the vice-presidency") == [(4, 8, "vice")]
    assert found(rx, "Minister of Stateless") == [(0, 8, "Minister")]


def test_words_sharing_a_start_share_one_test():
    assert words_pattern(["expel", "expulsion", "eject"], r"\b") == r"e(?:ject\b|xp(?:el\b|ulsion\b))"
    assert words_pattern(["a.b", "a"], "") == r"a(?:\.b|)"


def test_no_words_match_nothing():
    assert re.search(words_pattern([]), "anything") is None
    assert re.search(words_pattern(["", ""]), "anything") is None

