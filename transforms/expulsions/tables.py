"""Expulsions told as the rows of a table or a bullet list under a header that tells them.

    table_events(article_id, text, published_date, mentions) -> list[Event]

    Expulsions of Venezuelan diplomats announced on Friday:     Country | Russian diplomats expelled
    • Peru - 4                                                  United Kingdom | 23
    • Chile - 2                                                 United States | 60

Each row is a line that holds one state and one number and nothing else but a bullet and a separator
(|, -, :, a tab), or a round-up's line "Ukraine: 13 diplomats.", "Canada: four diplomats expelled, and ...",
"Norway, Hungary and Georgia: one diplomat each" (the count and its people first, then anything after a comma;
several states only with "each"); at least two such rows in a row, right under a header line (or under a table's column
names and rule, "| Country | Expelled |" and "|---|---|", under its title) that names one
nationality and its diplomatic people and says their expulsion (an expel verb or noun of
patterns/grammar.json, "persona non grata") with no threat, call, plan or denial in it. Each row: that state expelled that many of the header's nationality. A row
list without such a header (election results, medal tables) gives nothing.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from transforms.records import Event, Mention
from transforms.expulsions.counts import number_value
from transforms.expulsions.event_id import make_event_id
from transforms.expulsions.mentions import country_of, state_of
from transforms.expulsions.parse_words import (DEMANDS, EXPEL, EXPEL_NOUNS, HYPO, NEGATING, OTHER_SENSE, PERSONNEL,
                                               WEAK_PERSONNEL, normalise)
from transforms.expulsions.years import state_in_year, year_from_text

_ROW_REST = re.compile(r"^[\s\u2022*\u00b7\-\u2013\u2014|]*$|^\s*[|:\t\-\u2013\u2014]\s*([\w,-]+)\s*[|.;]?\s*$")
_TRIGGER = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(EXPEL | EXPEL_NOUNS)) + r"|persona non grata)",
                      re.I)
_NOT_DONE = {"not", "no", "never", "would", "could", "may", "might", "should", "if", "whether"}


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _row(text: str, a: int, b: int, mentions: Sequence[Mention]) -> Optional[tuple[list[Mention], int]]:
    """(state mentions, number) when the line text[a:b] is "<bullet> <State> <separator> <number>", or a
    round-up's line "<State>: <number> <people>[, what else]" ("Ukraine: 13 diplomats.", "Canada: four diplomats
    expelled, and ..."), also of several states with "each" ("Norway, Hungary and Georgia: one diplomat each")."""
    inside = [m for m in mentions if a <= m.start_char and m.end_char <= b]
    if not inside or not _ROW_REST.match(text[a:inside[0].start_char]):
        return None
    if len(inside) == 1:
        rest = _ROW_REST.match(text[inside[0].end_char:b])
        if rest is not None and rest.group(1) is not None:
            value = number_value([normalise(rest.group(1))])
            return ([inside[0]], value) if value and _strong(inside[0]) else None
    states = [inside[0]]
    for m in inside[1:]:
        if not _JOINED.match(text[states[-1].end_char:m.start_char]):
            break
        states.append(m)
    said = _SAID.match(text[states[-1].end_char:b])
    if said is None or not all(_strong(m) for m in states) or (len(states) > 1) != bool(said.group(3)):
        return None
    people = normalise(said.group(2))
    if not ({people, people.rstrip("s")} & (PERSONNEL | WEAK_PERSONNEL)):
        return None
    value = number_value([normalise(said.group(1))])
    return (states, value) if value else None


def _strong(m: Mention) -> bool:
    state, strong = state_of(m)
    return state is not None and strong


_JOINED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$")
_SAID = re.compile(r"^\s*[:\t\u2013\u2014-]\s*([\w-]+)\s+([a-z\u00e0-\u00ff'-]+)(\s+each)?(?:\s+expelled)?\s*(?:[,;.(].*)?$")


def _header(text: str, a: int, b: int, mentions: Sequence[Mention]) -> Optional[str]:
    """The one nationality a header line that tells an expulsion names, or None."""
    line = text[a:b]
    if not _TRIGGER.search(line):
        return None
    words = set(re.findall(r"[a-z\u00e0-\u00ff]+", line.lower()))
    people = {w for w in words if w in PERSONNEL | WEAK_PERSONNEL or w.rstrip("s") in PERSONNEL | WEAK_PERSONNEL}
    if not people or words & OTHER_SENSE:
        return None   # "Guatemalan migrants deported": no diplomats
    if words & _NOT_DONE or any(w.startswith(lem) for w in words for lem in HYPO | DEMANDS | NEGATING if len(lem) > 3):
        return None
    codes = {country_of(m) for m in mentions if a <= m.start_char and m.end_char <= b and m.entity_type == "NORP"}
    codes.discard(None)
    others = [m for m in mentions if a <= m.start_char and m.end_char <= b and m.entity_type == "COUNTRY"]
    return codes.pop() if len(codes) == 1 and not others else None


_RULE = re.compile(r"^[\s|:\-\u2013\u2014+=]*$")


def _furniture(text: str, a: int, b: int, mentions: Sequence[Mention]) -> bool:
    """A table's own lines between its title and its rows: a rule ("|---|---|") or a row of column names
    (cells with no number and no name in them)."""
    line = text[a:b]
    if _RULE.match(line):
        return True
    return line.count("|") >= 2 and not re.search(r"\d", line) and \
        not any(a <= m.start_char < b for m in mentions)


def table_events(article_id: str, text: str, published_date: Optional[str],
                 mentions: Sequence[Mention]) -> list[Event]:
    lines = _lines(text)
    out: list[Event] = []
    k = 0
    while k < len(lines):
        run = []
        while k + len(run) < len(lines) and _row(text, *lines[k + len(run)], mentions) is not None:
            run.append(lines[k + len(run)])
        if len(run) >= 2 and k > 0:
            h = k - 1
            expelled = _header(text, *lines[h], mentions)
            while expelled is None and h > 0 and _furniture(text, *lines[h], mentions):
                h -= 1   # "| Country | Diplomats expelled |" and "|---|---|" under a title that tells the expulsion
                expelled = _header(text, *lines[h], mentions)
            ha, hb = lines[h]
            if expelled is not None:
                year, _ = year_from_text(text[ha:hb], 0, published_date)
                trigger = _TRIGGER.search(text[ha:hb]).group()
                for a, b in run:
                    states, count = _row(text, a, b, mentions)
                    for m in states:
                        actor, whose = state_in_year(state_of(m)[0], year), state_in_year(expelled, year)
                        if actor == whose:
                            continue
                        out.append(Event(
                            event_id=make_event_id(article_id, a, b, actor, whose, count, "asserted"),
                            article_id=article_id, expelling_country=actor, expelled_country=whose, count=count,
                            at_least=False, event_year=year, modality="asserted", sentence=text[a:b], start_char=a,
                            end_char=b, trigger=trigger, actor_text=m.text, published_date=published_date))
        k += max(len(run), 1)
    return out
