"""An expulsion told as what happens each time something else does: a habit, no one expulsion (modality.modality_of).

    in_a_habit(verb) -> bool
    told_with_habit(verb) -> bool

"In the past when Russian diplomats have been expelled, Russia has responded by expelling U.S. diplomats": a clause
opened by "when" in the present perfect or the present ("when diplomats have been expelled", "when a state expels")
tells what happens each time, and so does the clause it hangs on when that one is in the present perfect or the
present too ("Russia has responded by expelling"): neither is one expulsion. "Whenever" opens such a clause in any
tense, and so do "every time" and "each time" ("Ruritania expels two diplomats every time relations worsen", "Each
time relations worsened, Ruritania expelled two diplomats"). An expulsion noun said to be common or routine ("the
expulsion of Soviet diplomats had become almost routine", "expulsions ... were frequent") names a kind of act that
recurred (`told_as_common`), and so does a gerund of expelling on a noun of habit ("has a history of expelling
Freedonian diplomats", "ended the practice of expelling them": `habit_named`). A "when" clause in the simple past ("when Britain expelled 23 diplomats in March, Russia responded by
expelling 23") tells one time: it and its main clause stay told as done. A verb of expelling (or of declaring, or of the order to
leave) with an adverb of habit on it (patterns/grammar.json habitual_adverbs: "often", "routinely", "regularly"),
in the present or the present perfect, tells a habit too ("the two routinely expel each other's diplomats",
"Syldavia has often declared Freedonian diplomats personae non gratae", "have regularly been ordered to leave":
`told_with_habit`); in the past it tells what happened ("Ruritania often expelled Freedonian diplomats in 1983"). Acts
told as repeated are no habit ("Moscow and Washington have repeatedly expelled each other's diplomats": expulsions).
"""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, lemma, normalise

FREQUENT = frozenset(PATTERNS["frequency_predicates"])
HABITUAL = frozenset(PATTERNS["habitual_adverbs"])
HABIT_NOUNS = frozenset(PATTERNS["habit_nouns"])
_BECOMING = ("be", "become", "remain", "grow")

_PRESENT = ("VBZ", "VBP")


def _present(verb) -> bool:
    """A verb in the present or the present perfect: its own tense or its first auxiliary's ("has responded", "have
    been expelled", "are expelled", "expels")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if aux:
        return aux[0].tag_ in _PRESENT and lemma(aux[0]) in ("have", "be", "do")
    return verb.tag_ in _PRESENT


def _opens_a_habit(verb) -> bool:
    """A clause opened by "whenever", or by "when" in the present or present perfect."""
    opener = next((c for c in verb.children if c.dep_ in ("advmod", "mark") and c.i < verb.i and
                   normalise(c.text) in ("when", "whenever")), None)
    if opener is None:
        return False
    return normalise(opener.text) == "whenever" or _present(verb)


def _governing_verb(tok):
    """The nearest verb above `tok`, through nouns and prepositions ("In the past when ... have been expelled, Russia
    has responded": "expelled" hangs on "past", "past" on "In", "In" on "responded")."""
    h = tok.head
    while h != h.head and h.pos_ not in ("VERB", "AUX"):
        h = h.head
    return h if h.pos_ in ("VERB", "AUX") and h != tok else None


def in_a_habit(verb) -> bool:
    """Is `verb` a clause of a habit: one opened by "whenever" or a present "when", one a "whenever" clause hangs on,
    or a present (perfect) one a present "when" clause hangs on?"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _opens_a_habit(verb) or _each_time(verb):
        return True
    clauses = [t for t in verb.subtree if t != verb and t.pos_ in ("VERB", "AUX") and _opens_a_habit(t) and
               _governing_verb(t) == verb]
    return any(_whenever(t) or _present(verb) for t in clauses)


def _whenever(verb) -> bool:
    return any(c.dep_ in ("advmod", "mark") and normalise(c.text) == "whenever" for c in verb.children)


_EVERY = ("every", "each")
_OTHER_CLAUSES = ("relcl", "acl", "conj", "ccomp", "parataxis")


def _each_time(verb) -> bool:
    """"every time" or "each time" opening a clause (a subject follows it) in the verb's own subtree: "expels two
    diplomats every time relations worsen", "Each time relations worsened, X expelled ..." (however the parser hangs
    the phrase); not "at every time", nor a relative clause's on the verb's object."""
    for t in verb.subtree:
        if normalise(t.text) != "time" or t.i == 0 or normalise(t.doc[t.i - 1].text) not in _EVERY:
            continue
        path = [t] + [a for a in t.ancestors if verb in a.ancestors]   # "time" and its heads below the verb
        if t.dep_ == "pobj" or any(a.dep_ in _OTHER_CLAUSES for a in path):
            continue   # (not "expelled two diplomats in 1977, and each time the decision was announced by ...": the
            # announcing's habit, a clause of its own joined to the expelling)
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"):
            return True
    return False


def told_as_common(noun) -> bool:
    """Is the expulsion noun the subject of be / become / remain / grow whose complement says how often such acts
    happen ("the British government's mass expulsion of Soviet diplomats had become almost routine", "expulsions of
    ... were frequent during the Cold War", "was common practice"; patterns/grammar.json frequency_predicates)? A
    kind of act that recurred, no one expulsion: the noun plural, or its "of" people a bare plural. A number in the
    noun's phrase ("the expulsion of two diplomats was routine") or one person ("of the ambassador") tells one act:
    not read so."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or lemma(noun.head) not in _BECOMING:
        return False
    if any(t.like_num and t.i != noun.i for t in noun.subtree):
        return False
    people = [o for p in noun.children if p.dep_ == "prep" and normalise(p.text) == "of"
              for o in p.children if o.dep_ == "pobj"]
    if noun.tag_ != "NNS" and not any(o.tag_ in ("NNS", "NNPS") and not any(d.dep_ in ("det", "poss") for d in o.children)
                                      for o in people):
        return False   # "the expulsion of the ambassador was routine": one act of one person
    return any(c.dep_ in ("acomp", "attr", "oprd") and (lemma(c) in FREQUENT or normalise(c.text) in FREQUENT)
               for c in noun.head.children)


def habit_named(verb) -> bool:
    """Is the gerund `verb` on "of" or "for" after a noun of habit (patterns/grammar.json habit_nouns: "a history of
    expelling Freedonian diplomats", "the practice of expelling them"), its object counted by no number ("a record of
    expelling 105 officials in 1971" tells one act)?"""
    if verb is None or verb.tag_ != "VBG":
        return False
    if verb.dep_ == "pcomp":
        prep, objects = verb.head, [c for c in verb.children if c.dep_ == "dobj"]
    elif verb.dep_ == "amod" and verb.head.dep_ == "pobj" and verb.head.i > verb.i:
        prep, objects = verb.head.head, [verb.head]   # the parser's "of [expelling Freedonian] diplomats"
    else:
        return False
    if normalise(prep.text) not in ("of", "for") or prep.dep_ not in ("prep", "agent"):
        return False
    head = prep.head
    if head.pos_ != "NOUN" or normalise(head.text) not in HABIT_NOUNS:
        return False
    return not any(n.dep_ == "nummod" for o in objects for n in o.children)


def told_with_habit(verb) -> bool:
    """Is `verb` a verb in the present or the present perfect with an adverb of habit (habitual_adverbs) on it? (The
    past with one still tells what happened: "Ruritania often expelled Freedonian diplomats in 1983".)"""
    return verb is not None and verb.pos_ in ("VERB", "AUX") and _present(verb) and \
        any(c.dep_ == "advmod" and normalise(c.text) in HABITUAL for c in verb.children)
