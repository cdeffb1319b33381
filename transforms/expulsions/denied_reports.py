"""A report the story says was denied. "The Foreign Ministry has denied reports that four staff members from the
Russian Embassy in Ottawa had been expelled by Canada ... Canada's CTV News reported late Thursday that four Russian
Embassy staff members had been expelled": the report told later is the one denied; its expulsion is no more told as
done than the denial leaves it (hypothetical). Only the same expulsion (the same two states and the same count), and
only a sentence that tells it as a report (patterns/grammar.json report_words); a denial is a denial word with a
report word within a few words after it (denial_words: "denied reports", "dismissed the reports"). An expulsion told
on its own ("Canada expelled four Russian diplomats") stays, whatever is denied beside it."""
from __future__ import annotations

import re
from typing import Sequence

from transforms.expulsions.event_id import make_event_id
from transforms.expulsions.modality import ASSERTED, HYPOTHETICAL, NEGATED
from transforms.expulsions.parse_words import PATTERNS
from transforms.records import Event

DENIALS = frozenset(PATTERNS["denial_words"])
REPORTS = frozenset(PATTERNS["report_words"])
_REACH = 4   # "denied reports", "denied the media reports", "dismissed as false the reports"


def _words(sentence: str) -> list[str]:
    return re.findall(r"[a-z]+", (sentence or "").lower())


def denies_reports(sentence: str) -> bool:
    """Does the sentence deny reports (a denial word, a report word within a few words after it)?"""
    words = _words(sentence)
    return any(w in DENIALS and any(v in REPORTS for v in words[k + 1:k + 1 + _REACH]) for k, w in enumerate(words))


def withdraw_denied_reports(events: Sequence[Event]) -> list[Event]:
    """The events, a report of an expulsion the same story denies made hypothetical."""
    denied = {(e.expelling_country, e.expelled_country, e.count) for e in events
              if e.modality in (HYPOTHETICAL, NEGATED) and e.count is not None and e.expelling_country
              and e.expelled_country and denies_reports(e.sentence)}
    out = []
    for e in events:
        if e.modality == ASSERTED and (e.expelling_country, e.expelled_country, e.count) in denied and \
                any(w in REPORTS for w in _words(e.sentence)) and not denies_reports(e.sentence):
            e = e._replace(modality=HYPOTHETICAL, event_id=make_event_id(
                e.article_id, e.start_char, e.end_char, e.expelling_country, e.expelled_country, e.count, HYPOTHETICAL))
        out.append(e)
    return out
