"""Expulsion triggers (step 2). The trigger words are data: patterns/triggers.jsonl holds
one lemma pattern per line, as spaCy's span_ruler keeps them ({"label", "lemma", "pattern"}),
with the surface forms the lemma-less tokeniser accepts ("forms": form -> Penn tag). The
labels:

    EXPEL            expel, deport, oust
    EXPEL_PARTICLE   kick/throw ... out, send ... home ("particle")
    EXPEL_NOUN       expulsion, deportation, ouster
    PNG              persona non grata (after DECLARE: declare, name, designate, ...; not after NAMING:
                     "Iran judiciary calls UK ambassador 'persona non grata'" is a judgement of him)
    ORDER, DEMAND_ORDER, LEAVE     ordered/told/gave ... to leave; demanding that ... leave
    OUT_ORDER        ordered ... out
    REVOKE, ACCREDITATION          revoked/withdrew ... accreditation
    CUT_ORDER, CUT   ordered/asked/forced <state> to cut/reduce/withdraw its staff

A form whose tags are only VB, VBZ or VBD ("expels", "threw") cannot be a passive
participle.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple, Optional, Sequence, TYPE_CHECKING

from transforms.expulsions import lexicon as lex
from transforms.expulsions.counts import is_number_token
from transforms.expulsions.mentions import state_of
from transforms.expulsions.tokens import Token, is_boundary, match_personnel

if TYPE_CHECKING:
    from transforms.expulsions.tokens import Unit

PATTERNS_FILE = Path(__file__).parent / "patterns" / "triggers.jsonl"


def load_patterns(path: Path = PATTERNS_FILE) -> list[dict]:
    """The trigger patterns, one dict per line of the patterns file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


PATTERNS = load_patterns()


def forms(label: str) -> frozenset[str]:
    """Every surface form of the patterns with this label."""
    return frozenset(f for p in PATTERNS if p["label"] == label for f in p["forms"])


EXPEL_VERBS = forms("EXPEL")
PARTICLE_VERBS: dict = {}   # verb form -> the particles that make it an expulsion ("send ... home/packing")
for _p in PATTERNS:
    if _p["label"] == "EXPEL_PARTICLE":
        for _f in _p["forms"]:
            PARTICLE_VERBS.setdefault(_f, set()).add(_p["particle"])
EXPEL_NOUNS = forms("EXPEL_NOUN")
DECLARE_VERBS = forms("DECLARE")
NAMING_VERBS = forms("NAMING")
ORDER_VERBS = forms("ORDER")
OUT_ORDER_VERBS = forms("OUT_ORDER")
DEMAND_ORDER_VERBS = forms("DEMAND_ORDER")
LEAVE_VERBS = forms("LEAVE")
# what people are asked to leave that is a gathering, not a country ("to leave the meeting")
_GATHERINGS_LEFT = frozenset(json.loads((Path(__file__).parent / "patterns" / "grammar.json").read_text(encoding="utf-8"))
                             ["gatherings_left"])
REVOKE_VERBS = forms("REVOKE")
ACCREDITATION = forms("ACCREDITATION")
CUT_VERBS = forms("CUT")
CUT_ORDER_VERBS = forms("CUT_ORDER")
NOT_PARTICIPLE = frozenset(f for p in PATTERNS for f, tags in p["forms"].items()
                           if set(tags.split("|")) <= {"VB", "VBZ", "VBD"})


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


def is_passive(tokens: Sequence[Token], k: int) -> bool:
    if tokens[k].norm.endswith("ing") or tokens[k].norm in NOT_PARTICIPLE:
        return False
    p = k - 1
    skipped = 0
    while p >= 0 and tokens[p].norm in lex.ADVERB_FILLERS and skipped < 3:
        p -= 1
        skipped += 1
    return p >= 0 and tokens[p].norm in lex.BE_AUX


def aux_index(tokens: Sequence[Token], k: int) -> int:
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
    return (prev in lex.ADJECTIVAL_BEFORE or is_number_token(prev)) and nxt.norm.isalpha() \
        and nxt.norm not in ("by", "from", "to", "in", "on", "out", "and", "the", "a", "an", "last", "this")


def is_boundary(tokens: Sequence[Token], k: int) -> bool:
    return tokens[k].norm in (";", "?", "!")


def find_triggers(tokens: Sequence[Token]) -> list[Trigger]:
    """Every expulsion trigger in one unit, in text order."""
    out: list[Trigger] = []
    n = len(tokens)
    for k, t in enumerate(tokens):
        w = t.norm
        if w in EXPEL_VERBS:
            if not _is_adjectival(tokens, k):
                reduced = w.endswith("ed") and k > 0 and _personnel_ends_at(tokens, k)
                out.append(Trigger(k, k + 1, t.text, "verb", is_passive(tokens, k) or reduced))
        elif w in PARTICLE_VERBS:
            for p in range(k + 1, min(k + 9, n)):
                if tokens[p].norm in PARTICLE_VERBS[w]:
                    if p == k + 1:
                        out.append(Trigger(k, p + 1, f"{t.text} {tokens[p].text}", "verb", is_passive(tokens, k)))
                    else:
                        out.append(Trigger(k, k + 1, f"{t.text} {tokens[p].text}", "verb", is_passive(tokens, k), k + 1, p))
                    break
                if not tokens[p].norm[0].isalnum() and tokens[p].norm not in ("'", "\u2019"):
                    break
        elif w in EXPEL_NOUNS:
            out.append(Trigger(k, k + 1, t.text, "noun"))
        elif w in ("persona", "personae") and k + 2 < n and tokens[k + 1].norm == "non" and \
                tokens[k + 2].norm in ("grata", "gratae"):   # also the Latin plural
            trig = _png_trigger(tokens, k)
            if trig:
                out.append(trig)
        elif w in LEAVE_VERBS:
            trig = _leave_trigger(tokens, k)
            if trig:
                out.append(trig)
        elif w == "out" and (k + 1 == n or tokens[k + 1].norm in ("of", ",", ".", ";", "on", "in", "by", "within")) \
                and not _out_of_a_room(tokens, k):
            for o in range(k - 1, max(k - 10, -1), -1):   # "ordered three Russian diplomats out"
                if tokens[o].norm in OUT_ORDER_VERBS:
                    out.append(Trigger(o, k + 1, f"{tokens[o].text} ... out", "leave", is_passive(tokens, o), o + 1, k))
                    break
                if is_boundary(tokens, o) or tokens[o].norm == ".":
                    break
        elif w in REVOKE_VERBS:
            for a in range(k + 1, min(k + 4, n)):
                if tokens[a].norm in ACCREDITATION:
                    lo = a + 1 + (1 if a + 1 < n and tokens[a + 1].norm == "of" else 0)
                    out.append(Trigger(k, a + 1, " ".join(x.text for x in tokens[k:a + 1]), "revoke",
                                       is_passive(tokens, k), lo, min(lo + 12, n)))
                    break
    return drop_overlaps(out)


def find_cut_triggers(unit: "Unit") -> list[Trigger]:
    """"ordered the U.S. to cut 755 diplomatic staff", "asked Canada to withdraw 41 diplomats":
    a state made to shrink its mission is an expulsion of its diplomats."""
    tokens = unit.tokens
    n = len(tokens)
    out = []
    for k in range(2, n):
        if tokens[k].norm not in CUT_VERBS or tokens[k - 1].norm not in ("to", "be"):
            continue
        reach = 13 if tokens[k - 1].norm == "be" else 10   # "that" and the clause's subject stand between
        for o in range(k - 2, max(k - reach, -1), -1):
            if is_boundary(tokens, o) or tokens[o].norm in (".", ","):
                break
            if tokens[o].norm not in CUT_ORDER_VERBS:
                continue
            if tokens[k - 1].norm == "be" and (o + 1 >= k or tokens[o + 1].norm != "that"):
                break   # "ordered that the mission be cut by 25": only a "that" clause has its subject before "be"
            spans = [unit.span_at[p] for p in range(o + 1, k - 1) if p in unit.span_at]
            # "the Soviet mission to the UN", "the Czechoslovak missions in London": the mission's state, not the place's
            states = [sp.mention.country_code for sp in spans if sp.mention.entity_type == "NORP" and
                      sp.mention.country_code and sp.j < n and tokens[sp.j].norm in lex.MISSION_WORDS] or \
                [state_of(sp.mention)[0] for sp in spans if state_of(sp.mention)[1]]
            if len(set(states)) == 1:
                out.append(Trigger(o, k + 1, f"{tokens[o].text} ... {tokens[k].text}", "cut",
                                   is_passive(tokens, o), k + 1, min(k + 14, n), ordered=states[0]))
            break
    return out


def _png_trigger(tokens: Sequence[Token], k: int) -> Optional[Trigger]:
    d = None
    for p in range(k - 1, max(k - 14, -1), -1):
        if is_boundary(tokens, p):
            break
        if tokens[p].norm in NAMING_VERBS:
            return None   # "Iran judiciary calls UK ambassador 'persona non grata'": called so, not declared
        if tokens[p].norm in DECLARE_VERBS:
            d = p
            break
    n = len(tokens)
    if d is None:   # "Ambassador Hodges is persona non grata"
        return Trigger(k, k + 3, "persona non grata", "png", True)
    word = f"{tokens[d].text} persona non grata"
    passive = is_passive(tokens, d)
    between = [x for x in tokens[d + 1:k] if x.norm not in ("\"", "\u201c", "\u201d", "'", "a", "as")]
    if passive:
        return Trigger(d, k + 3, word, "png", True)
    if between:
        return Trigger(d, k + 3, word, "png", False, d + 1, k)
    return Trigger(d, k + 3, word, "png", False, k + 3, min(k + 15, n))


def _out_of_a_room(tokens: Sequence[Token], k: int) -> bool:
    """"ordered out of the meeting", "out of the room": "out of" a lower-case noun that is no country word;
    a name ("out of Britain", "out of the United States") or "the country" is the state left."""
    if k + 2 >= len(tokens) or tokens[k + 1].norm != "of":
        return False
    q = k + 3 if tokens[k + 2].norm == "the" and k + 3 < len(tokens) else k + 2
    word = tokens[q].text
    return word.isalpha() and word.islower() and tokens[q].norm not in lex.LEFT_PLACES


def _leave_trigger(tokens: Sequence[Token], k: int) -> Optional[Trigger]:
    """"ordered 60 diplomats to leave", "gave them 72 hours to leave", "demanding that ... leave"; not a thing
    left ("asked the ambassador to leave a message", "told to leave his car outside") nor a gathering ("asked the
    ambassador to leave the meeting", "told to leave the hall": patterns/grammar.json gatherings_left)."""
    if k + 2 < len(tokens) and tokens[k + 1].norm in lex.THING_DETERMINERS and tokens[k + 2].norm not in lex.LEFT_PLACES:
        return None
    q = k + 2 if k + 2 < len(tokens) and tokens[k + 1].norm == "the" else k + 1
    if q < len(tokens) and tokens[q].norm in _GATHERINGS_LEFT:
        return None
    after_to = k > 0 and tokens[k - 1].norm == "to"
    for o in range(k - 1, max(k - 26, -1), -1):
        w = tokens[o].norm
        if is_boundary(tokens, o) or w == ".":
            return None
        if w in ORDER_VERBS and after_to:
            return Trigger(o, k + 1, f"{tokens[o].text} ... {tokens[k].text}", "leave",
                           is_passive(tokens, o), o + 1, k - 1)
        if w in DEMAND_ORDER_VERBS and (after_to or (o + 1 < k and tokens[o + 1].norm in ("that", "for"))):
            lo = o + 2 if tokens[o + 1].norm in ("that", "for") else o + 1
            return Trigger(o, k + 1, f"{tokens[o].text} ... {tokens[k].text}", "leave",
                           is_passive(tokens, o), lo, k - 1 if after_to else k, demand=True)
    return None


def drop_overlaps(triggers: list[Trigger]) -> list[Trigger]:
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

