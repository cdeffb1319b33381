"""Find diplomatic-expulsion events in one article: pure functions, no Beam.

    extract_events(article_id, text, published_date, sentences, mentions) -> list[Event]

`sentences` are spaCy sentence spans and `mentions` resolved mentions (see
transforms/records.py). The extractor works on a light tokenisation of each
sentence plus the mentions; it needs no parser.

How one event is found, step by step (each step is one function below):

1. `analysis_units`: spaCy sentences, split again at blank lines, with a list item
   glued to the line that introduces it ("the UK government will:" + "expel 23 ...").
2. `find_triggers`: expel/deport/oust, kick/throw out, send ... home, declare
   persona non grata, order/tell/give N days ... to leave, demand that ... leave,
   revoke accreditation, and the nouns expulsion/deportation/ouster.
   `find_cut_triggers`: a state ordered, asked or forced to cut, reduce or withdraw
   its staff ("ordered the U.S. to cut its diplomatic staff by 755") expels that
   state's diplomats; "reduce ... to 455" gives what remains, so no count.
3. `find_target`: who is expelled. It must be diplomatic: diplomat, ambassador,
   envoy, chargé d'affaires, consul, attaché, high commissioner, spies,
   intelligence officers, diplomatic/embassy/consular staff. "officials", "staff",
   "employees", "members" count only with a nationality or a mission beside them
   ("105 Soviet officials", "members of the Delegation of X"). Migrants, party
   members, students or states leaving an organisation give no event at all.
   The count (`parse_count`) and the expelled nationality come from the noun phrase
   ("more than 50 British diplomats", "60 of our staff", "Ecuador's ambassador",
   "12 operatives from the Russian Mission"); coordinated groups are summed
   ("58 staff ... and two employees" = 60, "the ambassador and two attachés" = 3).
4. `find_actor`: the expelling state, from a mention's `acts_for` (a country, its
   capital, its government, a leader in office): possessive ("Russia's expulsion
   of"), by/from agent ("were expelled by Poland", "from Great Britain"), else the
   nearest state mention before the trigger ("Donald Trump, who ousted").
   Agents made of several states or "partner nations" mark an aggregate.
   A nationality acting as its state ("the British expelled", "the Russian government",
   "the Russians retaliated by expelling"; never "Russian diplomats"); an unnamed
   government body ("the Foreign Ministry said it ...") stands for the state the
   article is about only when one clearly dominates (`ArticleContext.counterpart`).
5. When the sentence names only one side, `ArticleContext.counterpart` may supply
   the other: only when one other state clearly dominates the article, and for a
   missing actor only in a retaliation sentence ("In response, ... were declared
   persona non grata").
6. `classify_modality`, in this order:
   - a question                                   -> hypothetical
   - negation before the trigger ("will not expel", "refused to expel",
     "reluctance to expel", "decided against")     -> negated
   - a call on someone to act ("urged X to expel", "demanding that ... leave",
     "should expel", "called for the expulsion") -> demand
   - condition, modal or consequence ("if Canada expelled", "could expel",
     "will only lead to deportations"), threat or intention without a decision
     ("threatened to expel", "plans to expel", "is considering expelling"),
     generic argument ("argue that expelling ... will")  -> hypothetical
   - no single state as actor ("A total of 29 countries", "by the US and partner
     nations", "Another 100 diplomats had been deported") -> aggregate
   - everything else, including announced decisions ("will now expel",
     "decided to expel", "began the process of expelling") -> asserted
7. `event_year`: an explicit year in the sentence (the one nearest the trigger),
   else "last year", "last month", "last March", "two years ago", "in March"
   relative to the published date, else the published year, else None.
   `bounded_by_term`: when only the published year is known and the actor is a
   person whose acting role (Mention.role_start/role_end) ended before the article,
   the year is the term's year if the term lies within one year, else None, never
   the article's year ("Donald Trump, who ousted 60 ..." in a 2022 article).
8. `split_elliptical_list`: "Poland has deported 45 Russian diplomats, Germany 40,
   ... and Luxembourg one" gives one event per listed state.

Within an article identical events are reported once, and a count-less mention of
a pair is dropped when the same pair has a counted event with the same modality.
"""
from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections import Counter
from typing import Iterable, NamedTuple, Optional, Sequence

from transforms.records import Event, Mention, Sentence
from transforms import expulsion_lexicon as lex

ASSERTED, HYPOTHETICAL, NEGATED, DEMAND, AGGREGATE = "asserted", "hypothetical", "negated", "demand", "aggregate"
MODALITIES = (ASSERTED, HYPOTHETICAL, NEGATED, DEMAND, AGGREGATE)


# ---------------------------------------------------------------------------------
# Tokens and units
# ---------------------------------------------------------------------------------
class Token(NamedTuple):
    text: str
    norm: str          # lower case, accents stripped, straight apostrophe
    start: int         # char offsets into the article text
    end: int

    @property
    def possessive(self) -> bool:
        return self.norm.endswith("'s") and len(self.norm) > 2


# digits (with separators), abbreviations (U.S.), words with inner ' or -, single symbols
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|(?:[A-Za-z]\.){2,}|\w+(?:['\u2019\-]\w+)*|[^\w\s]")


def normalise_token(word: str) -> str:
    s = unicodedata.normalize("NFKD", word.replace("\u2019", "'").replace("\u2018", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), normalise_token(m.group()), m.start() + offset, m.end() + offset)
            for m in _TOKEN_RE.finditer(text)]


class MentionSpan(NamedTuple):
    mention: Mention
    i: int             # first token
    j: int             # one past the last token


class Unit:
    """One analysed sentence: its text, tokens and the mentions inside it."""

    def __init__(self, text: str, start: int, end: int, mentions: Sequence[Mention]):
        self.start, self.end = start, end
        self.text = text[start:end]
        self.tokens = tokenize(self.text, start)
        self.spans = _spans_for(self.tokens, [m for m in mentions if m.start_char < end and m.end_char > start])
        self.span_at = {}
        for s in self.spans:
            for k in range(s.i, s.j):
                self.span_at[k] = s
        # clause_start[k]: first token of the clause (after ; ? !) that token k is in
        self.clause_start = []
        start = 0
        for k, t in enumerate(self.tokens):
            self.clause_start.append(start)
            if t.norm in (";", "?", "!"):
                start = k + 1
        total = re.search(r"\ba total of\b", self.text, re.I)
        self.total_at = self.start + total.start() if total else None

    def char_of(self, k: int) -> int:
        return self.tokens[k].start if k < len(self.tokens) else self.end


def _spans_for(tokens: Sequence[Token], mentions: Iterable[Mention]) -> list[MentionSpan]:
    ends = [t.end for t in tokens]
    spans = []
    for m in mentions:
        i = bisect.bisect_right(ends, m.start_char)      # first token ending after the mention starts
        j = i
        while j < len(tokens) and tokens[j].start < m.end_char:
            j += 1
        if j > i:
            spans.append(MentionSpan(m, i, j))
    return sorted(spans, key=lambda s: (s.i, -s.j))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*|(?<=[.:!?\"\u201d])[ \t]*\n\s*")
_FALLBACK_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"\u201d\u2019]?|$)")


def analysis_units(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Sentence spans, split at paragraph breaks, list items joined to their colon line."""
    if not sentences:
        sentences = [Sentence(m.start(), m.end()) for m in _FALLBACK_SENTENCE.finditer(text) if m.group().strip()]
    pieces = []
    for s in sentences:
        start = s.start
        for br in _PARAGRAPH_BREAK.finditer(text, s.start, s.end):
            pieces.append((start, br.start()))
            start = br.end()
        pieces.append((start, s.end))
    pieces = [_strip(text, a, b) for a, b in pieces]
    pieces = [(a, b) for a, b in pieces if b > a]
    units: list[tuple[int, int]] = []
    for a, b in pieces:
        if units and text[units[-1][0]:units[-1][1]].endswith(":") and text[a:a + 1].islower():
            units[-1] = (units[-1][0], b)   # "the UK government will:" + "expel 23 ..."
        else:
            units.append((a, b))
    return [piece for a, b in units for piece in _bounded(text, a, b)]


MAX_UNIT_CHARS = 1500   # far above a real sentence; keeps work per unit bounded on pathological input


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split a unit longer than MAX_UNIT_CHARS at its last clause break (';', ',', then space) before the
    limit. Work per unit grows with the square of its triggers, so one endless "sentence" must not
    cost minutes; real sentences are never this long."""
    out = []
    while b - a > MAX_UNIT_CHARS:
        limit = a + MAX_UNIT_CHARS
        cut = max(text.rfind(";", a, limit), text.rfind(",", a, limit))
        if cut <= a:
            cut = text.rfind(" ", a, limit)
        cut = cut + 1 if cut > a else limit
        out.append(_strip(text, a, cut))
        a = cut
    out.append(_strip(text, a, b))
    return [(x, y) for x, y in out if y > x]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# ---------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


def _is_number_word(norm: str) -> bool:
    parts = norm.split("-")
    return all(p in lex.UNITS or p in lex.TENS or p in lex.SCALES or p == "dozen" for p in parts) and bool(parts)


def _is_number_token(norm: str) -> bool:
    return bool(_DIGITS.match(norm)) or _is_number_word(norm)


def number_value(words: Sequence[str]) -> Optional[int]:
    """["two", "dozen"] -> 24, ["one", "hundred", "and", "five"] -> 105, ["1,063"] -> 1063."""
    total = current = 0
    seen = False
    for w in words:
        if _DIGITS.match(w):
            current += int(w.replace(",", ""))
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


def _number_ending_at(tokens: Sequence[Token], p: int, floor: int) -> Optional[tuple[int, int]]:
    """(value, first index) of a number phrase that ends at token p."""
    if p < floor or not _is_number_token(tokens[p].norm):
        return None
    k = p
    while k - 1 >= floor:
        prev = tokens[k - 1].norm
        if _is_number_token(prev) and not _DIGITS.match(prev) and not _DIGITS.match(tokens[k].norm):
            k -= 1
        elif prev in ("a", "an") and tokens[k].norm in ("hundred", "thousand", "dozen"):
            k -= 1
        elif prev == "and" and k - 2 >= floor and _is_number_word(tokens[k - 2].norm) and tokens[k].norm not in lex.SCALES:
            k -= 2
        else:
            break
    value = number_value([t.norm for t in tokens[k:p + 1]])
    return (value, k) if value is not None else None


def _number_starting_at(tokens: Sequence[Token], s: int, hi: int) -> Optional[tuple[int, int]]:
    """(value, one-past-end index) of a number phrase that starts at token s."""
    if s >= hi:
        return None
    k = s
    if tokens[k].norm in ("a", "an") and k + 1 < hi and tokens[k + 1].norm in ("hundred", "thousand", "dozen"):
        k += 1
    if not _is_number_token(tokens[k].norm):
        return None
    k += 1
    while k < hi and not _DIGITS.match(tokens[k - 1].norm):
        if _is_number_word(tokens[k].norm):
            k += 1
        elif tokens[k].norm == "and" and k + 1 < hi and _is_number_word(tokens[k + 1].norm) \
                and tokens[k - 1].norm in lex.SCALES:
            k += 2
        else:
            break
    value = number_value([t.norm for t in tokens[s:k]])
    return (value, k) if value is not None else None


def _phrase_before(tokens: Sequence[Token], p: int, floor: int, phrases) -> Optional[int]:
    """Index where one of `phrases` starts if it ends right before token p."""
    for ph in phrases:
        n = len(ph)
        if p - n >= floor and tuple(t.norm for t in tokens[p - n:p]) == ph:
            return p - n
    return None


# ---------------------------------------------------------------------------------
# Triggers
# ---------------------------------------------------------------------------------
class Trigger(NamedTuple):
    i: int                      # first token of the trigger
    j: int                      # one past its last token
    word: str                   # as written, for Event.trigger
    kind: str                   # verb | noun | png | leave | revoke
    passive: bool = False
    lo: int = -1                # where to look for who is expelled (token range); -1: default
    hi: int = -1
    demand: bool = False        # "demanding that ... leave", "demands for ... to leave"
    ordered: Optional[str] = None   # kind 'cut': the state made to shrink its mission


def _is_passive(tokens: Sequence[Token], k: int) -> bool:
    if tokens[k].norm.endswith("ing") or tokens[k].norm in lex.PRESENT_FORMS:
        return False
    p = k - 1
    skipped = 0
    while p >= 0 and tokens[p].norm in lex.ADVERB_FILLERS and skipped < 3:
        p -= 1
        skipped += 1
    return p >= 0 and tokens[p].norm in lex.BE_AUX


def _aux_index(tokens: Sequence[Token], k: int) -> int:
    p = k - 1
    while p >= 0 and tokens[p].norm not in lex.BE_AUX and k - p <= 4:
        p -= 1
    if p < 0 or tokens[p].norm not in lex.BE_AUX:
        return k   # "the diplomats expelled from ...": no auxiliary

    while p - 1 >= 0 and tokens[p - 1].norm in ("have", "has", "had", "will", "would", "may", "might", "could", "to"):
        p -= 1
    return p


def _personnel_ends_at(tokens: Sequence[Token], k: int) -> bool:
    """A diplomatic noun right before token k ("Russian diplomats expelled from ...")."""
    return any(match_personnel(tokens, s, k) is not None and match_personnel(tokens, s, k)[0] == k - s
               for s in range(max(0, k - lex.PERSONNEL_MAX_LEN), k))


def _is_adjectival(tokens: Sequence[Token], k: int) -> bool:
    """"the two expelled individuals": a participle used as an adjective."""
    if k == 0 or k + 1 >= len(tokens):
        return False
    prev, nxt = tokens[k - 1].norm, tokens[k + 1]
    return (prev in lex.ADJECTIVAL_BEFORE or _is_number_token(prev)) and nxt.norm.isalpha() \
        and nxt.norm not in ("by", "from", "to", "in", "on", "out", "and", "the", "a", "an", "last", "this")


def _boundary(tokens: Sequence[Token], k: int) -> bool:
    return tokens[k].norm in (";", "?", "!")


def find_triggers(tokens: Sequence[Token]) -> list[Trigger]:
    """Every expulsion trigger in one unit, in text order."""
    out: list[Trigger] = []
    n = len(tokens)
    for k, t in enumerate(tokens):
        w = t.norm
        if w in lex.EXPEL_VERBS:
            if not _is_adjectival(tokens, k):
                reduced = w.endswith("ed") and k > 0 and _personnel_ends_at(tokens, k)
                out.append(Trigger(k, k + 1, t.text, "verb", _is_passive(tokens, k) or reduced))
        elif w in lex.PARTICLE_VERBS:
            particle = lex.PARTICLE_VERBS[w]
            for p in range(k + 1, min(k + 9, n)):
                if tokens[p].norm == particle:
                    if p == k + 1:
                        out.append(Trigger(k, p + 1, f"{t.text} {tokens[p].text}", "verb", _is_passive(tokens, k)))
                    else:
                        out.append(Trigger(k, k + 1, f"{t.text} {tokens[p].text}", "verb", _is_passive(tokens, k), k + 1, p))
                    break
                if not tokens[p].norm[0].isalnum() and tokens[p].norm not in ("'", "\u2019"):
                    break
        elif w in lex.EXPEL_NOUNS:
            out.append(Trigger(k, k + 1, t.text, "noun"))
        elif w == "persona" and k + 2 < n and tokens[k + 1].norm == "non" and tokens[k + 2].norm == "grata":
            out.append(_png_trigger(tokens, k))
        elif w in lex.LEAVE_VERBS:
            trig = _leave_trigger(tokens, k)
            if trig:
                out.append(trig)
        elif w == "out" and (k + 1 == n or tokens[k + 1].norm in ("of", ",", ".", ";", "on", "in", "by", "within")):
            for o in range(k - 1, max(k - 10, -1), -1):   # "ordered three Russian diplomats out"
                if tokens[o].norm in lex.OUT_ORDER_VERBS:
                    out.append(Trigger(o, k + 1, f"{tokens[o].text} ... out", "leave", _is_passive(tokens, o), o + 1, k))
                    break
                if _boundary(tokens, o) or tokens[o].norm == ".":
                    break
        elif w in lex.REVOKE_VERBS:
            for a in range(k + 1, min(k + 4, n)):
                if tokens[a].norm in lex.ACCREDITATION:
                    lo = a + 1 + (1 if a + 1 < n and tokens[a + 1].norm == "of" else 0)
                    out.append(Trigger(k, a + 1, " ".join(x.text for x in tokens[k:a + 1]), "revoke",
                                       _is_passive(tokens, k), lo, min(lo + 12, n)))
                    break
    return _drop_overlaps(out)


def find_cut_triggers(unit: "Unit") -> list[Trigger]:
    """"ordered the U.S. to cut 755 diplomatic staff", "asked Canada to withdraw 41 diplomats":
    a state made to shrink its mission is an expulsion of its diplomats."""
    tokens = unit.tokens
    n = len(tokens)
    out = []
    for k in range(2, n):
        if tokens[k].norm not in lex.CUT_VERBS or tokens[k - 1].norm != "to":
            continue
        for o in range(k - 2, max(k - 10, -1), -1):
            if _boundary(tokens, o) or tokens[o].norm in (".", ","):
                break
            if tokens[o].norm not in lex.CUT_ORDER_VERBS:
                continue
            spans = [unit.span_at[p] for p in range(o + 1, k - 1) if p in unit.span_at]
            states = [state_of(sp.mention)[0] for sp in spans if state_of(sp.mention)[1]]
            if len(set(states)) == 1:
                out.append(Trigger(o, k + 1, f"{tokens[o].text} ... {tokens[k].text}", "cut",
                                   _is_passive(tokens, o), k + 1, min(k + 14, n), ordered=states[0]))
            break
    return out


def _png_trigger(tokens: Sequence[Token], k: int) -> Trigger:
    d = None
    for p in range(k - 1, max(k - 14, -1), -1):
        if _boundary(tokens, p):
            break
        if tokens[p].norm in lex.DECLARE_VERBS:
            d = p
            break
    n = len(tokens)
    if d is None:   # "Ambassador Hodges is persona non grata"
        return Trigger(k, k + 3, "persona non grata", "png", True)
    word = f"{tokens[d].text} persona non grata"
    passive = _is_passive(tokens, d)
    between = [x for x in tokens[d + 1:k] if x.norm not in ("\"", "\u201c", "\u201d", "'", "a", "as")]
    if passive:
        return Trigger(d, k + 3, word, "png", True)
    if between:
        return Trigger(d, k + 3, word, "png", False, d + 1, k)
    return Trigger(d, k + 3, word, "png", False, k + 3, min(k + 15, n))


def _leave_trigger(tokens: Sequence[Token], k: int) -> Optional[Trigger]:
    """"ordered 60 diplomats to leave", "gave them 72 hours to leave", "demanding that ... leave"."""
    after_to = k > 0 and tokens[k - 1].norm == "to"
    for o in range(k - 1, max(k - 26, -1), -1):
        w = tokens[o].norm
        if _boundary(tokens, o) or w == ".":
            return None
        if w in lex.ORDER_VERBS and after_to:
            return Trigger(o, k + 1, f"{tokens[o].text} ... {tokens[k].text}", "leave",
                           _is_passive(tokens, o), o + 1, k - 1)
        if w in lex.DEMAND_ORDER_VERBS and (after_to or (o + 1 < k and tokens[o + 1].norm in ("that", "for"))):
            lo = o + 2 if tokens[o + 1].norm in ("that", "for") else o + 1
            return Trigger(o, k + 1, f"{tokens[o].text} ... {tokens[k].text}", "leave",
                           _is_passive(tokens, o), lo, k - 1 if after_to else k, demand=True)
    return None


def _drop_overlaps(triggers: list[Trigger]) -> list[Trigger]:
    out: list[Trigger] = []
    for t in sorted(triggers, key=lambda t: (t.i, -(t.j - t.i))):
        if out and t.i < out[-1].j and not (out[-1].kind == "leave" and t.kind != "leave"):
            continue
        if out and out[-1].kind == "leave" and out[-1].i <= t.i < out[-1].j:
            # "ordered the expulsion ... to leave" cannot happen; an expel verb inside an
            # order-to-leave span ("told ... expelled diplomats to leave") is the same act
            continue
        out.append(t)
    return out


# ---------------------------------------------------------------------------------
# Who is expelled, and how many
# ---------------------------------------------------------------------------------
class Target(NamedTuple):
    count: Optional[int]
    at_least: bool
    country: Optional[str]     # the expelled state, when the text names it
    lo: int                    # token span of the whole object (noun phrases and their PPs)
    hi: int
    strong: bool               # a plainly diplomatic noun (or the persona non grata construction)
    own: bool = False          # "our staff": the speaker's side, unnamed
    pronoun: bool = False      # "expel anyone"


def match_personnel(tokens: Sequence[Token], k: int, hi: int) -> Optional[tuple[int, str, bool]]:
    """(length, number, strong) of a diplomatic noun starting at token k."""
    for length in range(min(lex.PERSONNEL_MAX_LEN, hi - k), 0, -1):
        key = tuple(t.norm for t in tokens[k:k + length])
        if key in lex.PERSONNEL:
            number, strong = lex.PERSONNEL[key]
            return length, number, strong
    key = (tokens[k].norm,)
    if key in lex.WEAK_PERSONNEL:
        number, strong = lex.WEAK_PERSONNEL[key]
        return 1, number, strong
    return None


def country_of(m: Mention) -> Optional[str]:
    """The state a mention names as a nationality (NORP, country, city, person, organisation)."""
    if m.country_code:
        return m.country_code
    for name in (m.canonical_name, m.text):
        code = lex.SUPRANATIONAL_CODES.get(normalise_token(name or "").removeprefix("the ").strip())
        if code:
            return code
    return None


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
            num = _number_ending_at(tokens, p - 2, floor)   # "60 of our staff"
            own = num is not None and w in lex.OWN_MARKERS
        elif w == "of" and possessive_det:
            num = _number_ending_at(tokens, p - 1, floor)   # "five of Russia's embassy staff"
        if num is None:
            num = _number_ending_at(tokens, p, floor)
        if num is not None:
            count, start = num
            q = _phrase_before(tokens, start, floor, lex.AT_LEAST_BEFORE)
            if q is not None:
                at_least, start = True, q
            else:
                q = _phrase_before(tokens, start, floor, lex.APPROXIMATE_BEFORE)
                start = q if q is not None else start
        elif w in lex.DETERMINERS_ONE:
            own, start = w in lex.OWN_MARKERS, p
            if w in ("its", "their") and nationality is None:
                nationality = _antecedent_state(unit, p)   # "Moscow ... the expulsion of its diplomats"
    if count is None and number == "s":   # "the ambassador", "Ecuador's ambassador", "Ambassador Hodges"
        count = 1
    return count, at_least, start, own, nationality


def _antecedent_state(unit: Unit, p: int) -> Optional[str]:
    """The state that "its"/"their" at token p most likely refers to: the nearest one before."""
    for span in reversed(unit.spans):
        if span.j <= p:
            state, strong = state_of(span.mention)
            if state and strong:
                return state
    return None


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
            num = _number_starting_at(tokens, q, n)
            if num is not None:
                value, k = num
            elif q < n and tokens[q].norm in lex.DETERMINERS_ONE:
                value, k = None, q + 1
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
        num = _number_ending_at(tokens, trig.i - 1, 0)
        b = num[1] - 1 if num is not None else -1
        b -= 1 if b > 0 and tokens[b].norm == "." else 0
        before = tokens[b].norm if b >= 0 else ""
        if num is not None and before not in lex.MONTHS and before not in lex.MONTH_ABBREVIATIONS \
                and not 1800 <= num[0] <= 2100:
            return Target(num[0], False, None, num[1], trig.j, False, own=True)
    return None


def _cut_target(unit: Unit, target: Target, ordered: Optional[str]) -> Target:
    """The ordered state's diplomats; "cut its staff by 755" gives the number after "by"
    ("reduce its staff to 455" gives what remains, not how many go: no count)."""
    tokens = unit.tokens
    count, at_least, hi = target.count, target.at_least, target.hi
    if hi < len(tokens) and tokens[hi].norm == "by":
        q = hi + 1
        for ph in lex.AT_LEAST_BEFORE:
            if tuple(t.norm for t in tokens[q:q + len(ph)]) == ph:
                q, at_least = q + len(ph), True
                break
        num = _number_starting_at(tokens, q, len(tokens))
        if num is not None:
            count, hi = num
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
                return [(p + 1, min(nxt, n), 8)]
            if tokens[p].norm in (",", ";", "."):
                break
        return []
    if trig.passive:
        aux = _aux_index(tokens, trig.i)
        commas = [p + 1 for p in range(clause, aux) if tokens[p].norm == ","]
        regions = []
        if commas:
            regions.append((commas[-1], aux, 30))
        regions.append((clause, aux, 40))
        if trig.kind in ("png", "leave"):   # "gave the diplomats 72 hours to leave" with an aux before
            regions.append((trig.lo, trig.hi, 12) if trig.lo >= 0 else (trig.j, min(nxt, n), 10))
        return regions
    if trig.lo >= 0:
        regions = [(trig.lo, trig.hi, 14)]
        if trig.kind == "png":   # "two diplomats declared persona non grata" (reduced relative)
            regions.append((clause, trig.i, 30))
        return regions
    return [(trig.j, min(nxt, n), 12)]


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
            count = None if count is None or c2 is None else count + c2
            at_least = at_least or al2
            nationality = nationality or nat2
            strong = strong or strong2
            end = end2
        diplomatic = strong or nationality is not None or mission or trig.kind in ("png", "revoke", "cut")
        if not diplomatic or _other_sense(unit, trig.i, end + 3):
            return None
        return Target(count, at_least, nationality, start, end, strong or trig.kind in ("png", "revoke"), own)
    return None


# ---------------------------------------------------------------------------------
# Who expels
# ---------------------------------------------------------------------------------
class Actor(NamedTuple):
    state: Optional[str]
    text: Optional[str]
    aggregate: bool = False
    others: tuple = ()        # further (state, text) of a coordinated subject: "Sweden and Norway each expelled"
    mention: Optional[Mention] = None   # the mention that names the actor, when one does


_NON_SUBJECT_PREPOSITIONS = lex.LOCATIVE_PREPOSITIONS | {"with", "against", "for", "about", "over", "than", "like"}
_AGENT_WORDS = {",", "and", "the", "other", "more", "than", "several", "many", "some", "all", "any", "partner",
                "allied", "western", "european", "nato", "eu", "dozen", "government", "governments", "its",
                "their", "a", "number", "of", "various", "fellow", "friendly"}


def state_of(m: Mention) -> tuple[Optional[str], bool]:
    """(state the mention can act for, strong). A person out of office is a weak actor."""
    if m.entity_type == "NORP" and not m.acts_for:
        return None, False
    if m.acts_for:
        return m.acts_for, True
    if m.entity_type == "COUNTRY" and m.country_code:
        return m.country_code, True
    if m.entity_type == "ORG":
        code = country_of(m)
        if code in lex.SUPRANATIONAL_CODES.values():
            return code, True
    if m.entity_type == "PERSON" and m.country_code:
        return m.country_code, False
    return None, False


def _usable(unit: Unit, span: MentionSpan, exclude: Sequence[tuple[int, int]], expelled: Optional[str]) -> Optional[str]:
    state, strong = state_of(span.mention)
    if state is None or state == expelled:
        return None
    if any(lo <= span.i < hi for lo, hi in exclude):
        return None
    tokens = unit.tokens
    p = span.i - 1
    while p >= 0 and tokens[p].norm in ("the", "\"", "\u201c"):
        p -= 1
    if p >= 0 and tokens[p].norm in _NON_SUBJECT_PREPOSITIONS:
        return None
    if span.j < len(tokens):
        nxt = tokens[span.j].norm
        if nxt in lex.MISSION_WORDS or match_personnel(tokens, span.j, len(tokens)) is not None:
            return None   # "the US Embassy", "U.S. ambassador Heather Hodges": a nationality
    return state


def _agent_phrase(unit: Unit, a: int) -> Optional[Actor]:
    """Parse "by Poland", "from the U.S., Britain and other countries" starting at token a."""
    tokens = unit.tokens
    states: list[tuple[str, MentionSpan]] = []
    aggregate = False
    words = 0
    k = a
    while k < len(tokens) and words < 16:
        span = unit.span_at.get(k)
        if span is not None:
            state, _ = state_of(span.mention)
            if state is not None:
                states.append((state, span))
            k = span.j
            words += 1
            continue
        w = tokens[k].norm
        if w in lex.STATE_PLURALS:
            aggregate = True
        elif w in ("any", "several", "many", "various"):
            aggregate = True
        elif not (w in _AGENT_WORDS or _is_number_token(w)):
            break
        k += 1
        words += 1
    distinct = {s for s, _ in states}
    if aggregate or len(distinct) > 1:
        return Actor(None, " ".join(t.text for t in tokens[a:k]), True)
    if states:
        return Actor(states[0][0], states[0][1].mention.text)
    return None


def _subject_aggregate(unit: Unit, trig: Trigger, actor_end: int) -> bool:
    """"A total of 29 Western countries deported", "both countries expelled"."""
    tokens = unit.tokens
    lo = max(actor_end, trig.i - 8, 0)
    for p in range(lo, trig.i):
        if p in unit.span_at:
            continue
        if _boundary(tokens, p):
            lo = p + 1
    window = [tokens[p].norm for p in range(lo, trig.i) if p not in unit.span_at]
    if any(w in lex.STATE_PLURALS for w in window):
        return True
    before_total = unit.total_at is not None and unit.total_at < unit.char_of(trig.i)
    return before_total or "each other" in " ".join(t.norm for t in tokens[trig.i:trig.i + 8])


def _direct_subject(unit: Unit, trig: Trigger) -> Optional[MentionSpan]:
    """A state mention right before the trigger ("Norway sent", "Norway has expelled")."""
    p = trig.i - 1
    while p >= 0 and trig.i - p <= 3 and p not in unit.span_at:
        if unit.tokens[p].norm not in lex.BE_AUX | lex.ADVERB_FILLERS | {"has", "have", "had", "will"}:
            return None
        p -= 1
    span = unit.span_at.get(p)
    return span if span is not None and state_of(span.mention)[1] else None


def _coordinated_subject(unit: Unit, last: MentionSpan, expelled: Optional[str]) -> list[tuple[str, str]]:
    """"France, Germany and Italy" ending at `last`: every (state, text), in text order."""
    group = [(state_of(last.mention)[0], last.mention.text)]
    i = last.i
    while i > 0:
        p = i - 1
        if unit.tokens[p].norm not in (",", "and"):
            break
        while p > 0 and unit.tokens[p].norm in (",", "and", "the"):
            p -= 1
        span = unit.span_at.get(p)
        if span is None:
            break
        state, strong = state_of(span.mention)
        if not state or not strong or state == expelled:
            break
        group.insert(0, (state, span.mention.text))
        i = span.i
    return group


def _state_left(unit: Unit, trig: Trigger, expelled: Optional[str]) -> Optional[Actor]:
    k = trig.j
    if k < len(unit.tokens) and unit.tokens[k].norm == "the":
        k += 1
    span = unit.span_at.get(k)
    if span is None or span.mention.entity_type not in ("COUNTRY", "CITY"):
        return None
    state, _ = state_of(span.mention)
    return Actor(state, span.mention.text) if state and state != expelled else None


def find_actor(unit: Unit, trig: Trigger, target: Target, context: "ArticleContext",
               previous: Sequence[Unit]) -> Actor:
    tokens = unit.tokens
    expelled = target.country
    exclude = [(target.lo, target.hi)]
    after = target.hi if target.hi > trig.j else trig.j
    # "Russia's expulsion of", "Russia's unprovoked decision to expel"
    if trig.kind in ("noun",):
        for p in range(trig.i - 1, max(trig.i - 4, -1), -1):
            span = unit.span_at.get(p)
            if span is not None and tokens[span.j - 1].possessive:
                state, _ = state_of(span.mention)
                if state and state != expelled:
                    return Actor(state, span.mention.text)
                break
            if tokens[p].norm not in lex.NP_MODIFIERS and not tokens[p].norm.isalpha():
                break
    # agent phrase: "were expelled by Poland", "the expulsion of ... from Great Britain"
    if trig.passive or trig.kind == "noun":
        for p in range(after, min(after + 4, len(tokens))):
            if tokens[p].norm in ("by", "from"):
                agent = _agent_phrase(unit, p + 1)
                if agent is not None and (agent.aggregate or agent.state != expelled):
                    return agent
                break
            if tokens[p].norm in (",", ";", "."):
                break
    # "were ordered to leave Poland": the state they must leave
    left = _state_left(unit, trig, expelled) if trig.kind == "leave" else None
    if left is not None and trig.passive:
        return left
    # subject: the nearest state mention before the trigger in the same clause
    best = None
    for span in unit.spans:
        if span.j > trig.i:
            break
        if span.j < len(tokens) and unit.clause_start[span.j] != unit.clause_start[min(trig.i, len(tokens) - 1)]:
            continue
        state = _usable(unit, span, exclude, expelled)
        if state is None:
            continue
        _, strong = state_of(span.mention)
        if not strong and trig.i - span.j > 3:
            continue
        best = (state, span)
    direct = _direct_subject(unit, trig)
    if direct is not None and expelled is not None and state_of(direct.mention)[0] == expelled:
        return Actor(expelled, direct.mention.text)   # "Norway sent two Norwegian diplomats home": a recall
    if best is not None:
        agg = _subject_aggregate(unit, trig, best[1].j)
        group = _coordinated_subject(unit, best[1], expelled)
        if len(group) > 1 and not agg:
            each = any(t.norm == "each" for t in tokens[max(0, trig.i - 2):min(len(tokens), target.hi + 2)])
            if each or target.count is None:
                (first, first_text), rest = group[0], tuple(group[1:])
                return Actor(first, first_text, False, rest)
            return Actor(None, " and ".join(t for _, t in group), True)
        return Actor(None if agg else best[0], best[1].mention.text, agg, mention=best[1].mention)
    norp = _norp_subject(unit, trig, exclude, expelled)
    if norp is not None:
        return Actor(country_of(norp.mention), norp.mention.text, mention=norp.mention)
    if _subject_aggregate(unit, trig, 0):
        return Actor(None, None, True)
    if left is not None:
        return left
    # "deporting Russian diplomats from the UK"
    if not trig.passive and trig.kind != "noun":
        for p in range(after, min(after + 3, len(tokens))):
            if tokens[p].norm == "from":
                agent = _agent_phrase(unit, p + 1)
                if agent is not None and (agent.aggregate or agent.state != expelled):
                    return agent
    # "the Foreign Ministry said it would expel two Japanese diplomats": an unnamed government
    # body speaks for the state the article is about, only when one state clearly dominates
    # (then "it" is the ministry, not the state of the previous sentence)
    if not trig.passive and _government_body_before(unit, trig):
        other = context.counterpart(expelled) if expelled else None
        return Actor(other, None)
    # "it expelled ...": the state of the previous sentence
    if trig.kind in ("verb", "leave", "revoke", "png", "cut") and not trig.passive:
        before = [t.norm for t in tokens[max(0, trig.i - 4):trig.i]]
        if any(w in ("it", "they") for w in before) and previous:
            for prev in reversed(previous[-2:]):
                for span in reversed(prev.spans):
                    state = _usable(prev, span, [], expelled)
                    if state is not None and state_of(span.mention)[1]:
                        return Actor(state, span.mention.text)
    # "In response, ... have been declared persona non grata": the other side of the row
    if expelled and any(cue in unit.text.lower() for cue in lex.RETALIATION_CUES):
        other = context.counterpart(expelled, cued=True)
        if other:
            return Actor(other, None)
    return Actor(None, None)


_SUBJECT_GAP = lex.BE_AUX | lex.ADVERB_FILLERS | {"has", "have", "had", "will", "retaliated", "responded",
                                                 "by", "then", "on", "monday", "tuesday", "wednesday", "thursday",
                                                 "friday", "saturday", "sunday", "swiftly"}


def _norp_subject(unit: Unit, trig: Trigger, exclude, expelled: Optional[str]) -> Optional[MentionSpan]:
    """A nationality acting as its state: "the British expelled", "the Russian government
    expelled", "the Russians retaliated by expelling". Never a nationality of people
    ("Russian diplomats expelled ...")."""
    tokens = unit.tokens
    clause = unit.clause_start[min(trig.i, len(tokens) - 1)]
    for span in reversed(unit.spans):
        if span.j > trig.i or span.i < clause:
            continue
        m = span.mention
        if m.entity_type != "NORP" or not country_of(m) or country_of(m) == expelled:
            continue
        if any(lo <= span.i < hi for lo, hi in exclude):
            continue
        nxt = tokens[span.j].norm if span.j < len(tokens) else ""
        if match_personnel(tokens, span.j, len(tokens)) is not None or nxt in lex.MISSION_WORDS:
            return None
        if nxt in lex.GOVERNMENT_NOUNS and trig.i - span.j <= 6:
            return span
        gap = [t.norm for t in tokens[span.j:trig.i]]
        before = tokens[span.i - 1].norm if span.i > 0 else ""
        if all(w in _SUBJECT_GAP for w in gap) and (before == "the" or m.text.endswith("s")):
            return span
        return None
    return None


def _government_body_before(unit: Unit, trig: Trigger) -> bool:
    """An unnamed government body ("the Foreign Ministry") is the subject before the trigger."""
    tokens = unit.tokens
    clause = unit.clause_start[min(trig.i, len(tokens) - 1)]
    pre = " ".join(t.norm for t in tokens[clause:trig.i])
    for body in lex.GOVERNMENT_BODY:
        at = pre.find(body)
        if at < 0:
            continue
        k = clause + len(pre[:at].split())   # token index where the body starts
        if any(p in unit.span_at for p in range(max(clause, k - 2), k)):
            return False   # "the Russian Foreign Ministry": named, handled by its mention
        return True
    return False


# ---------------------------------------------------------------------------------
# The article as context
# ---------------------------------------------------------------------------------
class ArticleContext:
    """What the whole article says: which states it is about, whether it is about diplomats."""

    def __init__(self, units: Sequence[Unit], mentions: Sequence[Mention]):
        counts: Counter = Counter()
        for m in mentions:
            state, _ = state_of(m)
            code = state or country_of(m)
            if code and m.entity_type != "OTHER":
                counts[code] += 1
        self.counts = counts
        self.diplomatic = any(
            (hit := match_personnel(u.tokens, k, len(u.tokens))) is not None and hit[2]
            for u in units for k in range(len(u.tokens)))

    def counterpart(self, state: str, cued: bool = False) -> Optional[str]:
        """The other side, when one other state clearly dominates the article. Without a cue
        in the sentence ("our staff", "of its own", "in response") it must be named twice."""
        others = [(c, k) for c, k in self.counts.most_common() if c != state]
        if not others:
            return None
        top, n1 = others[0]
        n2 = others[1][1] if len(others) > 1 else 0
        return top if n1 >= (1 if cued else 2) and n1 >= 2 * n2 else None


# ---------------------------------------------------------------------------------
# Modality
# ---------------------------------------------------------------------------------
_W = r"[\w'\u2019-]+"
_NEGATION = re.compile(r"\b(?:not|n['\u2019]t|never|no longer|refus\w*|declin\w*|reluctan\w*|unwilling|no plans?|"
                       r"no intention|decided against|ruled out|rules out|rule out|without)(?:\s+" + _W + r"){0,4}\s*$", re.I)
_NOT_ONLY = re.compile(r"\bnot only\b", re.I)
_NO_BEFORE_NOUN = re.compile(r"\bno(?:\s+" + _W + r")?\s*$", re.I)
_DEMAND_TO = re.compile(r"\b(?:urg\w*|call\w*\s+(?:on|upon)|demand\w*|encourag\w*|appeal\w*|ask\w*|want\w*|"
                        r"request\w*|petition\w*|lobb\w*|insist\w*|press\w*|push\w*)\b[^.;:!?]{0,60}\bto\s+$", re.I)
_DEMAND_FOR = re.compile(r"\b(?:call\w*|demand\w*|urg\w*|press\w*|push\w*|appeal\w*)\s+(?:for|that)\b[^.;:!?]{0,60}$", re.I)
_SHOULD = re.compile(r"\b(?:should|must|ought to|needs? to|has to|have to)\s+(?:" + _W + r"\s+)?$", re.I)
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether|in case|suppose|supposing)\b", re.I)
_MODAL = re.compile(r"\b(?:would|could|might|may|can)\s+(?:" + _W + r"\s+){0,2}$", re.I)
_REPORTED_WOULD = re.compile(r"\b(?:said|says|announced|announces|confirmed|decided|declared|stated|told|informed)\b"
                             r"[^.;!?]{0,40}\bwould\s+(?:" + _W + r"\s+){0,2}$", re.I)
_INTENT = re.compile(r"\b(?:threat\w*|warn\w*|consider\w*|mull\w*|weigh\w*|plan\w*|intend\w*|intention|propos\w*|"
                     r"prepared|ready|option|possib\w*|potential\w*|contemplat\w*|reserves? the right|argu\w*|"
                     r"debat\w*|seek\w*|sought|tries|tried|try|attempt\w*|vow\w*|pledg\w*|promis\w*)\b[^.;:!?,]{0,40}$",
                     re.I)
_CONSEQUENCE = re.compile(r"\b(?:lead|leads|led|leading|result|results|resulting)\s+(?:to|in)\s+(?:" + _W + r"\s+){0,2}$", re.I)
_CONDITION_AFTER = re.compile(r"^[^.;!?]{0,80}?\b(?:if|unless|should (?:it|they|the))\b", re.I)
_FUTURE_MODAL = re.compile(r"^[^.;!?]{0,80}?\b(?:will|would|could|might|may|can)\b", re.I)


def classify_modality(pre: str, post: str, sentence: str, trig: Trigger, trigger_text: str,
                      actor: Actor) -> str:
    """See the module docstring for the order of the rules. `pre` is the clause before the
    trigger, `post` the text after it."""
    if sentence.rstrip(" \"'\u201d\u2019").endswith("?"):
        return HYPOTHETICAL
    neg = _NEGATION.search(pre)
    if neg and not _NOT_ONLY.search(pre[neg.start():]):
        return NEGATED
    if trig.kind == "noun" and _NO_BEFORE_NOUN.search(pre):
        return NEGATED
    if trig.demand or _DEMAND_TO.search(pre) or _SHOULD.search(pre) or (trig.kind == "noun" and _DEMAND_FOR.search(pre)):
        return DEMAND
    if _CONDITIONAL.search(pre) or _INTENT.search(pre) or _CONSEQUENCE.search(pre) or _CONDITION_AFTER.search(post):
        return HYPOTHETICAL
    if _MODAL.search(pre) and not _REPORTED_WOULD.search(pre):
        return HYPOTHETICAL
    if trigger_text.lower().endswith("ing") and re.search(r"(?:^|\bthat|,)\s*$", pre) and _FUTURE_MODAL.search(post):
        return HYPOTHETICAL   # "that deporting diplomats will only lead to ..."
    if actor.aggregate or actor.state is None:
        return AGGREGATE
    return ASSERTED


# ---------------------------------------------------------------------------------
# Time
# ---------------------------------------------------------------------------------
_YEAR = re.compile(r"(?<![\w.,/])(1[89]\d\d|20\d\d)(?![\w%]|[.,]\d)")
_NOT_A_YEAR_BEFORE = re.compile(r"(?:resolutions?|no\.|number|title|section|article|§|flight|route|chapter|[$£€])\s*(?:\d+\s*(?:and|,)\s*)?$", re.I)
_MONTH_NAMES = "|".join(lex.MONTHS)
_RELATIVE = re.compile(
    r"\b(?:(?P<lastyear>last year|a year ago|the previous year)|(?P<thisyear>(?:earlier |later )?this year)|"
    r"(?P<lastmonth>last month)|last (?P<lastm>" + _MONTH_NAMES + r")\b|(?P<nago>\w+) years ago|"
    r"\bin (?P<inm>" + _MONTH_NAMES + r")\b(?!\s*\d))", re.I)


def event_year(sentence: str, trigger_at: int, published_date: Optional[str]) -> Optional[int]:
    """Year of the event told in `sentence`; `trigger_at` is the trigger's offset in it."""
    return _year_from_text(sentence, trigger_at, published_date)[0]


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


def _year_from_text(sentence: str, trigger_at: int, published_date: Optional[str]) -> tuple[Optional[int], bool]:
    """(year, whether the sentence gave it) of the event told in `sentence`."""
    years = []
    for m in _YEAR.finditer(sentence):
        if _NOT_A_YEAR_BEFORE.search(sentence[max(0, m.start() - 20):m.start()]):
            continue
        years.append((abs(m.start() - trigger_at), int(m.group(1))))
    pub_year = pub_month = None
    if published_date and re.match(r"^\d{4}-\d{2}", published_date):
        pub_year, pub_month = int(published_date[:4]), int(published_date[5:7])
    if pub_year:
        years = [y for y in years if y[1] <= pub_year + 1]
    if years:
        return min(years)[1], True
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
            n = number_value([normalise_token(m.group("nago"))])
            if n is not None and n < 100:
                return pub_year - n, True
        if m.group("inm"):
            month = lex.MONTHS[m.group("inm").lower()]
            if month == 5 and m.group("inm") == "may":
                continue
            return pub_year if month <= pub_month else pub_year - 1, True
    return pub_year, False


# ---------------------------------------------------------------------------------
# Lists: "Poland has deported 45 Russian diplomats, Germany 40, ... and Luxembourg one"
# ---------------------------------------------------------------------------------
def split_elliptical_list(unit: Unit, after: int) -> list[tuple[MentionSpan, int]]:
    """(state mention, count) for each "<State> <number>" item that follows token `after`."""
    tokens = unit.tokens
    n = len(tokens)
    items = []
    s = after
    while s < n:
        if tokens[s].norm == ",":
            s += 1
            if s < n and tokens[s].norm == "and":
                s += 1
        elif tokens[s].norm == "and":
            s += 1
        else:
            break
        span = unit.span_at.get(s) or (unit.span_at.get(s + 1) if s < n and tokens[s].norm == "the" else None)
        if span is None or span.i < s - 1 or state_of(span.mention)[0] is None or not state_of(span.mention)[1]:
            break
        num = _number_starting_at(tokens, span.j, n)
        if num is None:
            break
        value, end = num
        if end < n and tokens[end].norm not in (",", "and", ".", ";", "each", "respectively"):
            break
        items.append((span, value))
        s = end
    return items


# ---------------------------------------------------------------------------------
# The entry point
# ---------------------------------------------------------------------------------
def make_event_id(article_id: str, start: int, end: int, expelling: Optional[str], expelled: Optional[str],
                  count: Optional[int], modality: str) -> str:
    key = f"{article_id}|{start}|{end}|{expelling}|{expelled}|{count}|{modality}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def extract_events(article_id: str, text: str, published_date: Optional[str],
                   sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> list[Event]:
    """Every expulsion event the article tells, one per (expelling, expelled, count)."""
    units = [Unit(text, a, b, mentions) for a, b in analysis_units(text, sentences)]
    context = ArticleContext(units, mentions)
    events: list[Event] = []
    for idx, unit in enumerate(units):
        events.extend(_events_in_unit(article_id, unit, units[:idx], context, published_date))
    return deduplicate(events)


def _events_in_unit(article_id: str, unit: Unit, previous: Sequence[Unit], context: ArticleContext,
                    published_date: Optional[str]) -> list[Event]:
    tokens = unit.tokens
    triggers = _drop_overlaps(find_triggers(tokens) + find_cut_triggers(unit))
    out: list[Event] = []
    used: list[tuple[int, int]] = []
    for trig in triggers:
        target = find_target(unit, trig, triggers, context)
        if target is None:
            continue
        if any(target.lo < hi and lo < target.hi for lo, hi in used) and not target.pronoun:
            continue   # "ordered the expulsion of ..." already read through another trigger
        used.append((target.lo, target.hi))
        actor = find_actor(unit, trig, target, context, previous)
        expelled = target.country
        if expelled is None and actor.state is not None and not target.pronoun \
                and target.hi < len(tokens) and tokens[target.hi].norm == "from":
            origin = _agent_phrase(unit, target.hi + 1)
            if origin is not None and origin.aggregate:
                actor = Actor(None, actor.text, True)
            elif origin is not None and origin.state != actor.state:
                expelled = origin.state
        if expelled is None and actor.state is not None and not target.pronoun:
            cued = target.own or any(cue in unit.text.lower() for cue in lex.RETALIATION_CUES)
            expelled = context.counterpart(actor.state, cued)
        t_char = unit.char_of(trig.i) - unit.start
        clause_start = max(unit.text.rfind(";", 0, t_char) + 1, 0)
        pre = unit.text[max(clause_start, t_char - 150):t_char]
        post_at = unit.char_of(trig.j) - unit.start
        post = unit.text[post_at:post_at + 100]
        modality = classify_modality(pre, post, unit.text, trig, tokens[trig.j - 1].text, actor)
        if target.pronoun and modality == ASSERTED:
            continue   # "expelled them": not enough to say who
        year, from_text = _year_from_text(unit.text, t_char, published_date)
        year = bounded_by_term(year, from_text, published_date, actor.mention)
        found = [(actor.state, expelled, target.count, target.at_least, actor.text)]
        found += [(state, expelled, target.count, target.at_least, text) for state, text in actor.others]
        if target.count is not None and actor.state is not None:
            found += [(state_of(span.mention)[0], expelled, value, False, span.mention.text)
                      for span, value in split_elliptical_list(unit, target.hi)]
        for expelling, expelled_c, count, at_least, actor_text in found:
            if expelling is not None and expelling == expelled_c:
                continue   # a state sending home its own diplomats is a recall
            if modality in (ASSERTED, AGGREGATE) and expelling is None and expelled_c is None and count is None:
                continue
            out.append(Event(
                event_id=make_event_id(article_id, unit.start, unit.end, expelling, expelled_c, count, modality),
                article_id=article_id, expelling_country=expelling, expelled_country=expelled_c,
                count=count, at_least=at_least, event_year=year, modality=modality, sentence=unit.text,
                start_char=unit.start, end_char=unit.end, trigger=trig.word, actor_text=actor_text,
                published_date=published_date))
    return out


def deduplicate(events: Sequence[Event]) -> list[Event]:
    """One event per (expelling, expelled, count, modality); a count-less repeat of a counted
    pair is dropped."""
    seen = set()
    unique = []
    for e in events:
        key = (e.expelling_country, e.expelled_country, e.count, e.modality)
        if key in seen:
            continue
        seen.add(key)
        unique.append(e)
    counted = {(e.expelling_country, e.expelled_country, e.modality) for e in unique if e.count is not None}
    return [e for e in unique
            if e.count is not None or (e.expelling_country, e.expelled_country, e.modality) not in counted]
