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


# "denied the report", "dismissed these reports": a report named by a definite word, the one the story has just told
_DENYING = sorted(w for w in DENIALS if not w.startswith("reject"))   # (a report "rejected" may be disputed in part)
_THE_REPORT = re.compile(r"\b(?:" + "|".join(_DENYING) + r")\s+(?:as\s+\w+\s+)?(?:the|this|these|that|those|such)"
                         r"\s+(?:\w+\s+){0,2}?reports?\b(?!\s+(?:that|of|about|on|which|saying)\b)", re.I)


def denies_the_report(sentence: str) -> bool:
    """Does the sentence deny "the report" told before it ("The Foreign Ministry denied the report in the Mainichi
    Shimbun newspaper", "dismissed these reports as lies"), naming no content of its own ("denied the report that the
    diplomats were spies" is about the spying)?"""
    return _THE_REPORT.search(sentence or "") is not None


def withdraw_reports_denied_after(events: Sequence[Event], text: str, spans: Sequence[tuple[int, int]]) -> list[Event]:
    """The events, an expulsion told as a report ("a Japanese diplomat was kicked out of the Soviet Union ...,
    according to a published report Thursday") made hypothetical when one of the next two sentences denies the
    report and tells no expulsion of its own ("The Japanese Foreign Ministry denied the report ...")."""
    told_in = {k for k, (a, b) in enumerate(spans) for e in events if a <= e.start_char < b}
    denials = [k for k, (a, b) in enumerate(spans) if k not in told_in and denies_the_report(text[a:b])]
    out = []
    for e in events:
        k = next((k for k, (a, b) in enumerate(spans) if a <= e.start_char < b), None)
        if e.modality == ASSERTED and k is not None and any(0 < d - k <= 2 for d in denials) and \
                any(w in REPORTS for w in _words(e.sentence)):
            e = e._replace(modality=HYPOTHETICAL, event_id=make_event_id(
                e.article_id, e.start_char, e.end_char, e.expelling_country, e.expelled_country, e.count, HYPOTHETICAL))
        out.append(e)
    return out
