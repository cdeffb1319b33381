"""A person the text gives a state's office is that state's official, never a namesake of another state.

"Abdoulaye Diop, Mali's foreign minister, said ...", "Abdoulaye Diop, the Malian foreign minister",
"Abdoulaye Diop, foreign minister of Mali", "Malian Foreign Minister Abdoulaye Diop", "Mali's Foreign Minister
Abdoulaye Diop", "the foreign minister of Mali, Abdoulaye Diop,": the office and the state it is of, set right
beside the full name, say whose official the person is. The sources may hold only a namesake of another state
(a Senegalese minister called Abdoulaye Diop): a link to that namesake is a confident wrong one. The person is
then the one the gazetteer holds by that name of the stated state, if it holds exactly one, else unknown; every
other mention the resolver linked to the namesake ("Diop said") goes with it.

The state is a country's name before "'s" or a people's name (a nationality) right before the title, or a
country's name after "of" right after it; the title is a state's office (gazetteer.roles TITLE_PATTERNS of
the keys in STATE_OFFICES), with at most a word of time or rank before it ("Mali's former foreign minister",
"Mali's new ambassador"). An honorary consul, often a citizen of the host state, opens with a word no list
here holds, and is left alone. A state and its predecessor are one ("Eduard Shevardnadze, Russia's foreign
minister" in 1987), and a person whose country the sources do not give is left as the resolver had them.
An apposition followed at once by a person's name is that person's title, not the one before the comma:
"Sergei Lavrov, Mali's foreign minister Abdoulaye Diop and ..." says nothing of Lavrov.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.history import one_state, state_on
from gazetteer.people import ACTING_ROLES, acting_span, person_name_key, role_country, role_on
from gazetteer.resolution import Resolution
from gazetteer.roles import TITLE_PATTERNS

# the role keys of a state's own offices, whose holder is that state's official
STATE_OFFICES = frozenset({"head_of_state", "deputy_head_of_state", "head_of_government", "deputy_head_of_government",
                           "foreign_minister", "deputy_foreign_minister", "minister", "deputy_minister", "ambassador"})
# words of time or rank between a state's name and its office ("Mali's former foreign minister")
_MODIFIERS = ("former", "then", "new", "newly appointed", "acting", "interim", "outgoing", "incoming", "current",
              "top", "senior", "chief")
_TITLE = "(?:%s)" % "|".join(re.escape(p) for p, k in TITLE_PATTERNS if k in STATE_OFFICES)
_MODS = r"(?:(?:%s)[\s-]+)?" % "|".join(re.escape(m) for m in _MODIFIERS)
_POSSESSIVE = r"(?:['\u2019]s)?"
# what stands between a state's name and the person's name, the state first: "Mali's foreign minister",
# "Malian Foreign Minister", "Mali's foreign minister, "
_STATE_TITLE_NAME = re.compile(_POSSESSIVE + r"\s+" + _MODS + _TITLE + r",?\s+", re.I)
# ... the person's name first, in an apposition: ", Mali's foreign minister", ", the Malian foreign minister"
_OPENING = re.compile(r",\s+(?:(?:the|a|an)\s+)?", re.I)
_STATE_TITLE = re.compile(_POSSESSIVE + r"\s+" + _MODS + _TITLE + r"\b", re.I)
# ... the title first: ", foreign minister of Mali", ", the foreign minister of Mali"; "the foreign minister of
# Mali, Abdoulaye Diop"
_TITLE_OF = re.compile(r",\s+(?:(?:the|a|an)\s+)?" + _MODS + _TITLE + r"\s+of\s+(?:the\s+)?", re.I)
_TITLE_OF_BEFORE = re.compile(_MODS + _TITLE + r"\s+of\s+(?:the\s+)?$", re.I)


def _states(queries: Sequence, answers: Sequence) -> list:
    """(query, state code) of every name of a country or a people the resolver linked."""
    return [(q, a.country_code) for q, a in zip(queries, answers)
            if a is not None and a.entity_type in ("COUNTRY", "NORP") and a.entity_id and a.country_code]


def _name_follows(end: int, queries: Sequence, answers: Sequence, text: str) -> bool:
    """Does a person's name begin right after character `end` (after spaces only)?"""
    at = end + len(text[end:]) - len(text[end:].lstrip())
    return any(q.start_char == at and a is not None and a.entity_type == "PERSON" for q, a in zip(queries, answers))


def stated_state(text: str, q, states: list, queries: Sequence, answers: Sequence) -> Optional[str]:
    """The state whose office the text gives the person named at `q`, beside the name (see the module's doc)."""
    for p, code in states:
        if p.end_char <= q.start_char:   # the state before the name
            between = text[p.end_char:q.start_char]
            if _STATE_TITLE_NAME.fullmatch(between):   # "Mali's foreign minister Abdoulaye Diop"
                return code
            if re.fullmatch(r",\s+", between) and _TITLE_OF_BEFORE.search(text[max(0, p.start_char - 60):p.start_char]):
                return code   # "the foreign minister of Mali, Abdoulaye Diop"
        elif p.start_char >= q.end_char:   # the state after the name, in an apposition
            between = text[q.end_char:p.start_char]
            if _OPENING.fullmatch(between):
                title = _STATE_TITLE.match(text, p.end_char)   # ", Mali's foreign minister"
                if title is not None and not _name_follows(title.end(), queries, answers, text):
                    return code
            elif _TITLE_OF.fullmatch(between) and not _name_follows(p.end_char, queries, answers, text):
                return code   # ", foreign minister of Mali"
    return None


def _of_state(e, a: Resolution, code: str, date: Optional[str]) -> bool:
    """Is the person `e` (answered `a`) of the state `code`, by country or by any office the sources give?"""
    countries = {a.country_code, getattr(e, "country_code", None)} | {r.country for r in getattr(e, "roles", ())}
    return any(one_state(c, code) or state_on(c, date, person=True) == code for c in countries if c)


def _stated_person(gaz, key: str, code: str, date: Optional[str]) -> Optional[Resolution]:
    """The one person the gazetteer holds by the name `key` of the state `code`, answered as of `date`."""
    found = [e for e in gaz.lookup_exact(key, types=("PERSON",))
             if e.entity_type == "PERSON" and _of_state(e, Resolution("PERSON"), code, date)] if gaz is not None else []
    if len(found) != 1:
        return None
    e = found[0]
    role = role_on(e, date)
    acts_for = role_country(e, role, date) if role in ACTING_ROLES else None
    start, end = acting_span(e, role, date, acts_for)
    return Resolution("PERSON", e.entity_id, e.canonical_name, state_on(e.country_code, date, person=True),
                      state_on(acts_for, date, person=True), role, 0.85, "context", role_start=start, role_end=end)


def officials_of_stated_states(gaz, queries: Sequence, answers: list, text: Optional[str],
                               date: Optional[str]) -> list:
    """`answers` with each person the text gives another state's office than the linked person's made that
    state's person of the name, or unknown, with every mention linked to the namesake (see the module's doc)."""
    if not text:
        return answers
    states = _states(queries, answers)
    if not states:
        return answers
    by_id = getattr(gaz, "by_id", {}) if gaz is not None else {}
    replaced = {}   # the namesake's entity id -> the stated state's person, or None
    for q, a in zip(queries, answers):
        if a is None or a.entity_type != "PERSON" or not a.entity_id or not a.country_code or a.entity_id in replaced:
            continue
        code = stated_state(text, q, states, queries, answers)
        if code is None or _of_state(by_id.get(a.entity_id), a, code, date):
            continue
        replaced[a.entity_id] = _stated_person(gaz, person_name_key(q.text), code, date)
    if not replaced:
        return answers
    return [a if a is None or a.entity_id not in replaced
            else replaced[a.entity_id] or Resolution("PERSON", None, q.text.strip(), method="nil")
            for q, a in zip(queries, answers)]
