"""A body named once in full and then by its head word alone is the same body: "the President of the
European Commission ... The Commission reported on talks in Tokyo", "the Council of the European Union
met, and the Council agreed".

News and parliamentary records name a body in full once and then by the word that says what kind of body
it is. Alone, "Commission" or "Council" is no one's name (the gazetteer rightly leaves it unknown); a reader
takes the body the text has named with that word. A one-word capitalised name that the resolver left
unknown is the body named earlier in the article whose name, as the text wrote it, ends in that word
("European Commission") or has it before its "of" ("Council of the European Union"), when that is the one
body of that head word the article has named and the gazetteer knows it. Two such bodies ("the European Commission" and "the
Commission of the African Union") leave it unknown, and so does a head word no body named before has.
"The Government" and "the House" are left to the readings of a debate's own government and chamber
(transforms/home_government.py, transforms/home_house.py), and "the Embassy" to the missions' readings: a
story of an expulsion names the missions of both states ("the Soviet Embassy" in Washington, then "In
telegram 18358 from Moscow, the Embassy reported", the American one).
"""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.model import normalise
from gazetteer.resolution import Resolution

MIN_HEAD_CHARS = 4
_LEFT_TO_OTHERS = frozenset({"government", "house"})
_PAIRING = frozenset({"and", "&"})   # "Tariffs and Trade": the last word is the pair's second
_MISSION_WORDS = frozenset({"embassy", "embassies", "consulate", "legation", "mission", "chancery"})


def head_words(name: str) -> set:
    """The words of a body's name, as written, that say what kind of body it is: the last word, and the
    word before the first "of" ("Council" of "Council of the European Union"). A last word after "and" is
    the second of a pair the name's preposition governs, no kind of body: "Trade" of "General Agreement on
    Tariffs and Trade", "Development" of "Bank for Reconstruction and Development"."""
    words = normalise(name).split()
    heads = {words[-1]} if words and (len(words) < 2 or words[-2] not in _PAIRING) else set()
    if "of" in words[1:]:
        heads.add(words[words.index("of", 1) - 1])
    return heads


def _bare_head(text: str) -> Optional[str]:
    word = text.strip()
    if len(word) < MIN_HEAD_CHARS or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return None
    key = normalise(word)
    return None if key in _LEFT_TO_OTHERS or key in _MISSION_WORDS else key


def bodies_by_head_word(queries: Sequence, answers: list) -> list:
    """`answers` (one per query, in reading order) with each unknown one-word body name that is the head
    word of exactly one known body named before it given that body (module doc)."""
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_id is not None or a.entity_type not in ("ORG", "OTHER"):
            continue
        key = _bare_head(q.text)
        if key is None:
            continue
        named = {}   # the bodies named before with that head word, known or not
        for j in range(i):
            b = out[j]
            if b is not None and b.entity_type in ("ORG", "OTHER") and " " in queries[j].text.strip() \
                    and key in head_words(queries[j].text):
                named[b.entity_id or "unknown:" + normalise(queries[j].text)] = b
        if len(named) == 1:
            (body,) = named.values()
            if body.entity_id is not None and body.entity_type == "ORG":
                out[i] = body._replace(method="coref", score=min(body.score, 0.85))
    return out
