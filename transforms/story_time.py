"""A story told years after its events names their people as of the events' time: a memoir published in
1982 ("Early in the morning Brzezinski reported that our embassy in Tehran had been overrun ... Vance
reviewed with me again the assurances ... even Khomeini's forces") names a national security adviser, a
secretary of state and a revolution's leader of 1979 by their surnames alone, years after their terms.

A bare surname names a person who is in public life on the article's date (gazetteer/people.py); the
sources end the terms of these three in 1980 and 1981, so on the publication date of 1982 no one fits
and the names stay unknown. A reader dates the story by the years it names. When every year the text
names is at least `STORY_YEARS_BEFORE` years before its publication (the latest of them: `era_of`), the
story is of that time: a person's bare surname the resolver left unknown on the publication date is asked
again as of the first and the last day of that year, and the person found then, by the same evidence (the
article's countries, the offices held on that date), is the one named (two people found: nobody). Everything else keeps the publication date's
answer; a text that names a year close to its date ("in 2019 ... today") is of its own time.

So too a bare surname the resolver gave, by the article's countries alone, to someone who held no office on the
publication date, when the story's time finds one other person of that surname who held an office then: "In 1972,
Mrs Gandhi signed the Simla Agreement" in a look back of 2012 is Indira Gandhi, prime minister in 1972, not a
namesake who sat in parliament in 2012 (`out_of_office_bare_surname`). A person in office on the publication date
keeps the link.

An undated text (a reference page, a chronology) is read as of the years it names (gazetteer.history.era_of):
a bare surname the resolver left unknown for want of a date is asked again the same way (`undated_story_dates`):
"Chancellor Kohl renewed his invitation" in a page on a visit of 1987 is Helmut Kohl.

A story tells of more than its latest year: "Despite Franco's death in 1975 ... In June 1980, Mr. Oreja ... Prime
Minister Suarez" in a look back of 2013 that runs to 1988 names a dictator of 1975 and a prime minister of 1980. So
the surname is also asked as of the middle of each earlier year the text names (the latest `EARLIER_YEARS_ASKED` of
them), and the one person found on any of these days is the one named; two people found are nobody, as before.
"""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.history import era_of, years_named
from gazetteer.people import person_name_key

STORY_YEARS_BEFORE = 2


def story_dates(text: Optional[str], published_date: Optional[str]) -> tuple:
    """The first and the last day of the latest year the text names, when that year is `STORY_YEARS_BEFORE`
    years or more before the publication date; else ()."""
    if not text or not published_date or not published_date[:4].isdigit():
        return ()
    year = era_of(text)
    if year is None or int(published_date[:4]) - int(year) < STORY_YEARS_BEFORE:
        return ()
    return _days_of_the_years_named(text, year)


EARLIER_YEARS_ASKED = 5   # earlier years a story names that its surnames are asked as of, the latest first


def _days_of_the_years_named(text: str, latest: str) -> tuple:
    """The first and the last day of `latest`, then the middle day of each earlier year the text names (the
    latest `EARLIER_YEARS_ASKED` of them)."""
    earlier = sorted((y for y in years_named(text) if y < latest), reverse=True)[:EARLIER_YEARS_ASKED]
    return (f"{latest}-01-01", f"{latest}-12-31") + tuple(f"{y}-07-01" for y in earlier)


def undated_story_dates(text: Optional[str]) -> tuple:
    """The days an undated text is asked as of: the first and the last of the latest year it names, the middle of
    each earlier one (`_days_of_the_years_named`); () when it names none."""
    year = era_of(text) if text else None
    return _days_of_the_years_named(text, year) if year else ()


def unknown_bare_surname(query, answer) -> bool:
    """A one-word name the resolver took for a person and linked to no one."""
    return answer is not None and answer.entity_id is None and answer.entity_type == "PERSON" \
        and " " not in query.text.strip()


def out_of_office_bare_surname(query, answer) -> bool:
    """A one-word name (after its courtesy title) the resolver gave, by the article's countries alone
    (method 'context'), to a person who held no office on the publication date."""
    return answer is not None and answer.entity_id is not None and answer.entity_type == "PERSON" \
        and answer.method == "context" and answer.role is None and len(person_name_key(query.text).split()) == 1


def surnames_of_the_story_time(queries: Sequence, answers: list, *again: Sequence) -> list:
    """`answers` with each unknown bare surname given the person that the answers `again` (the same queries
    answered as of the story's first and last day) find for it, and each `out_of_office_bare_surname` the one
    other person they find in an office then; two different people found are nobody."""
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        unknown, out_of_office = unknown_bare_surname(q, a), out_of_office_bare_surname(q, a)
        if not unknown and not out_of_office:
            continue
        found = {b.entity_id: b for b in (other[i] for other in again)
                 if b is not None and b.entity_id is not None and b.entity_type == "PERSON"
                 and (unknown or b.role is not None)}
        if len(found) == 1 and (unknown or a.entity_id not in found):
            (out[i],) = found.values()
    return out
