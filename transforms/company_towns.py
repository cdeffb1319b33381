"""A small town's name that the story writes as a company's (its full name's head, before its shares) is the company.

"Royex made an offer for International Corona Resources Ltd ... four mln Corona common shares ... its
interest in Corona will rise", "Montedison SpA and Hercules Inc ... the abandoning by Hercules and
Montedison": the gazetteer holds towns called Corona and Hercules, and the model reads the bare names
as places. A reader takes them as the company the story has named in full, a town of the name or not.

So a town below SMALL_TOWN people (no capital, no dateline), linked by its name, is unknown when the
story writes the same name, elsewhere, at the head of a company's name: the name, perhaps after a word
that opens many companies' names ("International", "General"), then capitalised words up to a word only
a company's name ends with ("Corona Resources Ltd", "Hercules Inc"), and no "of" before it ("Bank of
Corona" is named after the town); or right before a word of a company's shares ("Corona common shares",
"each Corona share", "Corona warrants": a town has none), as a wire story writes a company whose full
name it gave only in brackets the reader drops as markup. The town keeps its link where a preposition
of place stands right before it ("a plant near Corona"), unless a word of a holding comes before that
("its interest in Corona"), and where a comma and a capitalised word follow it ("Corona, Calif.").
Large towns ("Houston Industries Inc" ... "Houston") are left to the other rules (transforms/name_pieces.py).
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.resolution import Resolution
from transforms.alias_towns import SMALL_TOWN, _population
from transforms.company_names import COMPANY_WORDS

# words that open many companies' names without naming anything ("International Corona Resources Ltd")
OPENING_WORDS = ("International", "General", "Consolidated", "United", "National", "Amalgamated", "Allied",
                 "Associated", "Continental", "Universal", "Pacific", "Atlantic")
MAX_WORDS_TO_COMPANY_WORD = 3   # "Corona Gold Mining Resources Ltd": capitalised words before the company word
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|around|across)\s*$", re.IGNORECASE)
_HOLDING_BEFORE = re.compile(r"\b(?:interests?|stake|holdings?|pct|percent|control|investment)\s+(?:in|of)\s*$",
                             re.IGNORECASE)
_PLACED_AFTER = re.compile(r",\s*[A-Z]")


def _company_name_pattern(name: str) -> re.Pattern:
    """The name at the head of a company's name: after an opening word or none, not after "of", then up to
    MAX_WORDS_TO_COMPANY_WORD capitalised words and a company word, on wrapped lines or not."""
    openers = "|".join(OPENING_WORDS)
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(r"(?<![\w&-])(?<!\bof\s)(?:(?:%s)\s+)?%s((?:\s+[A-Z][\w&'.-]*){1,%d})"
                      % (openers, words, MAX_WORDS_TO_COMPANY_WORD + 1))


def heads_a_company_in_text(text: str, name: str) -> bool:
    """Does `text` write `name` at the head of a company's name ("Hercules Inc", "International Corona
    Resources Ltd")?"""
    for m in _company_name_pattern(name).finditer(text):
        after = [w.rstrip(".,").lower() for w in m.group(1).split()]
        if any(w in COMPANY_WORDS for w in after):
            return True
    return False


_SECURITIES_AFTER = (r"\s+(?:common\s+|preferred\s+|ordinary\s+)?"
                     r"(?:shares?|stock|warrants?|shareholders|stockholders)\b")


def names_a_company_in_text(text: str, name: str) -> bool:
    """Does `text` write `name` as a company's: at the head of a company's name, or right before a word of a
    company's shares ("Corona common shares", "each Corona share", "Corona warrants")?"""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return heads_a_company_in_text(text, name) \
        or re.search(r"(?<![\w&-])%s%s" % (words, _SECURITIES_AFTER), text) is not None


def _placed(q, text: str) -> bool:
    """Is the town placed as a town: a preposition of place right before it (no holding before that), or
    a comma and a capitalised word after it ("Corona, Calif.")?"""
    before = q.context_before or ""
    if _PLACE_BEFORE.search(before) and not _HOLDING_BEFORE.search(before):
        return True
    return bool(_PLACED_AFTER.match(text, q.end_char))


def towns_heading_companies(gaz, queries: Sequence, answers: list, text: Optional[str]) -> list:
    """`answers` with the small towns whose names the story writes at the head of a company's name left
    unknown (see the module's doc)."""
    if gaz is None or not text:
        return answers
    out = list(answers)
    heads: dict = {}
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_type != "CITY" or not a.entity_id or a.acts_for or getattr(q, "dateline", False):
            continue
        name = " ".join(q.text.split())
        if name not in heads:
            heads[name] = names_a_company_in_text(text, name)
        if not heads[name] or _placed(q, text):
            continue
        population = _population(gaz, q, a.entity_id)
        if population is not None and population < SMALL_TOWN:
            out[i] = Resolution("ORG", None, name, method="nil")
    return out
