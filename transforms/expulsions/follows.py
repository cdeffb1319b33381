"""An expulsion repeated by another state: "Lithuania and Latvia followed suit", "Finland did the same",
"Norway did likewise, ordering out the same number" (patterns/grammar.json: follow_phrases), and "France
followed with 35, Sweden with three" (follow_with_count: a bare number after "with" is the follower's count).

    follow_readings(verb, states, span) -> list[Reading]     (grammar.py: one per state of the subject)
    followed(acts, k) -> Event | None                        (story.py: the expulsion they repeat)

The verb itself names no one; the expulsion it repeats is the one the article told last, in the same
sentence or the one before it (`followed`). The follower expels the same state's people; how many only
when the sentence says "the same number" (else the count is unknown), or its own people when it names
them ("Caracas did the same with three Colombian ones"). A follower of a threat or a refusal threatens or
refuses too (story.py gives it the modality of what it follows), and a follow with nothing expelled just
before it (a recall, a closure, no story at all) is no event. Only a follow done is one: "may follow
suit", "is expected to follow suit", "will do the same" tell no expulsion yet.
"""
from __future__ import annotations

import re
from typing import Mapping, Optional, Sequence

from transforms.expulsions.headcounts import count_of, number_of
from transforms.expulsions.coordinated_people import group_of
from transforms.expulsions.modality import modality_of
from transforms.expulsions.parse_words import (
    AGGREGATE, ASSERTED, DECLARE, EXPEL, EXPEL_NOUNS, GOVERNMENT_HEADS, HYPOTHETICAL, PATTERNS, PERSONNEL, SAME_NUMBER, Reading, States, _clause_subject, _prep_objects,
    lemma, normalise)
from transforms.expulsions.phrase_states import state_of_phrase
from transforms.expulsions.whose_people import _whose
from transforms.expulsions.speakers import reporter

FOLLOW = {verb: frozenset(words) for verb, words in PATTERNS["follow_phrases"].items()}
FOLLOW_WITH = frozenset(PATTERNS["follow_with_count"])
_GAPPED = ("conj", "npadvmod", "appos", "dep", "dobj")   # how the parser hangs "..., Sweden with three" on the clause


def follow_pattern() -> str:
    """A regular expression for the raw text of a follow ("followed suit", "did the same", "done likewise",
    "followed the United States' lead"),
    for the cheap test of which sentences are worth parsing (candidate_sentences.CANDIDATE)."""
    forms = []
    for verb, words in FOLLOW.items():
        inflected = {verb} | {f for f, lem in PATTERNS["irregular"].items() if lem == verb}
        stem = re.escape(verb[:-1] if verb.endswith("e") and len(verb) > 3 else verb) + r"\w*"
        verbs = "|".join(sorted([stem] + [re.escape(f) for f in inflected], key=len, reverse=True))
        words_re = "|".join(re.escape(w) for w in sorted(words))
        forms.append(r"\b(?:" + verbs + r")\s+(?:the\s+)?(?:[\w.-]+(?:\s+[\w.-]+)?'s?\s+)?(?:" + words_re + r")\b")
    for verb in sorted(FOLLOW_WITH):   # "followed with 35" (whether the number stands alone, the parse says)
        forms.append(r"\b" + re.escape(verb[:-1] if verb.endswith("e") and len(verb) > 3 else verb) + r"\w*\s+with\b")
    return "|".join(forms)


def is_follow(tok) -> bool:
    """A verb of FOLLOW with its word as object or adverb: "followed suit", "did the same", "did likewise"
    (not the auxiliary "did" of "did not expel", nor "followed the talks")."""
    words = FOLLOW.get(lemma(tok))
    if not (tok.tag_.startswith("VB") or tok.pos_ in ("VERB", "AUX")):
        return False
    if lemma(tok) in FOLLOW_WITH and (_count_with(tok) is not None or _envoy_with(tok) is not None) and \
            not any(c.dep_ == "dobj" and _with_after(c) is None for c in tok.children):
        return True   # "France followed with 35", "Estonia followed with a counsellor" (not "followed the talks with 35 ...")
    return bool(words) and (any(
        c.dep_ in ("dobj", "advmod", "npadvmod", "attr", "oprd") and normalise(c.text) in words for c in tok.children)
        or _word_on_time_noun(tok, words)) or _bare_follow(tok)


def _bare_follow(tok) -> bool:
    """"Peru expelled the North Korean ambassador, while Spain and Kuwait followed later in the month": "followed"
    with no object, in a clause joined to an expulsion verb of the same sentence, is "followed suit"."""
    return lemma(tok) == "follow" and tok.dep_ in ("conj", "advcl") and lemma(tok.head) in EXPEL | DECLARE and \
        not any(c.dep_ in ("dobj", "attr", "oprd", "ccomp", "xcomp", "agent", "auxpass") or
                c.dep_ == "prep" and normalise(c.text) in ("by", "with", "from") for c in tok.children)


def _word_on_time_noun(tok, words) -> bool:
    """"did the same last month": the parser makes one phrase of "the same last month", with the follow's word
    a modifier of the time noun it hangs on the verb."""
    j = tok.i + 1 + (tok.i + 1 < len(tok.doc) and normalise(tok.doc[tok.i + 1].text) == "the")
    if j >= len(tok.doc):
        return False
    word = tok.doc[j]
    return normalise(word.text) in words and word.dep_ == "amod" and word.head.head == tok and \
        word.head.dep_ in ("npadvmod", "dobj")


def _bare_number(tok) -> bool:
    """"35", "three" standing alone: no noun of its own ("with 35 sanctions" hangs the number on the
    noun), no "of" ("with 35 of its own")."""
    return tok.pos_ == "NUM" and number_of(tok) is not None and not any(c.dep_ == "prep" for c in tok.children)


def _count_with(tok):
    """The first bare number after "with" on tok ("followed with 35"; "Sweden with three"), else None."""
    nums = [o for _, o in _prep_objects(tok, "with") if _bare_number(o)]
    return min(nums, key=lambda o: o.i) if nums else None


def _envoy_with(tok):
    """The diplomatic noun after "with" on tok ("Estonia followed with a counsellor"), else None ("followed
    with a protest note")."""
    return next((o for _, o in _prep_objects(tok, "with")
                 if normalise(o.text) in PERSONNEL or normalise(o.text).rstrip("s") in PERSONNEL), None)


def _gapped_followers(verb, subject, states: States) -> list[tuple[str, str, int]]:
    """(state, its text, count) of "..., Sweden with three" after "France followed with 35": a state of the clause
    (not of its subject) hung on the verb or the first number, with "with <number>" right after it (on
    the state, or on the verb where the parser puts it)."""
    out = []
    own = set(t.i for t in subject.subtree)
    for t in verb.subtree:
        hit = states.at(t)
        if t.i in own or t.dep_ not in _GAPPED or hit is None or hit[1] not in ("state", "capital"):
            continue
        num = _with_after(t)
        if num is not None and num.head.head in (t, verb) and hit[0] not in [c for c, _, _ in out]:
            out.append((hit[0], t.text, number_of(num)))
        elif num is None and hit[0] not in [c for c, _, _ in out] and _with_each_after(t, states) is not None:
            out.append((hit[0], t.text, _with_each_after(t, states)))   # "Germany, France and Poland with four each"
    return out


def _with_each_after(t, states: States):
    """The number of "with <number> each" that ends the run of states t is in ("..., and Germany, France and Poland
    with four each": four for each of them), else None."""
    doc, k = t.doc, t.i + 1
    while k < len(doc) and (doc[k].text in (",", "and", "the") or
                            doc[k].pos_ == "PROPN" and (states.at(doc[k]) or ("", ""))[1] in ("state", "capital")):
        k += 1
    if k + 2 < len(doc) and normalise(doc[k].text) == "with" and _bare_number(doc[k + 1]) and \
            normalise(doc[k + 2].text) == "each":
        return number_of(doc[k + 1])
    return None


def _with_after(t):
    """The bare number of "with <number>" right after t ("Sweden with three"), else None."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if after is None or normalise(after.text) != "with" or after.dep_ != "prep":
        return None
    return next((o for o in after.children if o.dep_ == "pobj" and _bare_number(o)), None)


def _same_number(verb) -> bool:
    """"did likewise, ordering out the same number", "followed suit with an equal number" (the parser may
    make "did" the auxiliary of the verb that tells how)."""
    clause = verb.head if verb.dep_ == "aux" else verb
    return any(normalise(t.text) == "number" and any(normalise(c.text) in SAME_NUMBER for c in t.children)
               for t in clause.subtree)


def follows_other_act(verb, triggers) -> bool:
    """"France imposed sanctions on Moscow, and Italy followed suit": a follow conjoined to a verb whose
    clause holds no expulsion trigger (`triggers`: the sentence's trigger tokens) follows that verb's act.
    "Colombia announced the expulsion of ..., and Caracas did the same" follows the expulsion."""
    head = verb.head
    if verb.dep_ != "conj" or head == verb or not (head.tag_.startswith("VB") or head.pos_ in ("VERB", "AUX")):
        return False
    own = set(t.i for t in verb.subtree)
    return not any(t.i in {d.i for d in head.subtree} and t.i not in own for t in triggers)


def follow_readings(verb, states: States, span) -> list[Reading]:
    """One reading per state of the verb's subject ("Lithuania and Latvia followed suit": each expelled);
    none when the subject names no state ("Other EU states followed suit")."""
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    subject = agents[0] if agents else _clause_subject(verb)   # "..., followed by France with 35": France follows
    if subject is not None and normalise(subject.text) in ("it", "they"):
        subject = reporter(subject) or subject
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head   # "Britain, which expelled one, and Australia, which did the same": Australia
    if subject is None:
        return []
    actors = []
    for t in group_of(subject):   # a state ("Latvia", "Minsk") or its government ("the Latvian government")
        hit = states.at(t)
        code = hit[0] if hit is not None and hit[1] in ("state", "capital") else \
            state_of_phrase(t, states) if normalise(t.text) in GOVERNMENT_HEADS else None
        if code is not None and not code.startswith("@") and code not in actors:
            actors.append(code)
    if not actors:
        return []
    modality = modality_of(verb, "in_kind", None, span)
    if modality == ASSERTED and ((verb.tag_ not in ("VBD", "VBN") and not _with_past(verb) and
                                  not narrative_present(verb)) or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)):
        modality = HYPOTHETICAL   # "will do the same", "are following suit": not done yet
    expelled, count, at_least = None, None, False
    own = [o for _, o in _prep_objects(verb, "with", "to")]
    counted = _count_with(verb) if lemma(verb) in FOLLOW_WITH else None
    if counted is not None:   # "France followed with 35, Sweden with three": the people of what it follows
        own = []
        each = counted.i + 1 < len(counted.doc) and normalise(counted.doc[counted.i + 1].text) == "each"
        count = number_of(counted) if len(actors) == 1 or each else None   # ("France and Italy followed with 35":
        # each? "with four each" says so)
    if own and lemma(own[0]) in EXPEL_NOUNS:   # "followed suit with smaller expulsions", "with the expulsion of two"
        own = [o for _, o in _prep_objects(own[0], "of")]
    if own:   # "did the same with three Colombian ones": its own people, else another matter
        count, at_least, base = count_of(own[0], states)
        expelled = state_of_phrase(own[0], states) or _whose(base, states)[0]   # "a British one": its own word
        if expelled is None and own[0] == _envoy_with(verb) and lemma(verb) in FOLLOW_WITH:
            pass   # "followed with a counsellor": one of the people of what it follows
        elif expelled is None or expelled.startswith("@"):
            return []
    more = _gapped_followers(verb, subject, states) if counted is not None else []
    return [Reading(verb.text, verb.i, actor, text, expelled, n, at_least, modality,
                    settled=modality != ASSERTED, weak=True, same_number=expelled is None and _same_number(verb),
                    follows=True)
            for actor, text, n in [(a, subject.text, count) for a in actors] + [m for m in more if m[0] not in actors]]


def narrative_present(verb) -> bool:
    """"1985 - Britain expels 25 Soviet officials; Moscow responds in kind", "Latvia follows suit": a present
    simple with no auxiliary tells what was done, as timelines and headlines tell it (not "is following suit",
    "will do the same"; a habit, "routinely responds in kind", is modality_of's)."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _with_past(verb) -> bool:
    """"Several countries expelled Russian diplomats, with Germany leading with 40": a participle after "with" on
    a verb in the past tells what was done then."""
    p = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and normalise(p.text) == "with" and \
        p.head.tag_ in ("VBD", "VBN")


def followed(acts: Sequence[tuple[int, object]], k: int, quiet: Optional[Mapping[int, set]] = None):
    """The expulsion a follow in sentence `k` repeats. `acts` are (sentence index, event or None) of the
    article's other readings so far, in text order; the last of them must lie in sentence k or k - 1, or in
    k - 2 when sentence k - 1 is `quiet` (no word of any trigger) and names no state but the two of that
    expulsion ("Poland expelled 45 Russian diplomats. Moscow called the move hostile. Lithuania followed
    suit."; not "... France imposed sanctions on Moscow. Germany followed suit."), and have given an event
    ("Britain recalled its ambassador, and France followed suit": none)."""
    if not acts:
        return None
    at, done = acts[-1]
    if at in (k - 1, k):
        return done
    if at == k - 2 and quiet is not None and k - 1 in quiet and done is not None and \
            quiet[k - 1] <= {done.expelling_country, done.expelled_country}:
        return done
    return None


def _one_person(done, r: Reading) -> bool:
    """"Britain expelled an Israeli diplomat, and Australia did the same": the same act done to one person is
    done to one (of many, how many the follower expelled is unknown unless it says "the same number")."""
    return done.count == 1 and not done.at_least and r.count is None


def follower_event(r: Reading, done) -> Optional[tuple[str, str, Optional[int], bool, str]]:
    """(actor, expelled, count, at_least, modality) of a follow reading `r` after the event `done` it
    repeats; None when it repeats nothing or repeats the follower's own act."""
    if done is None or r.actor is None:
        return None
    if r.expelled is not None:
        expelled, count, at_least = r.expelled, r.count, r.at_least
    else:
        expelled = done.expelled_country   # (a count of its own: "followed with 35")
        count, at_least = (done.count, done.at_least) if r.same_number or _one_person(done, r) else (r.count, r.at_least)
        if r.actor == expelled:   # "Britain expelled 23 Russians. Russia did the same.": the sides turned round
            expelled = done.expelling_country
    if expelled is None or r.actor in (expelled, done.expelling_country) and r.expelled is None:
        return None
    modality = r.modality if r.modality != ASSERTED else ASSERTED if done.modality == AGGREGATE else done.modality
    return r.actor, expelled, count, at_least, modality   # (one state's share of a sum told before is its own)


def joined(verb, states: States) -> list[str]:
    """"The US has joined Britain, France and Canada in expelling Syrian diplomats": the subject of "join" and
    the states it joined (named in its object, as the parser may hang the list and "in expelling" on the last
    of them: "Britain, France, a host of other EU countries, Australia and Canada") expel those people too;
    how many is not told."""
    p = verb.head
    if verb.dep_ != "pcomp" or normalise(p.text) != "in":
        return []
    join = p.head
    while "join" not in (lemma(join), join.lemma_.lower()) and join.dep_ in ("dobj", "appos", "conj", "pobj", "prep"):
        join = join.head
    if "join" not in (lemma(join), join.lemma_.lower()):
        return []
    out = []
    for t in [c for c in join.children if c.dep_ == "nsubj"] + [d for c in join.children if c.dep_ == "dobj"
                                                                  for d in c.subtree if d.i < p.i]:
        hit = states.at(t) if t.dep_ not in ("compound", "amod") else None   # not "other EU countries"
        if hit is not None and hit[1] in ("state", "capital") and hit[0] not in out:
            out.append(hit[0])
    return out
