"""Modality of an event from the text around its trigger (`classify_modality`, the window rules): the fallback for
what the dependency parse does not read (modality.modality_of, grammar.py)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from transforms.expulsions.modality import AGGREGATE, ASSERTED, DEMAND, HYPOTHETICAL, NEGATED, _RANGE
from transforms.expulsions.parse_words import DEEMING, EXCLUDING, HABITUAL, HESITATING, NEGATING, _forms, normalise
from transforms.expulsions.triggers import PATTERNS, Trigger

if TYPE_CHECKING:
    from transforms.expulsions.actors import Actor

_W = r"[\w'\u2019-]+"
_NEGATION = re.compile(r"\b(?:not|n['\u2019]t|never|no longer|refus\w*|declin\w*|reluctan\w*|unwilling|no plans?|"
                       r"no intention|decided against|ruled out|rules out|rule out|without|rather than|instead of|"
                       r"(?:give|gave|gives|giving|given) up|forgo\w*|forego\w*|refrain\w*|(?:hold|held|holds|holding) off)"
                       r"(?:\s+" + _W + r"){0,4}\s*$", re.I)
_NOT_ONLY = re.compile(r"\bnot only\b", re.I)
# a verb of denial (grammar.json: negating and excluding governors) itself denied: the act left open
_DENIAL_DENIED = re.compile(r"(?:not|n['\u2019]t|never)\s+(?:" + _W + r"\s+){0,2}?(?:" +
                            "|".join(sorted(f for w in NEGATING | EXCLUDING for f in _forms(w))) +
                            r")\b(?:\s+" + _W + r"){0,3}\s*$", re.I)
# a holding back denied: "did not hesitate to" expel, the act done
_HESITATION_DENIED = re.compile(r"(?:not|n['\u2019]t|never)\s+(?:" + "|".join(sorted(f for w in HESITATING for f in _forms(w)))
                                + r")\s+(?:to\s+|in\s+)?$", re.I)
_NO_BEFORE_NOUN = re.compile(r"\bno(?:\s+" + _W + r")?\s*$", re.I)
_DEMAND_TO = re.compile(r"\b(?:urg\w*|call\w*\s+(?:on|upon)|demand\w*|encourag\w*|appeal\w*|ask\w*|want\w*|"
                        r"request\w*|petition\w*|lobb\w*|insist\w*|press\w*|push\w*)\b[^.;:!?]{0,60}\bto\s+$", re.I)
_DEMAND_FOR = re.compile(r"\b(?:call\w*|demand\w*|urg\w*|press\w*|push\w*|appeal\w*)\s+(?:for|that)\b[^.;:!?]{0,60}$", re.I)
_SHOULD = re.compile(r"\b(?:should|must|ought to|needs? to|has to|have to)\s+(?:" + _W + r"\s+)?$", re.I)
_CONDITIONAL = re.compile(r"\b(?:if|unless|whether|in case|suppose|supposing)\b", re.I)
_MODAL = re.compile(r"\b(?:would|could|might|may|can)\s+(?:" + _W + r"\s+){0,2}$", re.I)
_REPORTED = r"\b(?:said|says|announced|announces|confirmed|decided|declared|stated|told|informed|saying|announcing|" \
    r"confirming|stating)\b"
_REPORTED_WOULD = re.compile(_REPORTED + r"[^.;!?]{0,40}\bwould\s+(?:" + _W + r"\s+){0,2}$", re.I)
# a report of counted people may describe them at length ("announced that 23 Russian diplomats identified as
# undeclared intelligence officers would be expelled"); uncounted ones so described are a rule ("said that
# diplomats caught spying would be expelled")
_REPORTED_WOULD_COUNTED = re.compile(_REPORTED + r"[^.;!?]{0,90}\bwould\s+(?:" + _W + r"\s+){0,2}$", re.I)
# a counted decision told as reported future with the reporting verb left out, a state's name alone before "would"
# ("Lithuania would expel three diplomats." in a list of what each state announced); never with a condition in the
# sentence, nor "would have" (what would have happened)
_BARE_WOULD = re.compile(r"^\s*(?:[\u2022*-]\s*)?(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){1,3}would\s+$")
_INTENT = re.compile(r"\b(?:threat\w*|warn\w*|consider\w*|mull\w*|weigh\w*|plan\w*|intend\w*|intention|propos\w*|"
                     r"prepared|preparedness|ready|readiness|willing\w*|option|possib\w*|potential\w*|contemplat\w*|reserves? the right|argu\w*|"
                     r"debat\w*|seek\w*|sought|tries|tried|try|attempt\w*|vow\w*|pledg\w*|promis\w*)\b[^.;:!?,]{0,40}$",
                     re.I)
# an intention a state gives notice of is its decision told ("told him of Britain's intention to expel him",
# "announced its intention to expel"): the window's counterpart of _notified_intention
_NOTICE = re.compile(r"\b(?:told|tells?|informed|informs?|notified|notif(?:y|ies)|advised|advises?|announced|announces?|"
                     r"conveyed|conveys?|confirmed|confirms?)\b(?:\s+(?!of\b)[\w'\u2019.]+){0,3}?\s+(?:of\s+)?"
                     r"(?:(?:its|their|his|her|the|[A-Z][\w.'\u2019-]*(?:'s|\u2019s))\s+)?intent(?:ion)?\s+to\s*$", re.I)
# a verb of opinion with the status as its object's predicate declares it ("said it considers the ambassador persona
# non grata", "is now considered"); "is considering declaring him", "considered whether to declare" weigh it
_DEEMED = re.compile(r"\b(?:" + "|".join(f"{v}|{v}s|{v}ed" for v in sorted(DEEMING)) +
                     r")\b(?:\s+(?!\w+ing\b|to\b|whether\b)[\w'\u2019.-]+){0,8}\s+$", re.I)
_CONSEQUENCE = re.compile(r"\b(?:lead|leads|led|leading|result|results|resulting)\s+(?:to|in)\s+(?:" + _W + r"\s+){0,2}$", re.I)
_CONDITION_AFTER = re.compile(r"^[^.;!?]{0,80}?\b(?:if|unless|should (?:it|they|the))\b", re.I)
_FUTURE_MODAL = re.compile(r"^[^.;!?]{0,80}?\b(?:will|would|could|might|may|can)\b", re.I)


def classify_modality(pre: str, post: str, sentence: str, trig: Trigger, trigger_text: str,
                      actor: Actor, counted: bool = False) -> str:
    """See the module docstring for the order of the rules. `pre` is the clause before the
    trigger, `post` the text after it; `counted`: the people expelled have a count."""
    if sentence.rstrip(" \"'\u201d\u2019").endswith("?"):
        return HYPOTHETICAL
    if trig.kind == "noun" and _RANGE.search(pre):
        return HYPOTHETICAL
    neg = _NEGATION.search(pre)
    if neg and not _NOT_ONLY.search(pre[neg.start():]) and not _HESITATION_DENIED.match(pre, neg.start()):
        return HYPOTHETICAL if _DENIAL_DENIED.match(pre, neg.start()) else NEGATED   # "did not refuse to", "never excluded"
    if trig.kind == "noun" and _NO_BEFORE_NOUN.search(pre):
        return NEGATED
    if trig.demand or _DEMAND_TO.search(pre) or _SHOULD.search(pre) or (trig.kind == "noun" and _DEMAND_FOR.search(pre)):
        return DEMAND
    if _SHARED_OBLIGATION.search(pre) and trig.kind == "verb" and normalise(trig.word.split()[0]) in _BASE_FORMS:
        return DEMAND   # "The Government should pass it, expel Russia's Ambassador, and ...": one "should" for the list
    deemed = _DEEMED.search(pre) if trig.kind == "png" else None   # "considers the ambassador persona non grata"
    intent = pre[:deemed.start()] if deemed else pre
    intent = intent[:notice.start()] if (notice := _NOTICE.search(intent)) else intent
    if _CONDITIONAL.search(pre) or _INTENT.search(intent) or _CONSEQUENCE.search(pre) \
            or _CONDITION_AFTER.search(post):
        return HYPOTHETICAL
    if _MODAL.search(pre) and not _REPORTED_WOULD.search(pre) and not (counted and _REPORTED_WOULD_COUNTED.search(pre)) \
            and not (counted and _BARE_WOULD.match(pre) and not _CONDITIONAL.search(sentence) and "?" not in sentence):
        return HYPOTHETICAL
    if trig.kind == "verb" and trigger_text.lower() in _PRESENT_FORMS and _HABITUAL.search(pre):
        return HYPOTHETICAL   # "A and B routinely expel each other's diplomats": a habit, no one expulsion
    if trigger_text.lower().endswith("ing") and re.search(r"(?:^|\bthat|,)\s*$", pre) and _FUTURE_MODAL.search(post):
        return HYPOTHETICAL   # "that deporting diplomats will only lead to ..."
    if actor.aggregate or actor.state is None:
        return AGGREGATE
    return ASSERTED
# ---------------------------------------------------------------------------------
# Modality from a dependency parse (grammar.py)
# ---------------------------------------------------------------------------------


_HABITUAL = re.compile(r"\b(?:" + "|".join(sorted(HABITUAL)) + r")\s*$", re.I)
_BASE_FORMS = {f for p in PATTERNS if p["label"] == "EXPEL" for f, tags in p["forms"].items() if tags == "VB"}
# an obligation on the first verb of a list of bare verbs ("should pass it, expel ..."): the next verb shares it
_SHARED_OBLIGATION = re.compile(r"\b(?:should|must|ought to|needs? to|has to|have to)\s+(?:" + _W + r"\s+){0,3}" + _W +
                                r",\s+$", re.I)
_PRESENT_FORMS = {f for p in PATTERNS if p["label"] == "EXPEL" for f, tags in p["forms"].items()
                  if set(tags.split("|")) <= {"VB", "VBZ"}}
