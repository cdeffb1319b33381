"""Lists of expelled people by rank that the parser begins as an apposition ("the attache, a counsellor and two clerks").

A singular title followed by a comma and a coordination of further titles is read by the parser as the title with
an apposition: "expelled the military attache, a first secretary and two third secretaries" hangs "secretary" on
"attache" as an apposition and "secretaries" on it as a conjunct. One person is not "a first secretary and two third
secretaries", nor a first and a third secretary at once: such an apposition is the next items of a list, each a person
(or counted people) of the mission. A true apposition describes its noun ("the ambassador, a career diplomat and
former minister"): a word that is no post of a mission, or an item without its own article or number, keeps it one.
"""
from __future__ import annotations

from transforms.expulsions.parse_words import MISSION_FAMILY, MISSION_SERVICE, PERSONNEL, normalise

_OWN_MARKS = ("det", "nummod", "poss")
_DESCRIBING = frozenset({"diplomat", "envoy", "emissary", "spy"})   # "the ambassador, a career diplomat and a former
# consul": words that describe one person as well as they count people, listed only when counted or repeated


def _post(tok) -> bool:
    """A post or service of a mission, or a spouse of its people, by the noun's own word ("secretary", "clerks")."""
    w = normalise(tok.text)
    return tok.pos_ == "NOUN" and (w in PERSONNEL or w.rstrip("s") in PERSONNEL or w in MISSION_SERVICE or
                                   w in MISSION_FAMILY)


def _marked(tok) -> bool:
    """The item has its own article, number or possessive ("a counsellor", "two clerks", "his deputy")."""
    return any(c.dep_ in _OWN_MARKS for c in tok.children)


def ranks_listed(title, apposed) -> bool:
    """Is `apposed`, an apposition of the singular title `title` ("the Freedonian attache"), the rest of a list of
    posts ("..., a counsellor and two clerks")? Every item, the apposition and its conjuncts, is a post of a mission
    with its own article or number, an "and" closes them, and the items cannot be one person: a conjunct counted
    ("two clerks"), two items of the same post ("a first secretary and a third secretary"), or ranks only, no word
    that describes a person ("a career diplomat")."""
    if title.tag_ != "NN" or apposed.dep_ != "appos" or apposed.head != title or not _post(title):
        return False
    items, todo = [], [apposed]
    while todo:
        t = todo.pop(0)
        items.append(t)
        todo += [c for c in t.children if c.dep_ == "conj"]
    if len(items) < 2 or not all(_post(t) and _marked(t) for t in items):
        return False
    if not any(c.dep_ == "cc" and normalise(c.text) == "and" for t in items for c in t.children):
        return False
    counted = any(c.dep_ == "nummod" for t in items[1:] for c in t.children)
    posts = [t.lemma_.lower() for t in items]
    return counted or len(set(posts)) < len(posts) or not any(p in _DESCRIBING for p in posts)
