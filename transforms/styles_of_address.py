"""Styles of address before a person's name, read from spelling alone: the name is the words after them.

Communiqués, state media and protocol lists put a style before the name that only a person takes:
His or Her Excellency ("H.E."), the Malaysian styles ("YAB", "Y.M.", "YAM", "Tun", "Dato'", "Datuk",
"Tan Sri") and the West African and Malay pilgrim's styles ("Alhaji", "Haji"), often with a rank or
title after them ("H.E. Air Chief Marshal Siddhi Savetsila", "YAB Tun Haji Abdul Razak bin Hussein",
"His Excellency Mr. Ali Alatas"). The model reads such runs as a body ("H.E. Tengku Ahmad" ORG), cuts
the name ("Savetsila" alone) or keeps the style in it ("Alhaji Abubakar Atiku"). The Commonwealth's styles ("the Honourable Kamla Persad-Bissessar", "The Most
Honourable Portia Simpson-Miller", "Dr. the Honourable Kenny D. Anthony"), which the model reads as a body or
leaves out, open a name too, but only a full one (two name words or more) that names no body or seat ("the
Honourable East India Company", "the Honourable Member for Bristol"). `styled_names` makes
the words after the style, ranks and titles the person's span, in place of whatever the model read
over them.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from transforms.honorific_spans import BODY_WORDS
from transforms.name_spans import NAME_PARTICLES, PERSON_TITLES

# One-word styles only a person takes (lower case, no final dot; "Dato'" is "dato" then an apostrophe).
STYLES = frozenset({"h.e", "y.m", "yam", "y.a.m", "yab", "y.a.b", "y.b", "y.b.m", "ybm", "dato",
                    "datuk", "datin", "alhaji", "alhaja", "alhajji", "hajia", "haji", "hajjah"})
# Styles that follow another style and open no name alone ("YAB Tun Haji Abdul Razak"; "Tun" alone also
# begins Burmese names: "Tun Tin").
FOLLOWING_STYLES = frozenset({"tun"})
# Styles that also stand before the names of bodies ("the Honourable East India Company") and before a
# member's seat in a debate ("the Honourable Member for Bristol"): a person's only before a full name.
HONOURABLE = frozenset({"honourable", "honorable"})
# Words that make the words after such a style no person's name.
_NOT_A_PERSON = frozenset({"member", "members", "gentleman", "gentlemen", "lady", "ladies", "friend", "friends",
                           "company", "society", "house", "court", "artillery", "board", "association"})
# Styles of two words: "His Excellency", "Tan Sri", "Toh Puan", the pilgrim's "El Hadj" ("Al-Hajj" with a hyphen).
STYLE_PAIRS = frozenset({("his", "excellency"), ("her", "excellency"), ("tan", "sri"), ("toh", "puan"),
                         ("el", "hadj"), ("el", "hadji"), ("al", "hajj")})
# Ranks of several words that stand before a name after a style ("H.E. Air Chief Marshal Siddhi
# Savetsila"); a rank alone opens no name here (only a style does).
RANKS = (("air", "chief", "marshal"), ("air", "vice", "marshal"), ("air", "marshal"), ("field", "marshal"),
         ("rear", "admiral"), ("vice", "admiral"), ("major", "general"), ("lieutenant", "general"),
         ("brigadier", "general"), ("lieutenant", "colonel"), ("admiral",), ("marshal",), ("brigadier",),
         ("colonel",), ("commodore",), ("seri",), ("sri",))
_MAX_NAME_WORDS = 6
_INITIAL = re.compile(r"^[A-Z]\.$")   # a middle initial: "Carlos P. Romulo"


def _key(text: str) -> str:
    return text.lower().rstrip(".")


def _style_at(doc: Doc, i: int, following: bool = False) -> int:
    """The number of tokens of a style starting at token i (0: none). A style is written capitalised;
    `following`: after another style, where "Tun" is one too."""
    tok = doc[i]
    if not tok.text[:1].isupper():
        return 0
    if _key(tok.text) in STYLES or _key(tok.text) in HONOURABLE or following and _key(tok.text) in FOLLOWING_STYLES:
        return 2 if i + 1 < len(doc) and doc[i + 1].text in ("'", "’") else 1
    if i + 1 < len(doc) and (tok.lower_, doc[i + 1].lower_) in STYLE_PAIRS and doc[i + 1].text[:1].isupper():
        return 2
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_ and not doc[i + 1].whitespace_ \
            and (tok.lower_, doc[i + 2].lower_) in STYLE_PAIRS and doc[i + 2].text[:1].isupper():
        return 3   # "Al-Hajj"
    return 0


def _rank_at(doc: Doc, i: int) -> int:
    for rank in RANKS:
        if i + len(rank) <= len(doc) and all(doc[i + k].lower_ == w and doc[i + k].text[:1].isupper()
                                             for k, w in enumerate(rank)):
            return len(rank)
    return 0


def _name_word(text: str) -> bool:
    return (len(text) >= 2 and text[0].isupper() and text.replace("-", "").replace("'", "").isalpha()
            and text.lower() not in STOP_WORDS and _key(text) not in PERSON_TITLES)


def _inside_a_name(doc: Doc, i: int) -> bool:
    """Is the style at token i part of a name rather than before one: after a name particle ("Abu Hassan
    bin Haji Omar"), or a pilgrim's style after a name word ("Mohammed Haji Omar", "Ahmed El Hadj Omar")?"""
    before = doc[i - 1].text
    last = _key(doc[i + _style_at(doc, i) - 1].text)
    return before in NAME_PARTICLES or last.startswith(("haj", "hadj")) and _name_word(before)


def styled_span(doc: Doc, i: int, institution_words=frozenset()):
    """(start, end) of the name after the style that starts at token i, or None: past further styles,
    ranks and titles, one to six name words, lower-case name particles and middle initials between them
    ("bin", "P."). None when a body's or a building's word is among those words or right after them: the
    person's name is that of an airport, a mosque or a foundation ("El Hadj Omar Bongo Ondimba
    International Airport", honorific_spans.BODY_WORDS, and `institution_words`)."""
    n = _style_at(doc, i)
    if not n or i > 0 and _inside_a_name(doc, i):
        return None
    s = i + n
    while s < len(doc):
        step = _style_at(doc, s, following=True) or _rank_at(doc, s) or (1 if _key(doc[s].text) in PERSON_TITLES
                                                          or doc[s].text == "." else 0)
        if not step:
            break
        s += step
    e = s
    while e < len(doc) and e - s < _MAX_NAME_WORDS and "\n" not in doc[e - 1].whitespace_:
        word = doc[e].text
        if _name_word(word):
            e += 1
        elif (word.islower() and word in NAME_PARTICLES or _INITIAL.match(word)) and e > s \
                and e + 1 < len(doc) and _name_word(doc[e + 1].text):
            e += 1   # "Abu Hassan bin Haji Omar", "Carlos P. Romulo"
        elif word in ("-", "‐", "‑") and e > s and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
                and e + 1 < len(doc) and _name_word(doc[e + 1].text):
            e += 1   # a double surname the tokenizer split at its hyphen ("Portia Simpson-Miller")
        else:
            break
    if e > s and _key(doc[i].text) in HONOURABLE and (
            e - s < 2 or any(doc[k].lower_ in _NOT_A_PERSON for k in range(s, e))):
        return None   # "the Honourable Member for Bristol", "the Honourable East India Company"
    if any(doc[k].text[:1].isupper() and (doc[k].lower_ in BODY_WORDS or doc[k].lower_ in institution_words)
           for k in range(s, min(e + 1, len(doc)))):
        return None   # "Alhaji Aminu Kano International Airport": a building named after the person
    return (s, e) if e > s else None


def styled_names(doc: Doc, spans: list, institution_words=frozenset()) -> tuple:
    """`spans` ((start, end, label) of the model's names) with each name after a style of address as a
    person's span of its own: the model's spans that overlap the style or the name give way to it
    ("H.E. Tengku Ahmad Rithauddeen" read as a body, "Alhaji Abubakar Atiku" with its style). Also the
    tokens of the styles, ranks and titles, which no other name may take ("Air" of "Air Chief Marshal")."""
    styled = []
    i = 0
    while i < len(doc):
        found = styled_span(doc, i, institution_words)
        if found:
            styled.append((i, found[0], found[1]))
            i = found[1]
        else:
            i += 1
    if not styled:
        return spans, set()
    kept = [(s, e, lab) for s, e, lab in spans
            if not any(s < end and a < e for a, _, end in styled)]
    styles = {t for a, s, _ in styled for t in range(a, s)}
    return sorted(kept + [(s, e, "PERSON") for _, s, e in styled]), styles
