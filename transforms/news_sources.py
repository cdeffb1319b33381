"""A news agency named where news is told to or reported by someone is the agency, whatever else
bears its name.

Party codes abroad share agencies' names: "AFP" is also a Senegalese and a Hungarian party's code,
so the resolver leaves "the spokesman told AFP" unknown among namesakes. Where the text puts the name
in a reporting frame — right after "told", "according to", "quoted by", "in an interview with",
"speaking to", or right before "reported", "quoted", "news agency" — and exactly one body of that
name reports news (`gazetteer.model.reports_news`), the name is that body. The frames are data
(`_TOLD_BEFORE`, `_REPORTS_AFTER`); a party stays a party where none of them stands beside it.
Initials in such a frame that no news body has for a name are the one news body whose name they
spell ("the official MENA news agency": the Middle East News Agency, whose initials the gazetteer
leaves out, since "MENA" elsewhere is a region), `news_bodies_by_initials`.

So is a wire's credit that closes the text on its own, after its last sentence ("... to play golf and
visit the Angkor Wat. AP", "... was completely unjustified. -AFP", a last line "AFP"): the model takes it
for a person or leaves it a name of its own, and "AP" is also a party's code and an Indian state's.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.memo import by_gazetteer
from gazetteer.model import reports_news
from gazetteer.resolution import Resolution
from transforms.defined_acronyms import is_defined_by

_TOLD_BEFORE = re.compile(
    r"\b(?:told|according\s+to|quoted\s+by|reported\s+by|cited\s+by|interview\s+with|speaking\s+to|"
    r"spoke\s+to|talking\s+to|said\s+to|confirmed\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_REPORTS_AFTER = frozenset({"reported", "reports", "quoted", "news", "correspondent", "reporter"})


# before a closing credit: the end of the last sentence (or the text's start), then dashes, brackets, spaces
_CREDIT_BEFORE = re.compile(r"(?:^|[.!?\"'\u201d\u2019)\]])[\s\-\u2013\u2014_(]*$")
_CREDIT_AFTER = re.compile(r"[\s).\]]*")
_CREDIT_DASHES = " -\u2013\u2014_"


def closes_as_credit(q, text: Optional[str]) -> bool:
    """Does the name `q` (a `NameQuery`) close `text` on its own, as a wire's credit after the last
    sentence ("... the Angkor Wat. AP", "... unjustified. -AFP")?"""
    if not text or _CREDIT_AFTER.fullmatch(text[q.end_char:]) is None:
        return False
    before = text[max(0, q.start_char - 40):q.start_char] + q.text[:len(q.text) - len(q.text.lstrip(_CREDIT_DASHES))]
    return _CREDIT_BEFORE.search(before) is not None


def in_reporting_frame(q) -> bool:
    """Is the name `q` (a `NameQuery`) told news or reporting it ("told AFP", "AFP reported")?"""
    return bool(_TOLD_BEFORE.search(q.context_before or "")) or (q.word_after or "").lower() in _REPORTS_AFTER


@by_gazetteer()
def news_bodies_by_initials(gaz) -> dict:
    """{initials: [news bodies whose canonical name they spell]} ("MENA": the Middle East News Agency)."""
    out: dict = {}
    for e in gaz.entities:
        if e.entity_type == "ORG" and reports_news(e) and len(e.canonical_name.split()) > 1:
            letters = "".join(w[0] for w in e.canonical_name.split() if w[:1].isupper())
            if is_defined_by(letters, e.canonical_name):
                out.setdefault(letters, []).append(e)
    return out


def _initials(name: str) -> Optional[str]:
    bare = name.replace(".", "")
    return bare if 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper() else None


def news_sources(gaz, queries: Sequence, answers: list, text: Optional[str] = None) -> list:
    """`answers` with a name in a reporting frame, or closing `text` as its credit, linked to the one
    news body of that name."""
    if gaz is None:
        return answers
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None:
            continue
        credit = a.entity_type in ("ORG", "OTHER", "CITY", "PERSON") and closes_as_credit(q, text)
        if not credit and (a.entity_type not in ("ORG", "OTHER", "CITY") or not in_reporting_frame(q)):
            continue
        name = q.text.strip().lstrip(_CREDIT_DASHES) if credit else q.text.strip()
        media = [e for e in gaz.lookup_exact(name, types=("ORG",)) if reports_news(e)]
        if not media and not credit and _initials(name) and a.entity_id is None:
            media = news_bodies_by_initials(gaz).get(_initials(name), [])   # "the MENA news agency"
        if len(media) == 1 and a.entity_id != media[0].entity_id:
            e = media[0]
            out[i] = Resolution("ORG", e.entity_id, e.canonical_name, e.country_code, e.acts_for, None, 0.9,
                                "context")
    return out
