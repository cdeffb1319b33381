"""Names in texts written all in capitals (wire scripts, old cables): the model reads a recased copy."""
import pytest

from transforms import recognise as recognise_module
from transforms.capitals_case import EnglishWords, capitals_blocks, recased_for_names
from transforms.records import Article
from transforms.recognise import EntityRecogniser, load_spacy_model

SCRIPT = ("INTRO: HUNDREDS OF FARMERS MARCHED THROUGH THE RURITANIAN CAPITAL STRELSAU ON MONDAY. CORRESPONDENT "
          "MARTA VOLKOVA SAID THE FARMERS WANTED OPPOSITION LEADER DMITRI KAZANTSEV FREED. KAZANTSEV WAS ARRESTED IN "
          "NEW YORK LAST MONTH, AND NATO OFFICIALS SAID RURITANIA'S DEMANDS WOULD BE HEARD.")

CABLE = ("SUBJECT: CALL ON RURITANIAN CHARGE\n1. (C - ENTIRE TEXT.)\n2. AS AGREED, I CALLED ON THE CHARGE TO GIVE HIM "
         "A RUNDOWN ON THE TALKS.\nHE SAID FOREIGN MINISTER ANDREJ BRENNIGAN WILL ATTEND THE MEETING WITH HIS DEPUTY "
         "TOMAS VERHOLT.\nI TOLD HIM THE SECRETARY WOULD WANT TO MEET THEM.")

PHRASES = {"COUNTRY": ["Ruritania", "RURITANIA"], "NORP": ["Ruritanian", "RURITANIAN"],
           "CITY": ["Strelsau", "STRELSAU", "New York"], "ORG": ["NATO"]}


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model(exclude=())   # the worker's pipeline keeps the lemmatizer (its English words)


@pytest.fixture(scope="module")
def recogniser(nlp):
    return EntityRecogniser(nlp, PHRASES)


def _mentions(rec, text):
    (r,) = rec.recognise([Article("a", text)])
    for m in r.mentions:
        assert text[m.start_char:m.end_char] == m.text   # the user sees the text as written
    return [(m.start_char, m.end_char, m.text, m.label) for m in r.mentions]


def test_a_paragraph_in_capitals_is_found_and_a_headline_or_ordinary_text_is_not():
    assert capitals_blocks(SCRIPT) == [(0, len(SCRIPT))]
    assert capitals_blocks(CABLE) == [(0, len(CABLE))]
    story = ("13 EXPELLED FROM RURITANIA\n\nStrelsau has expelled 13 diplomats, the Ruritanian foreign ministry said on "
             "Monday. NATO officials said the expulsions would be discussed in New York.")
    assert capitals_blocks(story) == []
    mixed = story + "\n\n" + SCRIPT
    assert capitals_blocks(mixed) == [(len(story) + 2, len(mixed))]


def test_the_copy_keeps_known_names_and_acronyms_lowers_english_words_and_capitalises_other_words(nlp):
    english = EnglishWords.of(nlp)
    text = "CORRESPONDENT MARTA VOLKOVA SAID NEW YORK AND NATO WORKERS TOOK RURITANIA'S SIDE. THE TALKS ENDED."
    names = [(text.index("NEW YORK"), text.index("NEW YORK") + 8), (text.index("NATO"), text.index("NATO") + 4),
             (text.index("RURITANIA"), text.index("RURITANIA") + 9)]
    copy = recased_for_names(text, [(0, len(text))], names, frozenset({"Ruritania", "New York"}), english,
                             nlp.Defaults.stop_words)
    assert len(copy) == len(text)
    assert copy == "Correspondent Marta Volkova said New York and NATO workers took Ruritania's side. The talks ended."


def test_names_in_a_script_in_capitals_are_found_whole_and_common_words_are_no_names(recogniser):
    found = _mentions(recogniser, SCRIPT)
    texts = {t for _, _, t, _ in found}
    assert {"MARTA VOLKOVA", "DMITRI KAZANTSEV", "STRELSAU", "NEW YORK", "NATO"} <= texts
    for word in ("SAID", "NEW", "OPPOSITION", "LEADER", "FARMERS", "CORRESPONDENT", "HUNDREDS", "MONDAY"):
        assert word not in texts, word


def test_names_in_a_cable_in_capitals_are_found(recogniser):
    texts = {t for _, _, t, _ in _mentions(recogniser, CABLE)}
    assert {"ANDREJ BRENNIGAN", "TOMAS VERHOLT"} <= texts
    for word in ("SUBJECT", "AGREED", "ATTEND", "CHARGE", "SECRETARY", "FOREIGN MINISTER"):
        assert word not in texts, word


def test_a_text_in_ordinary_case_gives_the_same_mentions_as_the_model_alone(recogniser, monkeypatch):
    story = ("13 EXPELLED FROM RURITANIA\n\nStrelsau has expelled 13 diplomats, Foreign Minister Andrej Brennigan "
             "said on Monday. NATO officials said the expulsions would be discussed in New York.")
    found = _mentions(recogniser, story)
    monkeypatch.setattr(recognise_module, "capitals_blocks", lambda text: [])   # no copy read at all
    assert _mentions(recogniser, story) == found


def test_a_short_text_all_in_capitals_is_read_as_one_block():
    """A one-line cable or wire flash in capitals has no text in ordinary case for it to head: it is read recased,
    however short; a short heading over a story in ordinary case is not."""
    line = "MOSCOW, APRIL 3 - BRENNIGAN MET VERHOLT IN STRELSAU TODAY, TASS SAID."
    assert capitals_blocks(line) == [(0, len(line))]
    assert capitals_blocks("BRENNIGAN\n\nBrennigan met Verholt in Strelsau on Monday, Tass said.") == []


def test_a_famous_name_english_lists_as_a_noun_keeps_its_capital_in_the_copy(nlp):
    """The lemmatizer's index lists famous people and places as nouns ("gromyko", "mao", "kremlin"): a word of a
    known name that English holds only as a noun is a name in the copy; one that is an adjective or a verb too
    ("BROWN", "MAJOR") and other nouns ("CHAIRMAN") are lower case."""
    english = EnglishWords.of(nlp)
    text = "CHAIRMAN GROMYKO MET MAO AND MAJOR BROWN IN THE KREMLIN."
    copy = recased_for_names(text, [(0, len(text))], [], frozenset({"Kremlin"}), english, nlp.Defaults.stop_words,
                             frozenset({"Gromyko", "Mao", "Major", "Brown"}))
    assert copy == "Chairman Gromyko met Mao and major brown in the Kremlin."


def test_leaders_in_a_wire_line_in_capitals_are_found():
    rec = EntityRecogniser(load_spacy_model(exclude=()), {"PERSON": ["Andrey Gromyko", "Dmitriy Ustinov"],
                                                          "ORG": ["TASS"]})
    line = "MOSCOW, APRIL 3 - CHERNENKO MET GROMYKO AND USTINOV IN THE KREMLIN TODAY, TASS SAID."
    texts = {t for _, _, t, _ in _mentions(rec, line)}
    assert {"GROMYKO", "USTINOV"} <= texts, texts
