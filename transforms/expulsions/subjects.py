"""Who does what a verb says when the parse gave the verb no subject of its own: the state the parser hung
elsewhere (on a name before the verb, on a time phrase, on the first verb's object, on a preposition before a
gerund) or the subject a conjoined verb shares. Each reader returns a token of the sentence, or None."""
from __future__ import annotations

from transforms.expulsions.lexicon import MONTHS, TIME_WORDS
from transforms.expulsions.parse_words import FIRST_PERSON, States, _child, _clause_subject, normalise
from transforms.expulsions.people import _is_personnel, diplomatic
from transforms.expulsions.phrase_states import state_of_phrase


def subject_in_fronted_phrase(verb):
    """"According to Rudolf Jindrak, 16 diplomats and four technical staff ... are being expelled": the parser
    may hang the clause's counted subject on the name before the comma as its apposition; that subject, else None."""
    for p in verb.lefts:
        if p.dep_ != "prep":
            continue
        for t in p.subtree:
            if t.dep_ == "appos" and t.pos_ == "NOUN" and t.tag_ == "NNS" and t.head.pos_ == "PROPN" and \
                    any(c.dep_ == "nummod" for c in t.children) and t.doc[t.left_edge.i - 1].text == ",":
                return t
    return None


def subject_before(verb, states: States):
    """A state's noun phrase right before a verb the parse gave no subject ("in connection with the
    trial of X the Polish Government declared two officials persona non grata": the parser hung the
    government on the name before it)."""
    if verb.i == 0 or verb.dep_ not in ("ROOT", "conj", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return None
    return prev if state_of_phrase(prev, states) not in (None, FIRST_PERSON) else None


_TIME_WORDS = frozenset({"after", "before", "since", "until", "as", "when", "while", "following"})
_DAY_WORDS = frozenset(TIME_WORDS) | frozenset(MONTHS)   # "On Monday", "In March"


def subject_glued_to_time(verb, states: States):
    """"On Monday Poland asked him to leave": the parser may make the state the object of the fronted time phrase,
    with the day as its compound, and leave the verb with no subject. A state right before the verb (only adverbs
    between), the object of a preposition before it whose phrase begins with a word of time (lexicon.TIME_WORDS, a
    month), is the verb's subject; else None."""
    if _child(verb, "nsubj", "nsubjpass") is not None:
        return None
    for p in verb.children:
        if p.dep_ != "prep" or p.i > verb.i:
            continue
        for o in p.children:
            if o.dep_ != "pobj" or not all(t.pos_ == "ADV" for t in verb.doc[o.right_edge.i + 1:verb.i]):
                continue
            timed = [c for c in o.children if c.dep_ in ("compound", "nmod", "npadvmod") and c.i < o.i and
                     normalise(c.text) in _DAY_WORDS]
            if timed and state_of_phrase(o, states) not in (None, FIRST_PERSON):
                return o
    return None


def subject_in_time_phrase(verb, states: States):
    """"The move comes after the Gulf nation of Bahrain, a member of the coalition, expelled its Iranian
    ambassador": with a long subject the parser may read "after" as a preposition with the state as its object and
    the verb as a conjunct of the main clause (no "and" between them, only the state's phrase, commas and the
    verb's own time phrase: "after the Netherlands last month told 18 Russian diplomats to leave"), or a finite
    verb as an adverbial clause ("after Freedonia last week expelled three"). That state is the verb's subject;
    else None."""
    finite_clause = verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP")
    if verb.dep_ != "conj" and not finite_clause or _child(verb, "nsubj", "nsubjpass") is not None:
        return None
    when = {t.i for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i for t in c.subtree}
    for p in verb.head.children:
        if p.dep_ != "prep" or normalise(p.text) not in _TIME_WORDS or not verb.head.i < p.i < verb.i:
            continue
        for o in p.children:
            if o.dep_ == "pobj" and o.right_edge.i < verb.i and \
                    all(t.is_punct or t.i in when for t in verb.doc[o.right_edge.i + 1:verb.i]) and \
                    state_of_phrase(o, states) not in (None, FIRST_PERSON):
                return o
    return None


def shared_subject(verb, states: States):
    """"15 Russians working at the embassy were intelligence officers and had been declared persona non
    grata": a conjoined verb shares the subject of the clause it is joined to; where the parser gave
    that clause none, the nearest diplomatic subject before it in the sentence."""
    head = verb.head
    subj = _child(head, "nsubj", "nsubjpass")
    if subj is not None:
        return subj
    for t in reversed(verb.doc[verb.sent.start:head.i]):
        if t.dep_ in ("nsubj", "nsubjpass") and (_is_personnel(t, states) or diplomatic(t, states)):
            return t
    return None


_GERUND_SUBJECT_PREPOSITIONS = {"for", "to", "over"}


def gerund_subject(verb, states: States):
    """"in retaliation for Warsaw last month expelling 45 Russian diplomats", "in response to Israel expelling
    the envoy": a gerund with no subject of its own right after a preposition's object that names a state (a
    time phrase may stand between them) has that state as its subject, not the subject of the main clause. The
    preposition hangs on a noun ("retaliation for", "response to"), not on a verb ("sent a note to X expelling")."""
    if verb.tag_ != "VBG" or _child(verb, "nsubj", "poss") is not None:
        return None
    k = verb.i - 1
    while k > verb.sent.start and (verb.doc[k].dep_ == "npadvmod" or verb.doc[k].head.dep_ == "npadvmod"):
        k -= 1   # "last month", "on Saturday" read as a modifier of the verb
    obj = verb.doc[k]
    if obj.dep_ != "pobj" or normalise(obj.head.text) not in _GERUND_SUBJECT_PREPOSITIONS or \
            obj.head.head.pos_ != "NOUN":
        return None
    return obj if state_of_phrase(obj, states) not in (None, FIRST_PERSON) else None


def first_gerund(verb):
    """"after breaking up an alleged spy ring and expelling four Americans" as the parser may read it: the second
    gerund a conjunct of the first one's object; that first gerund (whose doer does both), else None."""
    obj = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or obj.pos_ not in ("NOUN", "PROPN") or obj.dep_ != "dobj" or \
            obj.head.tag_ != "VBG" or _child(verb, "nsubj", "poss") is not None:
        return None
    return obj.head


def glued_subject(verb, states: States):
    """"Britain expelled 31 Soviet diplomats and the Soviet Union expelled 19 British ones" as the parser
    may read it: the second state a conjunct of the first verb's people, right before the second verb,
    which has no subject of its own; that state is its subject."""
    if verb.dep_ != "conj" or _child(verb, "nsubj", "nsubjpass") is not None or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ != "conj" or prev.head.dep_ != "dobj" or prev.head.head != verb.head:
        return None
    return prev if state_of_phrase(prev, states) not in (None, FIRST_PERSON) else None


_CLAUSE_OBJECTS = ("dobj", "dative", "iobj")


def relative_pronoun_subject(pronoun, states: States):
    """"Ecuador blamed the Argentine ambassador, whom it expelled on Monday", "... blamed envoy X, whom it ordered to
    leave": "it" or "they", the subject of a relative clause on the object of a clause whose subject is a state,
    is that state (not a state an earlier sentence told). The noun the clause is on may be a name in apposition to
    the object or the object of a preposition on the verb ("accused Moscow's envoy of spying"); on a subject ("The
    ambassador, whom it expelled, flew home") the pronoun says nothing the sentence tells. "it" is no plural's."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or normalise(pronoun.text) not in ("it", "they") or clause.dep_ != "relcl":
        return None
    h = clause.head
    for _ in range(4):   # up from "Fuks" in "blamed Argentine ambassador Gabriel Fuks, whom": to the verb's object
        if h.dep_ in ("appos", "conj", "compound") and h.head != h:
            h = h.head
        elif h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ in ("VERB", "AUX"):
            h = h.head
            break
        else:
            break
    if h.dep_ not in _CLAUSE_OBJECTS + ("prep",) or h.head.pos_ not in ("VERB", "AUX"):
        return None
    subj = _clause_subject(h.head)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or \
            normalise(pronoun.text) == "it" and subj.tag_ in ("NNS", "NNPS") and not states.at(subj):
        return None
    return subj if state_of_phrase(subj, states) not in (None, FIRST_PERSON) else None


def controller(verb):
    """"X's expulsion of a diplomat prompted Moscow to send home a ... diplomat", "forced Y to expel",
    "prompting Tehran to order three Kuwaiti diplomats to leave", "prompting Ankara to declare the Egyptian envoy
    persona non grata": the object of the verb that makes another act is who acts in its complement."""
    if verb.dep_ != "xcomp" or verb.head == verb:
        return None
    obj = _child(verb.head, "dobj")
    return obj if obj is not None and obj.i < verb.i else None
