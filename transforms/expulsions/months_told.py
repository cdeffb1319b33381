"""Which month a sentence tells an expulsion in, so that two rounds of one pair in one year stay two.

    month_of_act(event, parse) -> str | None
    other_months(event, events, parse) -> bool

"In March Ruritania expelled two Freedonian diplomats. In October it expelled Freedonian diplomats again": the
count-less second round is not the counted first told again, since each sentence dates its act to another month
(events.deduplicate). A month counts when the parse hangs it on the verb of expelling itself ("In October, X
expelled ...", "expelled three diplomats in January", "On 3 May X expelled ..."), not on another verb of the sentence
("In April, Freedonia protested after X expelled ...", "said in October that it had expelled ..."); a noun of
expelling ("the expulsions in April") names an act told elsewhere and dates none. Without a parse no month is read.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from transforms.expulsions.parse_words import normalise
from transforms.records import Event

MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"})
_NOUN_TRIGGER = re.compile(r"^(?:expulsions?|ousters?|deportations?|removals?|withdrawals?)\b", re.I)


def month_of_act(e: Event, parse) -> Optional[str]:
    """The one month the parse of e's sentence hangs on e's verb of expelling (see the module docstring), else
    None."""
    verb = (e.trigger or "").split(" ... ")[0]
    if parse is None or not verb or " " in verb or _NOUN_TRIGGER.match(verb) or \
            not any(m in e.sentence.lower() for m in MONTHS):
        return None
    doc = parse([e.sentence])[0]
    found = set()
    for tok in doc:
        if tok.text == verb and tok.pos_ in ("VERB", "AUX"):
            found |= {normalise(t.text) for t in _time_words(tok)}
    months = found & MONTHS
    return next(iter(months)) if len(months) == 1 else None


def _time_words(verb) -> list:
    """The capitalised words of the time phrases on `verb` itself: "in October", "on 3 May" (a preposition's
    phrase, or the words right after a preposition left with no object), "May 3" (a bare noun phrase of time)."""
    out = []
    for c in verb.children:
        if c.dep_ == "prep" and normalise(c.text) in ("in", "on", "during", "by"):
            out += list(c.subtree)
            if not any(o.dep_ == "pobj" for o in c.children):   # "On 3 March Ruritania expelled": the parser hangs
                out += list(verb.doc[c.i + 1:min(c.i + 4, verb.i)])   # the date on the subject as a compound
        elif c.dep_ in ("npadvmod", "tmod"):
            out += list(c.subtree)
    return [t for t in out if t.text[:1].isupper()]


def other_months(e: Event, others: Sequence[Event], parse) -> bool:
    """Does e's sentence date its act to a month, and each of `others` (events of its pair) to another one?"""
    month = month_of_act(e, parse)
    return month is not None and bool(others) and all(month_of_act(o, parse) not in (None, month) for o in others)
