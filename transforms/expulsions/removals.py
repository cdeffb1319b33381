"""A state removing another state's people: "Slovakia announced that it was removing three Russian embassy staff",
"in response to Norway's removal of a Russian diplomat". "Remove" and "removal" name one's own people's withdrawal
when asked for ("asked Freedonia to remove its envoy": triggers_parse, the "withdraw" and "removal" kinds); with
people of a nationality named on them, and no one's own ("its", "their"), they name an expulsion. Who removes them
is read as for "expel" (the verb's subject, the noun's possessive); a state removing its own nationals is no
expulsion (the extractor drops an event whose expelling and expelled states are one).
"""
from __future__ import annotations

from transforms.expulsions.parse_words import MISSIONS, PERSONNEL, WEAK_PERSONNEL, lemma, normalise

_OWN = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _foreign_people(noun) -> bool:
    """Diplomats (a personnel word, or staff of a mission: "embassy staff") with a capitalised nationality modifier
    before them ("three Russian embassy staff", "a Russian diplomat") and no possessive of their own ("its Russian
    staff"). "three Freedonian officials" (of no mission) are not read."""
    words = {lemma(noun), normalise(noun.text), noun.lemma_.lower()}
    mission = any(c.dep_ == "compound" and normalise(c.text) in MISSIONS for c in noun.children)
    if not (words & PERSONNEL or words & WEAK_PERSONNEL and mission):
        return False
    if any(c.dep_ == "poss" or normalise(c.text) in _OWN for c in noun.children):
        return False
    mods = list(noun.children) + [m for c in noun.children if c.dep_ == "compound" and normalise(c.text) in MISSIONS
                                  for m in c.children]   # "three Russian embassy staff": the name on "embassy"
    return any(c.dep_ in ("amod", "compound") and noun.sent.start < c.i < noun.i and c.text[:1].isupper()
               and normalise(c.text) not in MISSIONS for c in mods)


def removes_foreign_people(verb) -> bool:
    """Is `verb` an active "remove" whose object is people of a nationality ("was removing three Russian embassy
    staff")?"""
    if not {lemma(verb), verb.lemma_.lower()} & {"remove"} or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and _foreign_people(c) for c in verb.children)


def removal_of_foreign_people(noun) -> bool:
    """Is `noun` a "removal" with a state's possessive and people of a nationality after "of" ("Norway's removal of
    a Russian diplomat")?"""
    if normalise(noun.text) not in ("removal", "removals") or \
            not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
        return False
    return any(c.dep_ == "prep" and normalise(c.text) == "of" and
               any(o.dep_ == "pobj" and _foreign_people(o) for o in c.children) for c in noun.children)
