"""The shapes that deny an act outright rather than hedge it (modality.py reads them): "no" on its people or its
plan, "neither ... nor", a fronted "at no point", "has yet to", a phrasal verb of holding back ("held off"), and an
order undone ("the order was later rescinded", "reversed its decision to expel") or blocked ("a court blocked the
expulsion of the attache")."""
from __future__ import annotations

from transforms.expulsions.parse_words import BLOCKING, CLAIM_NOUNS, CONTESTING, NEGATING_PHRASAL, UNDOING, UNDONE_COURSES, \
    UNDONE_NOUNS, lemma, normalise


def determined_by_no(noun) -> bool:
    """"no plans", "no intention": the noun is denied."""
    return any(c.dep_ in ("det", "neg") and normalise(c.text) == "no" for c in noun.children)


def undone(tok, span):
    """"..., but the order was later rescinded", "the decision to expel them was reversed": the verb of
    undoing after the trigger whose subject is the order or decision; else None."""
    for t in span:
        if t.i > tok.i and t.pos_ in ("VERB", "AUX") and lemma(t) in UNDOING and \
                any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in UNDONE_NOUNS for c in t.children):
            return t
        if t.i > tok.i and t.pos_ in ("VERB", "AUX") and lemma(t) in BLOCKING and \
                any(c.dep_ == "nsubjpass" and lemma(c) in UNDONE_NOUNS for c in t.children):   # "the expulsion was
            # halted by a court" (not "the expulsion halted the talks")
            return t
    return None


def undoes(tok):
    """"reversed its decision to expel two diplomats", "revoked the expulsion of", "cancelled its order
    expelling": the verb of undoing whose object is the trigger's noun, or the order or decision the
    trigger hangs from; else None."""
    h = tok
    for _ in range(3):
        if h.pos_ == "NOUN" and lemma(h) in UNDONE_NOUNS and h.dep_ == "dobj" and \
                h.head.pos_ in ("VERB", "AUX") and lemma(h.head) in UNDOING | BLOCKING:
            return h.head
        if h.dep_ not in ("acl", "xcomp", "prep", "pobj") or h.head == h:
            return None
        h = h.head
    return None


def course_undone(verb) -> bool:
    """Does the verb of undoing undo a course rather than an act ("abandoned plans to expel", "dropped its threat to
    expel": patterns/grammar.json undone_courses)? Not undone ("refused to abandon its plan"), it stays a plan."""
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and lemma(c) in UNDONE_COURSES for c in verb.children)


def not_yet(kids) -> bool:
    """"has yet to expel", "is yet to expel": "yet" on the verb whose infinitive complement is the trigger."""
    return any(c.dep_ == "advmod" and normalise(c.text) == "yet" for c in kids) and any(c.dep_ == "xcomp" for c in kids)


def negating_phrasal(lem: str, kids, tok=None) -> bool:
    """A verb with the particle that makes it say "not done": "give up (reprisals)", "hold off"; "decided against
    expelling" (a preposition: the act `tok` under it, not "decided against the advice of his ministers to expel");
    "backed away from expelling", "pulled back from", "changed its mind about expelling", "walked back its decision
    to expel" (an adverb or an object: the act under another of the verb's prepositions or objects, the course the
    verb turns from)."""
    for c in kids:
        if (lem, normalise(c.text)) not in NEGATING_PHRASAL:
            continue
        if c.dep_ == "prt" or c.dep_ == "prep" and (tok is None or tok in c.subtree):   # "held off expelling"
            return True
        if c.dep_ in ("advmod", "dobj", "prep") and tok is not None:   # the course turned from: after "from",
            turned = [g for g in c.children if g.dep_ == "prep"] + [k for k in kids if k is not c and k.dep_ in (
                "prep", "dobj")]   # "against", "about", "on", "over" (on the particle or the verb), or the object
            if any(tok in o.subtree for o in turned if o.dep_ == "dobj" or normalise(o.text) in _TURNED_FROM):
                return True   # ("stepped back from the brink by expelling two": the means, not the course)
    return False


_TURNED_FROM = ("from", "against", "about", "on", "over", "of")


def negative_inversion(kids) -> bool:
    """"At no point did Paris expel", "At no time were the diplomats asked to leave": a phrase with "no"
    put before the verb, with its auxiliary before the subject (a fronted negation inverts; "With no
    warning, Russia expelled" does not, and denies nothing of the expulsion)."""
    fronted = any(c.dep_ == "prep" and any(p.dep_ == "pobj" and determined_by_no(p) for p in c.children)
                  for c in kids if c.dep_ == "prep" and c.i < c.head.i)
    subject = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    return fronted and subject is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in kids)


def neither_nor(verb) -> bool:
    """"has neither expelled the ambassador nor closed its embassy", "expelled neither the ambassador nor his
    deputy", "neither recalled its envoy nor expelled theirs": a verb (or its object) under "neither ... nor"
    is denied, whichever conjunct it is."""
    def marked(node) -> bool:
        return any(normalise(c.text) == "neither" and c.dep_ in ("preconj", "appos", "det", "advmod", "cc", "neg")
                   for c in node.children) and \
            any(normalise(c.text) == "nor" and c.dep_ == "cc" for c in list(node.children) + list(node.subtree))
    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if marked(verb) or any(marked(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")):
        return True
    if any(normalise(c.text) == "neither" and c.dep_ == "appos" for s in subject for c in s.children):
        return any(normalise(c.text) == "nor" and c.dep_ == "cc" for c in verb.children)   # the parser's "X neither/appos"
    return verb.dep_ == "conj" and any(normalise(c.text) == "nor" for c in verb.head.children) and marked(verb.head)


def no_one(kids) -> bool:
    """"had expelled no diplomats", "no diplomats were expelled", "none of the diplomats were expelled": the
    people are none."""
    return any(c.dep_ in ("dobj", "nsubjpass") and
               (any(d.dep_ == "det" and normalise(d.text) == "no" and not _rank_word(d) for d in c.children) or
                normalise(c.text) == "none")
               for c in kids)


def _rank_word(no) -> bool:
    """"the No 2 diplomat": "No" before a number in digits is a rank, no denial."""
    doc = no.doc
    return no.text == "No" and no.i + 1 < len(doc) and doc[no.i + 1].text.isdigit()


def claim_contested_after(tok, span) -> bool:
    """"Mexico declared the Ecuadorian ambassador persona non grata, Ecuador said, a claim Mexico denied": after the
    act, a claim noun set off by a comma ("a claim", "an allegation") whose relative clause contests it ("Mexico
    denied", "Strelsau rejects"; patterns/grammar.json contested_claim_nouns, contesting_verbs): the act told is
    contested. Not "a claim Mexico confirmed", nor "a move Mexico condemned"."""
    doc = tok.doc
    for t in span:
        if t.i <= tok.i or lemma(t) not in CLAIM_NOUNS or t.pos_ != "NOUN":
            continue
        if not any(doc[k].text == "," for k in range(max(tok.i + 1, t.i - 3), t.i)):
            continue
        for c in t.children:
            if c.dep_ in ("relcl", "acl") and (lemma(c) in CONTESTING or normalise(c.lemma_) in CONTESTING) \
                    and not any(g.dep_ == "neg" for g in c.children):
                return True
    return False



def any_such(tok, nominal: bool) -> bool:
    """Is the act told of "any": an expulsion noun determined by "any" ("unaware of any expulsions of its diplomats",
    "not aware of any expulsion", "dismissed talk of any expulsion"), or a passive in a clause without a tense told
    of people determined by "any" ("no knowledge of any Ruritanian diplomats being expelled", "unaware of any
    diplomats having been expelled")? "Any" asks of acts or denies them; it tells none as done, so a reading the
    parse left asserted is a denial it did not see (modality.py). Not "any" on the object of a verb told as done
    ("expelled any remaining diplomats": all of them)."""
    if nominal:
        return _any_on(tok)
    if tok.dep_ not in ("acl", "pcomp") or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    people = tok.head if tok.dep_ == "acl" else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    return people is not None and _any_on(people)


def _any_on(noun) -> bool:
    return any(c.dep_ == "det" and normalise(c.text) == "any" for c in noun.children)
