"""Who is expelled by a trigger, how many, and whose diplomats they are (step 3)."""
from __future__ import annotations

import bisect
from typing import NamedTuple, Optional, Sequence, TYPE_CHECKING

from transforms.expulsions import lexicon as lex
from transforms.expulsions.legislators import members_of_a_house
from transforms.expulsions.counts import number_ending_at, number_starting_at, parse_count
from transforms.expulsions.mentions import country_of
from transforms.expulsions.parse_words import INTERNATIONAL_BODIES
from transforms.expulsions.tokens import Unit, match_personnel
from transforms.expulsions.triggers import Trigger, aux_index

if TYPE_CHECKING:
    from transforms.expulsions.context import ArticleContext


class Target(NamedTuple):
    count: Optional[int]
    at_least: bool
    country: Optional[str]     # the expelled state, when the text names it
    lo: int                    # token span of the whole object (noun phrases and their PPs)
    hi: int
    strong: bool               # a plainly diplomatic noun (or the persona non grata construction)
    own: bool = False          # "our staff": the speaker's side, unnamed
    pronoun: bool = False      # "expel anyone"


def _nationality_after(unit: Unit, q: int, limit: int) -> tuple[Optional[str], int, bool]:
    """Nationality in the words after a noun: "diplomats of X", "staff at the X Embassy",
    "operatives from the X Mission", "Ambassador <Person>". Returns (code, end, mission_seen)."""
    tokens = unit.tokens
    n = min(len(tokens), limit)
    if q >= n:
        return None, q, False
    span = unit.span_at.get(q)
    if span is not None and span.i == q and span.mention.entity_type == "PERSON":
        return country_of(span.mention), span.j, False
    w = tokens[q].norm
    if w not in ("of", "from", "at", "in"):
        return None, q, False
    code, end, mission = None, q, False
    for p in range(q + 1, min(q + 8, n)):
        tw = tokens[p].norm
        if tw in lex.MISSION_WORDS:
            mission, end = True, p + 1
            if p + 1 < n and tokens[p + 1].norm == "of" and code is None:
                continue   # "members of the Delegation of the European Union"
            break
        if tw in (",", ";", ".", "to", "and", "who", "which") or (tw.isalpha() and tw not in ("the", "general", "of")
                                                                  and p not in unit.span_at and not tokens[p].text[:1].isupper()):
            break
        span = unit.span_at.get(p)
        if span is not None and code is None:
            m = span.mention
            if w == "of" or m.entity_type == "NORP" or tokens[span.j - 1].possessive:
                code = country_of(m)
            elif span.j < n and tokens[span.j].norm in lex.MISSION_WORDS:
                code = country_of(m)
            end = span.j
    if w in ("from", "in") and not mission and code is not None and unit.span_at.get(q + 1) is None \
            and unit.span_at.get(q + 2) is None:
        code = None
    if w in ("from", "in", "at") and not mission:
        # "from Great Britain", "in Moscow": where they were expelled from, not who they are
        span = next((unit.span_at.get(p) for p in range(q + 1, min(q + 3, n)) if unit.span_at.get(p)), None)
        if span is not None and span.mention.entity_type != "NORP" and not tokens[span.j - 1].possessive:
            return None, q, False
    return code, max(end, q), mission


def _coordinated(unit: Unit, start: int, limit: int, stops: set[int]) -> Optional[tuple[Optional[int], bool, int, int, Optional[str], bool]]:
    """A further group joined by and / along with / as well as: "... and two attachés".

    Returns (count, at_least, np_start, end, nationality, strong) of the next group."""
    tokens = unit.tokens
    n = min(len(tokens), limit)
    for x in range(start, min(start + 10, n)):
        if x in stops or tokens[x].norm in (";", ".", "who", "which", "that", "whose"):
            return None
        for co in lex.COORDINATORS:
            if tuple(t.norm for t in tokens[x:x + len(co)]) != co:
                continue
            y = x + len(co)
            at_least = False
            q = y
            for ph in lex.AT_LEAST_BEFORE:
                if tuple(t.norm for t in tokens[q:q + len(ph)]) == ph:
                    q, at_least = q + len(ph), True
                    break
            num = number_starting_at(tokens, q, n)
            if num is not None:
                value, k = num
            elif q < n and tokens[q].norm in lex.DETERMINERS_ONE:
                value, k = None, q + 1
            elif _titled_name_at(unit, q, n):   # "charge d'affaires X and consul Y": one more, named
                value, k = 1, q
            else:
                return None
            mods = 0
            nationality = None
            while k < n and mods < 4 and match_personnel(tokens, k, n) is None:
                span = unit.span_at.get(k)
                if span is not None:
                    nationality = nationality or country_of(span.mention)
                elif tokens[k].norm not in lex.NP_MODIFIERS:
                    return None
                k += 1
                mods += 1
            hit = match_personnel(tokens, k, n) if k < n else None
            if hit is None:
                return None
            length, number, strong = hit
            if value is None:
                value = 1 if number == "s" else None
            after, end, _ = _nationality_after(unit, k + length, n)
            return value, at_least, y, max(end, k + length), nationality or after, strong
    return None


def _titled_name_at(unit: Unit, q: int, n: int) -> bool:
    """A diplomatic title with no article right before a person's name ("consul Alvaro Fernandez")."""
    hit = match_personnel(unit.tokens, q, n) if q < n else None
    if hit is None or hit[1] != "s":   # one person, singular
        return False
    span = unit.span_at.get(q + hit[0])
    return span is not None and span.mention.entity_type == "PERSON"


def _other_sense(unit: Unit, lo: int, hi: int) -> bool:
    """Migrants, students, party members, or a body one is expelled from."""
    tokens = unit.tokens
    n = len(tokens)
    for p in range(max(lo, 0), min(hi, n)):
        w = tokens[p].norm
        if w in lex.OTHER_SENSE_PEOPLE:
            return True
        if w == "from":
            for q in range(p + 1, min(p + 6, n)):
                if tokens[q].norm in lex.OTHER_SENSE_BODIES:
                    return True
                if tokens[q].norm in (",", ";", "."):
                    break
            if _seat_at_many_states(tokens, p + 1):
                return True
    return False


def _seat_at_many_states(tokens, q: int) -> bool:
    """Does the phrase after "from" name an organisation of many states (patterns/grammar.json international_bodies)
    that one is put out of: right after "from" ("expelled from the United Nations") or after a seat in it
    (lexicon SEATS: "expel the representatives of Freedonia from the place which they occupy at the United Nations",
    "from their seats in the UN")? Not a state's mission to it ("from the Freedonian mission to the United Nations":
    a mission word first), and only up to the phrase's end (a comma, a semicolon, a full stop): "from the country
    after a UN report" is no seat."""
    words = []
    for t in tokens[q:q + 12]:
        if t.norm in (",", ";", ".") or t.norm in lex.MISSION_WORDS:
            break
        words.append(t)
    for k in range(len(words)):
        if not any(" ".join(t.text for t in words[k:k + len(body.split())]) == body for body in INTERNATIONAL_BODIES):
            continue
        before = [t.norm for t in words[:k]]
        if before and before[-1] == "the":
            before = before[:-1]
        if not before or any(w in lex.SEATS for w in before) and before[-1] in ("at", "in", "of"):
            return True
    return False


def find_target(unit: Unit, trig: Trigger, triggers: Sequence[Trigger], context: "ArticleContext") -> Optional[Target]:
    """Who is expelled by this trigger, and how many; None when it is not a diplomatic expulsion."""
    tokens = unit.tokens
    n = len(tokens)
    later = bisect.bisect_right([t.i for t in triggers], trig.i)
    nxt = triggers[later].i if later < len(triggers) else n
    regions = _object_regions(unit, trig, nxt)
    for lo, hi, reach in regions:
        target = _target_in(unit, trig, lo, hi, reach, nxt)
        if target is not None:
            if trig.kind == "cut":
                return _cut_target(unit, target, trig.ordered)
            return target
    # "six expulsions of its own": a counted noun in an article about diplomats
    if trig.kind == "noun" and context.diplomatic:
        num = number_ending_at(tokens, trig.i - 1, 0)
        b = num[1] - 1 if num is not None else -1
        b -= 1 if b > 0 and tokens[b].norm == "." else 0
        before = tokens[b].norm if b >= 0 else ""
        if num is not None and before not in lex.MONTHS and before not in lex.MONTH_ABBREVIATIONS \
                and not 1800 <= num[0] <= 2100:
            return Target(num[0], False, None, num[1], trig.j, False, own=True)
    return None


def _past_place(tokens, hi: int) -> int:
    """Where "by" or "from" would stand after the staff cut when a place phrase of capitalised words follows the
    staff ("its embassy staff in Strelsau by ten", "its staff at the Embassy in Fredville from 40 to 25"): the token
    after that phrase, if "by" or "from" is there; else `hi`."""
    k = hi
    while k + 1 < len(tokens) and tokens[k].norm in ("in", "at") and tokens[k + 1].text[:1].isupper():
        k += 1
        while k < len(tokens) and k - hi <= 8 and (tokens[k].text[:1].isupper() or tokens[k].norm == "the"):
            k += 1
    return k if k > hi and k < len(tokens) and tokens[k].norm in ("by", "from") else hi


def _cut_target(unit: Unit, target: Target, ordered: Optional[str]) -> Target:
    """The ordered state's diplomats; "cut its staff by 755" gives the number after "by", "from 40 to 25" the
    difference ("reduce its staff to 455" gives what remains, not how many go: no count)."""
    tokens = unit.tokens
    count, at_least, hi = target.count, target.at_least, target.hi
    hi = _past_place(tokens, hi)   # "cut its embassy staff in Strelsau by ten": the mission's place between
    if hi < len(tokens) and tokens[hi].norm == "by":
        q = hi + 1
        for ph in lex.AT_LEAST_BEFORE:
            if tuple(t.norm for t in tokens[q:q + len(ph)]) == ph:
                q, at_least = q + len(ph), True
                break
        num = number_starting_at(tokens, q, len(tokens))
        if num is not None:
            count, hi = num
    elif hi < len(tokens) and tokens[hi].norm == "from":   # "cut its staff from 40 to 25": 15 go
        before = number_starting_at(tokens, hi + 1, len(tokens))
        after = number_starting_at(tokens, before[1] + 1, len(tokens)) \
            if before is not None and before[1] < len(tokens) and tokens[before[1]].norm == "to" else None
        if after is not None and before[0] > after[0]:
            count, at_least, hi = before[0] - after[0], False, after[1]
    return target._replace(count=count, at_least=at_least, country=ordered, hi=hi, own=False, strong=True)


def _object_regions(unit: Unit, trig: Trigger, nxt: int) -> list[tuple[int, int, int]]:
    """(lo, hi, reach): token ranges where the expelled noun may start; reach = how far
    the noun may be from lo."""
    tokens = unit.tokens
    n = len(tokens)
    clause = unit.clause_start[trig.i] if trig.i < n else 0
    if trig.kind == "noun":
        for p in range(trig.j, min(trig.j + 5, n)):
            if tokens[p].norm == "of":
                if p > trig.j and not _before_noun_of(unit, p - 1):
                    return []   # "the expulsion follows the murder of ...": another noun's "of"
                return [(p + 1, min(nxt, n), 8)]
            if tokens[p].norm in (",", ";", "."):
                break
        return []
    if trig.passive:
        aux = aux_index(tokens, trig.i)
        # "told reporters that the individuals concerned had been given ...": the passive's subject is in the
        # clause "that" opens, never before it ("the diplomats that were expelled": "that" is the subject itself)
        clause = max([clause] + [p + 1 for p in range(clause, aux - 1) if tokens[p].norm in ("that", "whether")])
        commas = [p + 1 for p in range(clause, aux) if tokens[p].norm == ","]
        regions = []
        if commas:
            regions.append((commas[-1], aux, 30))
        opened = opened_clause(tokens, clause, aux)
        if opened is not None:   # "recalled its ambassador after two diplomats were expelled": the people after
            regions.insert(0, (opened, aux, 30))   # "after", not the ambassador of the clause before
        regions.append((clause, aux, 40))
        right_before = _people_right_before(tokens, aux, clause)
        if right_before is not None:
            regions.insert(0, right_before)
        if trig.kind in ("png", "leave"):   # "gave the diplomats 72 hours to leave" with an aux before
            regions.append((trig.lo, trig.hi, 12) if trig.lo >= 0 else (trig.j, min(nxt, n), 10))
        return regions
    if trig.lo >= 0:
        regions = [(trig.lo, trig.hi, 14)]
        if trig.kind == "png":   # "two diplomats declared persona non grata" (reduced relative)
            regions.append((clause, trig.i, 30))
        return regions
    return [(trig.j, min(nxt, n), 12)]


def opened_clause(tokens, clause: int, aux: int) -> Optional[int]:
    """The first token after the last word that opens a clause of time or grounds (lexicon.SUBORDINATORS) before the
    passive's auxiliary at `aux`, with no comma between them ("... after two diplomats were expelled"); None if
    there is none ("Two diplomats, who arrived after the ambassador, were expelled": a comma closes that clause)."""
    for p in range(aux - 1, clause - 1, -1):
        if tokens[p].norm == ",":
            return None
        if tokens[p].norm in lex.SUBORDINATORS:
            return p + 1 if p + 1 < aux else None
    return None


def _people_right_before(tokens, aux: int, clause: int) -> Optional[tuple[int, int, int]]:
    """"handed the chargé d'affaires a note with a list of US diplomats to be expelled": the people of a passive
    infinitive ("to be expelled") are the noun right before "to", not the first people of the clause; the region
    (lo, hi, reach) of that noun phrase, or None."""
    if aux >= len(tokens) or tokens[aux].norm != "to":
        return None
    k = next((k for k in range(aux - 1, max(clause, aux - 8) - 1, -1)
              if (hit := match_personnel(tokens, k, aux)) is not None and k + hit[0] == aux), None)
    if k is None:
        return None
    lo = max(clause, k - 4)
    for j in range(lo, k):   # the phrase starts after any other people before it
        hit = match_personnel(tokens, j, k)
        if hit is not None:
            lo = j + hit[0]
    return lo, aux, aux - lo


def _before_noun_of(unit: Unit, k: int) -> bool:
    """Whether token k, just before "of", can end what stands between an expulsion noun and its
    "of": a time ("on Monday", "last week", "in 1985") or the agent ("by Britain")."""
    t = unit.tokens[k]
    return t.norm in lex.TIME_WORDS or t.text.isdigit() or k in unit.span_at


def _target_in(unit: Unit, trig: Trigger, lo: int, hi: int, reach: int, nxt: int) -> Optional[Target]:
    tokens = unit.tokens
    n = len(tokens)
    for k in range(lo, min(hi, lo + reach + 1, n)):
        if k > lo and tokens[k].norm in (";",):
            break
        if tokens[k].norm in lex.PRONOUN_OBJECTS and k == lo and trig.kind in ("verb", "leave"):
            return Target(None, False, None, k, k + 1, False, pronoun=True)
        hit = match_personnel(tokens, k, hi)
        if hit is None:
            continue
        length, number, strong = hit
        count, at_least, start, own, nationality = parse_count(unit, k, number, lo)
        after, end, mission = _nationality_after(unit, k + length, n)
        nationality = nationality or after
        end = max(end, k + length)
        stops = {t for t in range(nxt, n)}
        while True:   # "58 diplomatic staff ... and two employees ..."
            more = _coordinated(unit, end, n, stops)
            if more is None:
                break
            c2, al2, _, end2, nat2, strong2 = more
            if nationality is not None and nat2 is not None and nat2 != nationality:
                break   # "23 Freedonian diplomats by Ruritania and 13 Syldavian diplomats": other people, no sum
            count = None if count is None or c2 is None else count + c2
            at_least = at_least or al2
            nationality = nationality or nat2
            strong = strong or strong2
            end = end2
        if not mission and k > 0 and (tokens[k - 1].norm, tokens[k].norm) in lex.ARMED_FORCES_PEOPLE:
            return None   # "Chadian military personnel working with African Union truce monitors": troops
        by_nationality = nationality is not None and (strong or tokens[k].norm not in lex.MISSION_ONLY_PEOPLE)
        diplomatic = strong or by_nationality or mission or trig.kind in ("png", "revoke", "cut")
        if not diplomatic or _other_sense(unit, trig.i, end + 3):
            return None
        if any(members_of_a_house(tokens, q) for q in range(start, min(end + 1, len(tokens)))):
            return None   # "a member of the British House of Lords ... declared personae non grata": a legislator
        return Target(count, at_least, nationality, start, end, strong or trig.kind in ("png", "revoke"), own)
    return None
