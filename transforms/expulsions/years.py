"""The year of an event (step 7): in the sentence, relative to the published date, or
bounded by the acting person's term."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional, Sequence

from gazetteer.history import state_on
from transforms.records import Mention
from transforms.expulsions import lexicon as lex
from transforms.expulsions.counts import number_value
from transforms.expulsions.tokens import fold


_YEAR = re.compile(r"(?<![\w.,/])(1[89]\d\d|20\d\d)(?![\w%]|[.,]\d)")
_DECADE = re.compile(r"\b(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>1[89]\d0|20\d0)s\b", re.I)
_DECADE_PART = {"early": 2, "mid": 5, "late": 8, None: 5}


def _decade_year(m) -> int:
    """A year inside the decade `m` names: its early, middle or late years ("the late 1980s": 1988)."""
    return int(m.group("decade")) + _DECADE_PART[(m.group("part") or "").lower() or None]


_NOT_A_YEAR_BEFORE = re.compile(r"(?:resolutions?|no\.|number|title|section|article|§|flight|route|chapter|[$£€])\s*(?:\d+\s*(?:and|,)\s*)?$", re.I)
# "the largest expulsion since 1985", "the most since the 1971 expulsion": a year of comparison
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.I)
# "frosty since 1984, when Britain expelled 30 diplomats": the year the clause after it tells
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)
# a year as the modifier of a noun after a determiner ("a 2014 blast", "the 2018 Salisbury poisoning"), unless the
# noun is an expulsion ("the 1971 expulsion of 105")
_OTHER_THING_OF_A_YEAR = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+$", re.I)
_THING_AFTER = re.compile(r"\s+(?![\w-]*(?:\s+[\w-]+){0,2}?\s*\b(?:expul|expel|ouster))[A-Za-z]", re.I)
# a year on the thing an expulsion is for ("Czechs expel 18 Russian diplomats over 2014 blast", "... for the 2018
# poisoning"): the cause's year, not the expulsion's when the expulsion is told in the present
_CAUSE_BEFORE = re.compile(r"\b(?:over|for)\s+(?:(?:a|an|the|its|their|his|her|this|that)\s+)?$", re.I)
_MONTH_NAMES = "|".join(lex.MONTHS)
_DOCUMENTS = "|".join(lex.DOCUMENT_NOUNS)
# "the 1961 Vienna Convention", "the 1963 Vienna Convention on Consular Relations": up to three names, then the document
_DOCUMENT_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*){0,3}\s+(?i:" + _DOCUMENTS + r")\b")
# "the Vienna Convention (on Diplomatic Relations) of 1961"
_DOCUMENT_BEFORE = re.compile(r"\b(?i:" + _DOCUMENTS + r")(?:\s+on(?:\s+[A-Z][\w'-]*){1,3})?\s+of\s+$")
# the seasons of the northern year as (first month, last month); winter spans two years and is left out
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
# a span counted back from the published date ("three weeks ago", "yesterday"): days per unit
DAYS_BACK = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30}
_RELATIVE = re.compile(
    r"\b(?:(?P<lastyear>last year|a year ago|the previous year)|(?P<thisyear>(?:earlier |later )?this year)|"
    r"(?P<lastmonth>last month)|last (?P<lastm>" + _MONTH_NAMES + r")\b|(?P<nago>\w+) years ago|"
    r"(?:last|the previous) (?P<lasts>" + "|".join(SEASONS) + r")\b|"
    r"(?P<back>yesterday|last week(?:end)?|(?P<nback>\w+) (?P<unit>" + "|".join(DAYS_BACK) + r") ago)\b|"
    r"\bin (?P<inm>" + _MONTH_NAMES + r")\b(?!\s*\d))", re.I)


# a span counted on from a year the text told before ("In 1993 ... A year later", "the following year"): years per unit
# ... or back from it ("A year earlier", "Two years before that"): the sign of the span
_LATER = re.compile(r"\b(?:(?P<n>\w+) (?P<unit>years?|decades?) (?:later|(?P<back>earlier|before that|before(?=\s*[,.;])))|"
                    r"the (?:following|next) year)\b", re.I)
_ANSWER = re.compile(r"\b(?:in (?:response|retaliation|return|reply|kind|turn)|retaliat\w*|respond\w*|reciprocat\w*|"
                     r"tit[- ]for[- ]tat)\b", re.I)
_TIME_OF_ITS_OWN = re.compile(r"\b(?:today|tonight|now|this (?:week|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
                              re.I)


def tells_answer(sentence: str) -> bool:
    """Whether `sentence` tells an answer ("in response", "retaliated", "reciprocal", "tit-for-tat", "of its own")."""
    return bool(_ANSWER.search(sentence)) or bool(re.search(r"\bof (?:its|their) own\b", sentence, re.I))


def answer_of_no_time(sentence: str) -> bool:
    """Whether `sentence` tells an answer ("In response, ...", "retaliated by expelling") with no time of its own
    (no year, decade, "on Monday", "today", "last week"): it is of the time of what it answers."""
    return bool(_ANSWER.search(sentence)) and not (_YEAR.search(sentence) or _DECADE.search(sentence) or
                                                   _TIME_OF_ITS_OWN.search(sentence) or _RELATIVE.search(sentence) or
                                                   _LATER.search(sentence))


def event_year(sentence: str, trigger_at: int, published_date: Optional[str]) -> Optional[int]:
    """Year of the event told in `sentence`; `trigger_at` is the trigger's offset in it."""
    return year_from_text(sentence, trigger_at, published_date)[0]


def bounded_by_term(year: Optional[int], from_text: bool, published_date: Optional[str],
                    actor: Optional[Mention]) -> Optional[int]:
    """A person acts for a state only during their term. When the year is only the article's
    ("Donald Trump, who ousted 60 ..." in a 2022 article) and the actor's acting role had
    ended before the article was published, the event happened during the term: its year
    when the term lies within one year, else unknown (None) rather than a wrong year."""
    if from_text or actor is None or actor.entity_type != "PERSON" or not actor.role_end or not published_date:
        return year
    if published_date[:10] <= _pad_date(actor.role_end):
        return year
    start, end = (actor.role_start or "")[:4], actor.role_end[:4]
    return int(end) if start == end and end.isdigit() else None


def _pad_date(partial: str) -> str:
    return partial + "-12-31"[len(partial) - 4:] if len(partial) < 10 else partial[:10]


def year_from_text(sentence: str, trigger_at: int, published_date: Optional[str],
                   before: str = "", other_acts: Sequence[tuple[int, int]] = ()) -> tuple[Optional[int], bool]:
    """(year, whether the text gave it) of the event told in `sentence`; `before`, the article's text before
    it, gives the year a span "later" counts on from; `other_acts`, spans of the sentence that tell another act
    (clause_years.py), hold no year of the event."""
    years = []
    for m in _YEAR.finditer(sentence):
        if any(lo <= m.start() < hi for lo, hi in other_acts):
            continue   # "Ivo Marek, who took up his post in December 2019, was declared persona non grata"
        before = sentence[max(0, m.start() - 20):m.start()]
        if _NOT_A_YEAR_BEFORE.search(before) or (_SINCE_BEFORE.search(before) and not _WHEN_AFTER.match(sentence, m.end())):
            continue
        if _names_a_document(sentence, m):
            continue   # "Under the 1961 Vienna Convention, four ... have been asked to leave": the treaty's year
        if _OTHER_THING_OF_A_YEAR.search(before) and _THING_AFTER.match(sentence, m.end()) and \
                (_RELATIVE.search(sentence) or _TIME_OF_ITS_OWN.search(sentence)):
            continue   # "last week expelled 18 Russians over a 2014 ammunition depot blast": the year of another
            # thing, where the sentence dates the expulsion itself
        if m.start() > trigger_at and re.search(r"\bsince\b", sentence[trigger_at:m.start()], re.I):
            continue   # "France today ordered 47 Soviet diplomats to leave, the biggest such expulsion since Britain
            # threw out 105 Soviet officials in 1971": the year of the comparison, not of this expulsion
        if _CAUSE_BEFORE.search(before) and _THING_AFTER.match(sentence, m.end()) and \
                not re.match(r"\w+ed\b", sentence[trigger_at:trigger_at + 30]):
            continue   # "Czechs expel 18 Russian diplomats over 2014 blast": the cause's year ("expelled ... over the
            # 2018 poisoning" in a later story tells the expulsion then: the cause's year is the better guess)
        years.append((abs(m.start() - trigger_at), int(m.group(1))))
    pub_year = pub_month = None
    if published_date and re.match(r"^\d{4}-\d{2}", published_date):
        pub_year, pub_month = int(published_date[:4]), int(published_date[5:7])
    if pub_year:
        years = [y for y in years if y[1] <= pub_year + 1]
    if years:
        return min(years)[1], True
    decades = sorted((abs(m.start() - trigger_at), _decade_year(m)) for m in _DECADE.finditer(sentence)
                     if pub_year is None or int(m.group("decade")) <= pub_year)
    if decades:   # "in the early 1970s": a year of that decade (Britain's 105 Russians then were Soviet)
        return decades[0][1], True
    later = _later_than(sentence, before, pub_year)
    if later is not None:
        return later, True
    carried = year_of_last_full_date(sentence, before, pub_year)
    if carried is not None:
        return carried, True   # "On Aug. 23, 1986, ... On Sept. 18, the U.S. expelled 25": 1986
    then = year_of_that_time(sentence, before, pub_year)
    if then is not None:
        return then, True   # "... since November 1988. At that time an Iraqi diplomat was ordered to leave"
    labelled = paragraph_label_year(before)
    if labelled is not None and (pub_year is None or labelled <= pub_year + 1):
        return labelled, True   # "* March 1989: ... attache is expelled. X is given 48 hours to leave": the item's
    if pub_year is None:
        return None, False
    rel = sorted(_RELATIVE.finditer(sentence), key=lambda m: abs(m.start() - trigger_at))
    for m in rel:
        if m.group("lastyear"):
            return pub_year - 1, True
        if m.group("thisyear"):
            return pub_year, True
        if m.group("lastmonth"):
            return pub_year - 1 if pub_month == 1 else pub_year, True
        if m.group("lastm"):
            month = lex.MONTHS[m.group("lastm").lower()]
            return pub_year if month < pub_month else pub_year - 1, True
        if m.group("nago"):
            n = number_value([fold(m.group("nago"))])
            if n is not None and n < 100:
                return pub_year - n, True
        if m.group("lasts"):   # "last spring" in a January story is the year before's; in November, this year's
            return pub_year if SEASONS[m.group("lasts").lower()][1] < pub_month else pub_year - 1, True
        if m.group("back"):
            days = _days_back(m)
            if days is not None and re.match(r"^\d{4}-\d{2}-\d{2}", published_date):
                return (date.fromisoformat(published_date[:10]) - timedelta(days=days)).year, True
        if m.group("inm"):
            month = lex.MONTHS[m.group("inm").lower()]
            if month == 5 and m.group("inm") == "may":
                continue
            return pub_year if month <= pub_month else pub_year - 1, True
    dated = year_of_dated_expulsion(sentence, before, pub_year)
    if dated is not None:
        return dated, True   # "The largest expulsion happened in 1971 ... The British Government expelled 105"
    return pub_year, False


# a sentence that dates an expulsion it names by a noun alone: "The largest expulsion happened in 1971 after ...",
# "Another major wave followed in 1985 when ..." (not the last, previous or earlier one: a comparison)
_DATED_EXPULSION = re.compile(
    r"^\W*(?:the|an?|another)\s+(?:(?!last\b|previous\b|earlier\b|such\b)[\w-]+\s+){0,3}"
    r"(?:expulsions?|wave|round|exchange)\s+(?:happened|took\s+place|came|followed|occurred|began|started)\s+"
    r"in\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_NAMES + r"\s+)?(1[89]\d\d|20\d\d)\b", re.I)
_NOW = re.compile(r"\b(?:today|tonight|yesterday|now|recently|currently|this (?:week|month)|on (?:Monday|Tuesday|"
                  r"Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)


def year_of_dated_expulsion(sentence: str, before: str, pub_year: Optional[int] = None) -> Optional[int]:
    """"The largest expulsion happened in 1971 after a defector gave information. The British Government expelled
    105 officials. Moscow sent 27 Britons home": sentences with no time of their own after one in their paragraph
    that dates an expulsion by a noun alone (`before`: the text before the sentence) tell that expulsion, of that
    year; None otherwise, or when a sentence speaks of now ("More recently", "on Monday") or of another time."""
    def timed(part: str) -> bool:
        return bool(_YEAR.search(part) or _NOW.search(part) or _RELATIVE.search(part) or _LATER.search(part))
    if timed(sentence) or "\n" in sentence[:len(sentence) - len(sentence.lstrip())]:
        return None   # (a sentence opening a paragraph of its own)
    paragraph = before[before.rfind("\n") + 1:]
    last = next((p for p in reversed(re.split(r"(?<=[.!?])\s+", paragraph)) if timed(p)), None)
    m = _DATED_EXPULSION.match(last) if last is not None else None
    if m is None:
        return None
    year = int(m.group(1))
    return year if pub_year is None or year <= pub_year else None


# a dated label opening a paragraph or a list item: "* March 1989:", "June 1988 -", "1984:", "December 12, 1999:"
_LABEL = re.compile(r"[ \t]*(?:[*\u2022\u00b7\u2013\u2014-][ \t]*)?(?:(?:" + _MONTH_NAMES + r")[ \t]+(?:\d{1,2},?[ \t]+)?)?"
                    r"(1[89]\d\d|20\d\d)[ \t]*(?::|[ \t][\u2013\u2014-])[ \t]", re.I)


def dated_item(text: str, at: int) -> Optional[tuple[int, int]]:
    """(start, year) of the paragraph or list item that the offset `at` is in, when it opens with a dated label
    ("* March 1989: ..."); None for any other."""
    start = text.rfind("\n", 0, at) + 1
    m = _LABEL.match(text, start)
    return (start, int(m.group(1))) if m is not None else None


def label_length(text: str, at: int) -> int:
    """Characters of the dated label ("* March 1989: ") that a paragraph or list item opens with at the offset `at`,
    else 0: no part of the sentence that follows it (the parser, given "March 1989: Washington-based Soviet military
    attache Ivan Petrov is expelled", made the label the root and lost the subject)."""
    if at > 0 and text[text.rfind("\n", 0, at) + 1:at].strip():
        return 0
    m = _LABEL.match(text, at)
    return m.end() - at if m is not None else 0


def paragraph_label_year(before: str) -> Optional[int]:
    """The year of the dated label the paragraph opens with, when the sentence is not its first (`before`: the text
    before the sentence): a chronology's item dates every sentence in it, not only the one its label stands in."""
    item = dated_item(before, len(before))
    return item[1] if item is not None else None


def _names_a_document(sentence: str, m: re.Match) -> bool:
    """Whether the year `m` is part of the name of a law or a treaty ("the 1961 Vienna Convention", "the Vienna
    Convention on Diplomatic Relations of 1961")."""
    return bool(_DOCUMENT_AFTER.match(sentence, m.end())) or \
        bool(_DOCUMENT_BEFORE.search(sentence[max(0, m.start() - 60):m.start()]))


_THAT_TIME = re.compile(r"\b(?:at that time|at the time|that year|that same year|the same year|in the same year)\b", re.I)
_THEN_FIRST = re.compile(r"^\W*(?:[Bb]ack then|Then)\b,?\s+(?=[a-z0-9])")   # "Then three Russian diplomats were
# expelled": the time the sentence before told (not "Then Prime Minister X", a title of that time)


def year_of_that_time(sentence: str, before: str, pub_year: Optional[int] = None) -> Optional[int]:
    """"No Iraqi envoy has been expelled since November 1988. At that time an Iraqi diplomat in Washington was ordered
    to leave": a sentence dated by "at that time", "that year" or "the same year", or opening with "Then" ("The last
    time Sweden expelled Russian officers was in April 2022. Then three Russian diplomats were expelled"), with no
    year of its own, is of the last year told in the sentence before it (`before`: the text before the sentence);
    None when that names none."""
    if _THAT_TIME.search(sentence) is None and _THEN_FIRST.match(sentence) is None or \
            _YEAR.search(sentence) is not None:
        return None
    cut = max(before.rstrip().rfind(". "), before.rstrip().rfind("\n"))
    last = before[cut + 1:] if cut >= 0 else before
    told = [int(y.group(1)) for y in _YEAR.finditer(last)
            if not _NOT_A_YEAR_BEFORE.search(last[max(0, y.start() - 20):y.start()])]
    told = [y for y in told if pub_year is None or y <= pub_year + 1]
    return told[-1] if told else None


_MONTH_WORD = r"(?:" + "|".join(m.capitalize() for m in list(lex.MONTHS) + sorted(lex.MONTH_ABBREVIATIONS)) + r")\b\.?"
# a day of a month, with its year or without ("On Oct. 22, 1986", "on 19 October", "Sept. 18")
_DAY_OF_MONTH = re.compile(r"\b(?:(?P<m1>" + _MONTH_WORD + r")\s+(?P<d1>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
                           r"(?P<y1>,?\s+(?:1[89]|20)\d\d\b)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                           r"(?P<m2>" + _MONTH_WORD + r")(?P<y2>,?\s+(?:1[89]|20)\d\d\b)?)")   # (capitalised: not "may")


def year_of_last_full_date(sentence: str, before: str, pub_year: Optional[int] = None) -> Optional[int]:
    """"On Aug. 23, 1986, the FBI arrested ... On Sept. 18, the U.S. expelled 25 Soviet diplomats" (a 2007 story):
    a day of a month with no year, in a sentence that writes no year, is of the year of the last full date (day,
    month and year) the text before it tells, when that year is before the story's; None otherwise (a day of
    this year's news keeps the published year)."""
    if _YEAR.search(sentence) or not any(not (m.group("y1") or m.group("y2")) for m in _DAY_OF_MONTH.finditer(sentence)):
        return None
    full = [m for m in _DAY_OF_MONTH.finditer(before) if m.group("y1") or m.group("y2")]
    if not full:
        return None
    year = int(re.sub(r"\D", "", full[-1].group("y1") or full[-1].group("y2")))
    return year if pub_year is None or year < pub_year else None


def _later_than(sentence: str, before: str, pub_year: Optional[int]) -> Optional[int]:
    """"In 1993 France expelled five ... A year later, it ordered two more to leave": the last year told in
    the text before the sentence (within a few sentences), counted on by the span ("A year earlier", "Two years
    before that": counted back); None when none is told."""
    m = _LATER.search(sentence)
    if m is None:
        return None
    n = 1
    if m.group("n"):
        n = 1 if m.group("n").lower() in ("a", "an") else number_value([fold(m.group("n"))])
        if n is None or n >= 100:
            return None
        n *= 10 if m.group("unit").lower().startswith("decade") else 1
    n = -n if m.group("back") else n
    told = [int(y.group(1)) for y in _YEAR.finditer(before[-600:])
            if not _NOT_A_YEAR_BEFORE.search(before[-600:][max(0, y.start() - 20):y.start()])]
    told = [y for y in told if pub_year is None or y <= pub_year]
    if not told or (pub_year is not None and told[-1] + n > pub_year + 1):
        return None
    return told[-1] + n


def year_counted_back(sentence: str, published_date: Optional[str]) -> Optional[int]:
    """The year before the published one that `sentence` counts back to in whole years ("a year ago", "last year",
    "two years ago", "the previous year"): a year the sentence gives its act of its own, as a written one is; None
    where it names no such span (a day, a week or a month back may still be the published year)."""
    if not published_date or not re.match(r"^\d{4}", published_date):
        return None
    for m in _RELATIVE.finditer(sentence):
        if m.group("lastyear"):
            return int(published_date[:4]) - 1
        if m.group("nago"):
            n = number_value([fold(m.group("nago"))])
            if n is not None and 0 < n < 100:
                return int(published_date[:4]) - n
    return None


def _days_back(m: re.Match) -> Optional[int]:
    """Days before the published date a match of "yesterday", "last week", "three weeks ago" tells."""
    word = m.group("back").lower()
    if word == "yesterday":
        return 1
    if word.startswith("last week"):
        return 7
    n = 1 if m.group("nback").lower() in ("a", "an") else number_value([fold(m.group("nback"))])
    return n * DAYS_BACK[m.group("unit").lower()] if n is not None and n < 100 else None


def state_in_year(code: Optional[str], year: Optional[int]) -> Optional[str]:
    """The state `code` was part of in the event's year: names resolved by the article's date
    ("Moscow" in a 2015 story is Russia) tell a 1985 expulsion of the Soviet Union, and a Czech
    one of 1992 Czechoslovakia's. Mid-year decides a year of dissolution (1991: the Soviet Union)."""
    return state_on(code, f"{year:04d}-07-01") if code and year else code
