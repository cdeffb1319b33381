"""When two organisation names are too different to be one organisation.

Fuzzy matching forgives a garbled or differently spelt name ("International
Labour Organisation" for the "International Labor Organization"), but most
words of an organisation's name only say what kind of body it is
(International, Organization, Ministry, Party, Council ...). What tells two
bodies apart is the rest: the "International Cocoa Organization" is not the
"International Labor Organization", however alike the two strings are. A
fuzzy link between organisations needs their distinctive words to agree, each
spelt alike on both sides; this module only vetoes.
"""
from __future__ import annotations

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from gazetteer.model import INSTITUTION_WORDS, normalise

# Words that say what kind of body a name is, not which one (besides gazetteer.model.INSTITUTION_WORDS).
GENERIC_WORDS = INSTITUTION_WORDS | {
    "international", "organization", "organisation", "organizations", "organisations", "national", "world",
    "association", "federation", "institute", "institution", "foundation", "society", "corporation", "corp",
    "inc", "ltd", "co", "foreign", "affairs", "ministry", "ministries", "party", "parties", "movement",
    "front", "alliance", "coalition", "union", "board", "bureau", "directorate", "secretariat", "centre",
    "center", "forum", "network", "programme", "program", "fund", "trust", "club", "conference", "organ",
    "body", "news", "agency", "press", "media", "broadcasting", "corporation", "general", "central",
}
WORD_MIN_RATIO = 80   # two spellings of one distinctive word ("labour"/"labor" 91, "cocoa"/"labor" 40)


def distinctive_words(name: str) -> list:
    """The words of a normalised organisation name that tell it from others of its kind."""
    return [w for w in normalise(name).split() if w not in GENERIC_WORDS and w not in STOP_WORDS and len(w) > 1]


def _covered(words: list, others: list) -> bool:
    return all(any(w == o or fuzz.ratio(w, o) >= WORD_MIN_RATIO for o in others) for w in words)


def organisations_agree(query: str, name: str) -> bool:
    """May `query` (a name in the text) be a spelling of the organisation name `name`?

    Each distinctive word of either must have a like-spelt counterpart in the other; a name of
    generic words only ("Foreign Ministry") is judged elsewhere and passes here.
    """
    a, b = distinctive_words(query), distinctive_words(name)
    if not a:
        return True
    return _covered(a, b) and _covered(b, a)


def org_lookalike(text: str, e) -> bool:
    """Is entity `e` an organisation none of whose names agrees with `text` (a fuzzy lookalike only)?"""
    return e.entity_type == "ORG" and not any(organisations_agree(text, n) for n in e.names())
