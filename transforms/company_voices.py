"""A bare surname that an apposition makes a company's officer is no statesman of that name.

"Thatcher, a spokeswoman for the brewer, said the results were good", "Weinberger, the bank's chairman, told
analysts ...", "Regan, the company's chief financial officer, said ...": in business news the apposition right
after a surname says who the person is, and a company's spokeswoman, chairman or officer is not the prime
minister, the defence secretary or the chief of staff the article's countries and date would otherwise
point to. Such a surname, linked only by that evidence (method "context": no full name in the article, no
title before it), is left unknown, and so is every other mention of that surname the article links to that
person by the same evidence or back to it.

The apposition runs from a comma right after the name to the next comma or the sentence's end ('"We are
disappointed," said Baker, the company's sales chief.'), opens with an article or a
possessive ("a", "an", "the", "its"), and names a company: a company's common noun after "the" or "its" or
before "'s" ("the brewer", "the bank's", "its parent company's") or a company's registered name ("an analyst
with Shearson Lehman Brothers Inc"). A former post ("a former Bechtel Corp president") tells what the person
was, not who; an apposition naming an office of state ("the Treasury secretary") names no company.

A surname that speaks for "the company" ("Baker said the company would use the proceeds to cut debt") in a
story that names a company by its registered name ("Acme Industries Inc") is the company's voice too: its
spokesman or officer, whom the story did not introduce. "The bank" is left out there: a treasury secretary
or a finance minister speaks of banks ("Baker said the bank would lend more"); and one who led a state, in
office on the date or long after, may say what a company will do ("Thatcher said the company would be sold",
"Nakasone said the company would not be sold" in 1988).

A full name given a company's post ("Chairman James Baker of Baker Industries Inc", "Donald Regan, chairman of
Midwest Grain Co,", "Acme Corp president George Shultz") is no statesman of that name who held an office of
state on the story's date: a serving secretary of state chairs no company. That person's every mention the
article links to him is left unknown. The post is a company's when the words after it name a company ("of",
"at" or "with" a registered name or one ending in a company's word, gazetteer.org_names and
transforms.company_names), or the company's name stands before the title; a former post ("a former chairman
of Bechtel Group Inc") says what the person was, and a statesman out of office may well chair a company
("Chairman Donald Rumsfeld of G.D. Searle & Co" in 1985).
"""
from __future__ import annotations

import re
from typing import Sequence

from gazetteer.org_names import registered_company_name
from gazetteer.people import LEADER_ROLES
from gazetteer.resolution import Resolution
from transforms.company_names import COMPANY_WORDS

# common nouns by which a story names the company it is about ("the company", "the brewer", "the bank")
COMPANY_NOUNS = frozenset({
    "company", "companies", "firm", "bank", "bancorp", "brewer", "brewery", "distiller", "concern", "corporation",
    "utility", "airline", "carrier", "insurer", "maker", "manufacturer", "producer", "retailer", "chain", "refiner",
    "miner", "publisher", "broker", "brokerage", "partnership", "conglomerate", "subsidiary", "unit", "parent",
})
_OPENING = frozenset({"a", "an", "the", "its"})
_FORMER = frozenset({"former", "ex", "onetime", "one-time", "retired", "late"})
_APPOSITION = re.compile(r",\s+([^,.;:()\"\u201c\u201d]{3,80})(?:[,;]|\.(?:\s|$))")
_COMPANY_NOUN = re.compile(r"\b(?:the|its|their)\s+(?:\w+\s+){0,2}?(%s)\b|\b(%s)['\u2019]s\b"
                           % ("|".join(sorted(COMPANY_NOUNS)), "|".join(sorted(COMPANY_NOUNS))), re.I)
_REGISTERED = re.compile(r"(?:[A-Z][\w&.-]*\s+){1,5}[A-Z][\w.]*")


def company_apposition(text: str, end: int) -> bool:
    """Does an apposition that names a company follow the name ending at character `end` of `text`
    (see the module's doc)?"""
    m = _APPOSITION.match(text, end)
    if m is None:
        return False
    body = m.group(1)
    words = body.lower().replace("-", " ").split()
    if not words or words[0] not in _OPENING or _FORMER & set(words) or "former" in body.lower():
        return False
    if _COMPANY_NOUN.search(body):
        return True
    return any(registered_company_name(r.group(0)) for r in _REGISTERED.finditer(body))


_SPEAKS_FOR_THE_COMPANY = re.compile(r"\s+(?:said|says|added|told\s+\w+)\s+(?:that\s+)?(?:the|its)\s+(?:company|firm)\b"
                                     r"(?!['\u2019]s)")
_REGISTERED_IN_TEXT = re.compile(r"\b(?:[A-Z][\w&.-]*\s+){1,4}(?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|Cos|Bancorp)\b\.?")


def speaks_for_a_company(text: str, end: int) -> bool:
    """Does the name ending at character `end` of `text` say what "the company" will do, in a story that
    names a company by its registered name (see the module's doc)?"""
    return _SPEAKS_FOR_THE_COMPANY.match(text, end) is not None \
        and any(registered_company_name(m.group(0)) for m in _REGISTERED_IN_TEXT.finditer(text))


def _ever_led(gaz, entity_id: str) -> bool:
    """Did the person ever hold a leader's office (head of state or government, foreign minister)? Unknown
    without a gazetteer: then yes."""
    e = getattr(gaz, "by_id", {}).get(entity_id) if gaz is not None else None
    return e is None or any(r.role_key in LEADER_ROLES for r in e.roles)


def company_officers(queries: Sequence, answers: list, text: str, gaz=None) -> list:
    """`answers` with bare surnames an apposition calls a company's officer, or that speak for "the company",
    left unknown (see the module's doc); `gaz` the gazetteer, for the offices people held."""
    if not text:
        return answers
    hits = {(q.text.strip(), a.entity_id) for q, a in zip(queries, answers)
            if a is not None and a.entity_type == "PERSON" and a.entity_id and a.method == "context"
            and len(q.text.split()) == 1 and (company_apposition(text, q.end_char)
                                              or speaks_for_a_company(text, q.end_char) and not _ever_led(gaz, a.entity_id))}
    if not hits:
        return answers
    # the same surname linked to the same person again, by the same evidence or back to the first mention
    return [Resolution("PERSON", None, q.text.strip(), method="nil")
            if a is not None and (q.text.strip(), a.entity_id) in hits and a.method in ("context", "coref") else a
            for q, a in zip(queries, answers)]


# a company's posts, lower case: the words of a title before a name or in an apposition after it
COMPANY_POSTS = ("chairman", "chairwoman", "vice chairman", "president", "vice president", "vice-president",
                 "executive vice president", "senior vice president", "chief executive", "chief executive officer",
                 "chief operating officer", "chief financial officer", "managing director", "director", "treasurer",
                 "general manager", "founder", "owner", "spokesman", "spokeswoman", "analyst", "economist")
_POST = r"(?:%s)" % "|".join(sorted((re.escape(p) for p in COMPANY_POSTS), key=len, reverse=True))
_COMPANY = r"((?:[A-Z][\w&.'-]*\s+){0,5}[A-Z][\w&.-]*)"
_OF_A_COMPANY_AFTER = re.compile(r"\s+(?:of|at|with)\s+" + _COMPANY)
_POST_BEFORE = re.compile(r"(?:^|[\s(])(" + _POST + r")\s+$", re.I)
_COMPANY_POST_BEFORE = re.compile(_COMPANY + r"(?:['\u2019]s)?\s+(?:" + _POST + r")\s+$", re.I)
_POST_APPOSITION = re.compile(r",\s+(?:(?:a|an|the)\s+)?(" + _POST + r")\s+(?:of|at|with)\s+" + _COMPANY)


def _a_company(name: str) -> bool:
    words = name.rstrip(".").split()
    return registered_company_name(name) or len(words) > 1 and words[-1].lower() in COMPANY_WORDS


def company_post(text: str, start: int, end: int) -> bool:
    """Does the text give the name at characters [start, end) a company's post (see the module's doc)?"""
    before = text[max(0, start - 80):start]
    if _POST_BEFORE.search(before):
        after = _OF_A_COMPANY_AFTER.match(text, end)
        if after is not None and _a_company(after.group(1)):
            return True   # "Chairman James Baker of Baker Industries Inc"
    before_post = _COMPANY_POST_BEFORE.search(before)
    if before_post is not None and not re.search(r"\b(?:former|ex)\b", before_post.group(0), re.I) \
            and _a_company(before_post.group(1).split("'")[0].split("\u2019")[0]):
        return True       # "Acme Corp president George Shultz"
    appositive = _POST_APPOSITION.match(text, end)
    return appositive is not None and _a_company(appositive.group(2))   # "Donald Regan, chairman of Midwest Grain Co"


def company_officers_in_full(queries: Sequence, answers: list, text: str) -> list:
    """`answers` with a person the sources hold in an office of state on the date (the answer's role) left
    unknown where the text gives the name a company's post, with every mention linked to that person (see the
    module's doc)."""
    if not text:
        return answers
    officers = {a.entity_id for q, a in zip(queries, answers)
                if a is not None and a.entity_type == "PERSON" and a.entity_id and a.role
                and len(q.text.split()) > 1 and company_post(text, q.start_char, q.end_char)}
    if not officers:
        return answers
    return [Resolution("PERSON", None, q.text.strip(), method="nil") if a is not None and a.entity_id in officers
            else a for q, a in zip(queries, answers)]
