"""Numbers and the count of a noun phrase: "more than 50", "two dozen", "60 of our staff"."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from transforms.expulsions import lexicon as lex
from transforms.expulsions.mentions import antecedent_state, country_of
from transforms.expulsions.tokens import Token, Unit


DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def is_number_word(norm: str) -> bool:
    parts = norm.split("-")
    return all(p in lex.UNITS or p in lex.TENS or p in lex.SCALES or p == "dozen" for p in parts) and bool(parts)


def is_number_token(norm: str) -> bool:
    return bool(DIGITS.match(norm)) or is_number_word(norm)


def number_value(words: Sequence[str]) -> Optional[int]:
    """["two", "dozen"] -> 24, ["one", "hundred", "and", "five"] -> 105, ["1,063"] -> 1063."""
    total = current = 0
    seen = False
    for w in words:
        if DIGITS.match(w):
            digits = w.replace(",", "")
            current += int(digits) if len(digits) <= 30 else 10 ** 30   # past int()'s 4,300-digit limit: huge
            seen = True
            continue
        for part in w.split("-"):
            if part in lex.UNITS:
                current += lex.UNITS[part]
            elif part in lex.TENS:
                current += lex.TENS[part]
            elif part == "hundred":
                current = (current or 1) * 100
            elif part == "thousand":
                total += (current or 1) * 1000
                current = 0
            elif part == "dozen":
                current = (current or 1) * 12
            else:
                continue
            seen = True
    return total + current if seen else None


def _rank_before(tokens: Sequence[Token], k: int, floor: int) -> bool:
    """"number" or "No." right before token k."""
    if k - 1 >= floor and (tokens[k - 1].norm == "number" or tokens[k - 1].text == "No" and tokens[k].text.isdigit()):
        return True
    return k - 2 >= floor and tokens[k - 1].norm == "." and tokens[k - 2].norm == "no"


def day_of_month(tokens: Sequence[Token], k: int, floor: int) -> bool:
    """The number at token k is a day after its month ("Dec. 22", "March 3"), not a count."""
    if not DIGITS.match(tokens[k].norm) or int(tokens[k].norm.replace(",", "")) > 31:
        return False
    p = k - 1
    if p > floor and tokens[p].norm == "." and tokens[p - 1].norm in lex.MONTH_ABBREVIATIONS:
        p -= 1
    return p >= floor and (tokens[p].norm in lex.MONTH_ABBREVIATIONS or
                           tokens[p].norm in lex.MONTHS and tokens[p].text[:1].isupper())


def number_ending_at(tokens: Sequence[Token], p: int, floor: int) -> Optional[tuple[int, int]]:
    """(value, first index) of a number phrase that ends at token p."""
    if p < floor or not is_number_token(tokens[p].norm):
        return None
    k = p
    while k - 1 >= floor:
        prev = tokens[k - 1].norm
        if is_number_token(prev) and not DIGITS.match(prev) and not DIGITS.match(tokens[k].norm):
            k -= 1
        elif prev in ("a", "an") and tokens[k].norm in ("hundred", "thousand", "dozen"):
            k -= 1
        elif prev == "and" and k - 2 >= floor and is_number_word(tokens[k - 2].norm) and tokens[k].norm not in lex.SCALES:
            k -= 2
        else:
            break
    value = number_value([t.norm for t in tokens[k:p + 1]])
    return (value, k) if value is not None else None


def number_starting_at(tokens: Sequence[Token], s: int, hi: int) -> Optional[tuple[int, int]]:
    """(value, one-past-end index) of a number phrase that starts at token s."""
    if s >= hi:
        return None
    k = s
    if tokens[k].norm in ("a", "an") and k + 1 < hi and tokens[k + 1].norm in ("hundred", "thousand", "dozen"):
        k += 1
    if not is_number_token(tokens[k].norm):
        return None
    k += 1
    while k < hi and not DIGITS.match(tokens[k - 1].norm):
        if is_number_word(tokens[k].norm):
            k += 1
        elif tokens[k].norm == "and" and k + 1 < hi and is_number_word(tokens[k + 1].norm) \
                and tokens[k - 1].norm in lex.SCALES:
            k += 2
        else:
            break
    value = number_value([t.norm for t in tokens[s:k]])
    return (value, k) if value is not None else None


def phrase_before(tokens: Sequence[Token], p: int, floor: int, phrases) -> Optional[int]:
    """Index where one of `phrases` starts if it ends right before token p."""
    for ph in phrases:
        n = len(ph)
        if p - n >= floor and tuple(t.norm for t in tokens[p - n:p]) == ph:
            return p - n
    return None



def _all_but_of(tokens: Sequence[Token], start: int, floor: int) -> Optional[int]:
    """"all but one of the 12 diplomats": where "all but one of (the, its)" ends right before the number."""
    k = start - 1
    if k >= floor and tokens[k].norm in ("the", "its", "their", "our", "his", "her"):
        k -= 1
    if k < floor or tokens[k].norm != "of":
        return None
    num = number_ending_at(tokens, k - 1, floor)
    return phrase_before(tokens, num[1], floor, lex.ALL_BUT_BEFORE) if num is not None else None


def _partitive_share(unit: Unit, start: int, floor: int, count: int) -> Optional[tuple[int, int]]:
    """"four of Ireland's six diplomats", "two of the 12 diplomats": the number before "of" and the group's owner or
    determiner that ends right before the group's own number at `start`, where it is no more than the group's
    `count`; the share is who is told, the group only where they come from. None for any other shape."""
    tokens = unit.tokens
    k = start - 1
    span = unit.span_at.get(k)
    if span is not None and tokens[k].possessive:
        while k - 1 >= floor and unit.span_at.get(k - 1) is span:
            k -= 1
        k -= 1   # "Ireland's": the owner named
    elif k >= floor and tokens[k].norm in lex.DETERMINERS_ONE - {"a", "an", "one"}:
        k -= 1   # "the", "its", "their"
    else:
        return None
    if k < floor or tokens[k].norm != "of":
        return None
    share = number_ending_at(tokens, k - 1, floor)
    return share if share is not None and share[0] <= count else None


def parse_count(unit: Unit, noun: int, number: str, floor: int) -> tuple[Optional[int], bool, int, bool, Optional[str]]:
    """Count of the noun phrase whose head noun starts at token `noun`.

    Returns (count, at_least, first token of the phrase, own, nationality). "the
    ambassador" and a bare title ("Ambassador Hodges") are 1; a plural without a
    number is None; "more than 50" is 50 with at_least.
    """
    tokens = unit.tokens
    p = noun - 1
    nationality, possessive_det, mods = None, False, 0
    while p >= floor and mods < 6:
        t = tokens[p]
        span = unit.span_at.get(p)
        if span is not None:
            if nationality is None:
                nationality = country_of(span.mention)
            possessive_det = possessive_det or t.possessive
        elif t.norm in lex.NP_MODIFIERS or t.norm in ("-", "\u2019", "'"):
            pass
        elif t.possessive and t.norm not in ("it's",):
            possessive_det = True
        else:
            break
        p -= 1
        mods += 1
    count, at_least, own, start = None, False, False, p + 1
    if p >= floor:
        w = tokens[p].norm
        num = None
        if w in ("our", "their", "its", "the", "these", "those", "his", "her") and p - 1 >= floor and tokens[p - 1].norm == "of":
            num = number_ending_at(tokens, p - 2, floor)   # "60 of our staff"
            own = num is not None and w in lex.OWN_MARKERS
        elif w == "of" and possessive_det:
            num = number_ending_at(tokens, p - 1, floor)   # "five of Russia's embassy staff"
        if num is None:
            num = number_ending_at(tokens, p, floor)
            if num is not None and _rank_before(tokens, num[1], floor):
                num = None   # "the number two official in the embassy", "the No. 2 diplomat": a rank, one person
            elif num is not None and day_of_month(tokens, num[1], floor):
                num = None   # "TURKMENISTAN - Dec. 22 - Uzbekistan Ambassador Expelled": a date, not a count
        if num is not None:
            num = _partitive_share(unit, num[1], floor, num[0]) or num
            count, start = num
            q = phrase_before(tokens, start, floor, lex.AT_LEAST_BEFORE)
            stay = phrase_before(tokens, start, floor, lex.ALL_BUT_BEFORE) or _all_but_of(tokens, start, floor)
            if stay is not None:
                count, start = None, stay   # "all but one of the diplomats": one stays, the rest go
            elif q is not None:
                at_least, start = True, q
            else:
                q = phrase_before(tokens, start, floor, lex.APPROXIMATE_BEFORE)
                start = q if q is not None else start
        elif w in lex.DETERMINERS_ONE:
            own, start = w in lex.OWN_MARKERS, p
            if w in ("its", "their") and nationality is None:
                nationality = antecedent_state(unit, p)   # "Moscow ... the expulsion of its diplomats"
    if count is None and number == "s":   # "the ambassador", "Ecuador's ambassador", "Ambassador Hodges"
        count = 1
    return count, at_least, start, own, nationality
