"""A stance for or against a state or people written as one hyphenated word ("an anti-Turkish position",
"pro-Soviet factions") names the state by its demonym after the hyphen (transforms/national_pairs.py).
Sentences made up for these tests."""
from transforms.national_pairs import split_national_pairs, stance_target
from transforms.records import RawMention

COUNTRIES = {"Turkey", "Soviet Union", "United States"}
DEMONYMS = {"Turkish", "Soviet", "American", "Iranian"}
NATIONAL = frozenset(COUNTRIES | DEMONYMS)


def mention(text: str, word: str, label: str = "NORP") -> RawMention:
    start = text.index(word)
    return RawMention(start, start + len(word), word, label, 0, "ner", text[max(0, start - 80):start], False, "")


def names(text: str, *words: str) -> list:
    return [(m.text, m.label, text[m.start_char:m.end_char])
            for m in split_national_pairs(text, [mention(text, w) for w in words], COUNTRIES, DEMONYMS)]


def test_against_a_people_names_the_people():
    text = "The minister saw no reason to take an anti-Turkish position in public."
    assert names(text, "anti-Turkish") == [("Turkish", "GAZ:NORP", "Turkish")]


def test_for_a_state_names_the_state_in_any_case():
    text = "Pro-Soviet factions and anti-American crowds met in the square."
    assert names(text, "Pro-Soviet", "anti-American") == [("Soviet", "GAZ:NORP", "Soviet"),
                                                         ("American", "GAZ:NORP", "American")]


def test_a_stance_towards_no_state_and_other_hyphened_words_stay():
    assert stance_target("pro-Western", NATIONAL) == -1
    assert stance_target("anti-inflation", NATIONAL) == -1
    assert stance_target("Turkish", NATIONAL) == -1
    text = "A pro-Western cabinet took office after Sino-Soviet talks."
    assert names(text, "pro-Western", "Sino-Soviet") == [("pro-Western", "NORP", "pro-Western"),
                                                         ("Sino-Soviet", "NORP", "Sino-Soviet")]


def test_a_pair_of_peoples_is_still_two_names():
    text = "American-Iranian talks resumed."
    assert [n for n, _, _ in names(text, "American-Iranian")] == ["American", "Iranian"]
