"""The status "persona non grata" in a parsed sentence: the words themselves ("persona non grata", "PNG", "png'd"),
a status denied that says the same ("is no longer welcome", "no longer persona grata", "were no longer acceptable"
of people, also of "the presence of three members of his staff": `present_people`), and what declares it: a verb,
also where the parser hung the status elsewhere ("declared 40 employees of the Russian embassy undesirable"), or a
noun ("X's declaration of four diplomats as persona non grata").

triggers_parse.find_triggers reads these when it finds a declaration as a trigger.
"""
from __future__ import annotations

from transforms.expulsions.arcs import is_verb
from transforms.expulsions.parse_words import DECLARE, PATTERNS, PERSONNEL, lemma, normalise
from transforms.expulsions.people import _weak

PNG_VERBS = ("png'd", "pnged", "png'ed")
PRESENCE_NOUNS = frozenset(PATTERNS["presence_nouns"])


def _is_png(tok) -> bool:
    w = normalise(tok.text)
    if w in ("persona", "personae", "persons"):   # ("persons non grata", as some translations write it)
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and normalise(nxt.text) == "non"
    return w == "png"


def _copula_as_verb(tok) -> bool:
    """"that Mr. Petrov is persona non grata" as the parser may build it: "persona" a verb with "is" as its
    auxiliary and the person as its subject."""
    return any(c.dep_ == "aux" and lemma(c) == "be" for c in tok.children) and \
        any(c.dep_ == "nsubj" for c in tok.children)


def unwelcome(tok) -> bool:
    """"he was no longer welcome", "is not welcome": "welcome" denied as what someone is, which says what
    "persona non grata" says (the denial is the predicate's own, not the act's), and so does "is no longer
    persona grata". "were no longer acceptable in this country" says it too, of people only (not of "the
    proposal")."""
    w = normalise(tok.text)
    if w == "grata" and tok.i > 0 and normalise(tok.doc[tok.i - 1].text) == "persona":
        w = "welcome"   # "was no longer persona grata": the status denied is persona non grata's
    if w not in ("welcome", "acceptable") or tok.dep_ not in ("acomp", "attr") or lemma(tok.head) != "be":
        return False
    if w == "acceptable" and not _people_subject(tok.head):
        return False
    words = [c for c in tok.head.children if c.dep_ in ("neg", "advmod")] + list(tok.children)
    return any(c.dep_ == "neg" and normalise(c.text) in ("not", "never", "n't") or
               normalise(c.text) == "longer" and any(normalise(g.text) == "no" for g in c.children) for c in words)


def _people_subject(copula) -> bool:
    """The subject of `copula` names people: a pronoun of persons, a name or a diplomatic noun."""
    subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    subj = present_people(subj) or subj   # "the presence of three members of his staff was no longer acceptable"
    if subj is None:
        return False
    w = normalise(subj.text)
    return (subj.pos_ == "PRON" and w in ("he", "she", "they", "both")) or subj.pos_ == "PROPN" or \
        w in PERSONNEL or w.rstrip("s") in PERSONNEL or _weak(subj)   # "two members of his staff"


def present_people(noun):
    """The people a noun of their being somewhere stands for ("the presence of three members of his staff", "the
    continued stay of two diplomats"; patterns/grammar.json presence_nouns): its "of"; else None."""
    if noun is None or lemma(noun) not in PRESENCE_NOUNS or noun.pos_ != "NOUN":
        return None
    return next((o for c in noun.children if c.dep_ == "prep" and normalise(c.text) == "of"
                 for o in c.children if o.dep_ == "pobj"), None)


def png_word(tok):
    """The "persona" (or "PNG") of the "persona non grata" phrase `tok` is a word of, as the parser may hang its words
    ("persona" the object, "grata" an apposition on it), else None."""
    for k in range(max(tok.i - 2, tok.sent.start), tok.i + 1):
        if _is_png(tok.doc[k]):
            return tok.doc[k]
    return None


def _declarer(tok):
    """The declare verb that governs a "persona non grata" token, or None."""
    for h in [tok.head, tok.head.head, tok.head.head.head]:
        if lemma(h) in DECLARE and h.pos_ in ("VERB", "AUX"):
            return h
    doc = tok.doc
    for k in range(tok.i - 1, tok.sent.start - 1, -1):   # back over the declared and any apposition of theirs
        if doc[k].text in (";", ".", "?"):
            break
        if lemma(doc[k]) in DECLARE and doc[k].tag_.startswith("VB"):
            return doc[k]
        if k < tok.i - 12 and is_verb(doc[k]):
            break   # "declare Jennifer Lalonde, consul of the Consulate General of Canada in Shanghai persona non
            # grata": nouns only between; another verb ends the search
    return None


def _declaration_noun(tok):
    """The noun of "X's declaration of four diplomats as persona non grata" (or "as unwelcome"; persona non grata
    also with no "as": "the declaration of the counsellor of the Freedonian embassy persona non grata"): the
    declaring told as a noun, whose possessive declares and whose "of" names the people; else None."""
    doc = tok.doc
    bare = _is_png(tok) and tok.i > 0 and normalise(doc[tok.i - 1].text) != "as"
    if tok.i == 0 or (normalise(doc[tok.i - 1].text) != "as" and not bare):
        return None
    for k in range(tok.i - (1 if bare else 2), max(tok.i - 14, tok.sent.start - 1), -1):   # the parser hangs "as"
        # anywhere: by words
        w = normalise(doc[k].text)
        if w in ("declaration", "declarations") and doc[k].pos_ == "NOUN" and k + 1 < tok.i and \
                normalise(doc[k + 1].text) == "of":
            return doc[k]
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (";", ":"):
            return None
    return None


def _declared_object(tok):
    """The declare verb of "declared 40 employees of the Russian embassy undesirable" as the parser may read it:
    the predicate hung after the last noun of the object as its modifier (an English adjective stands after
    its noun only as such a complement); None unless that noun is inside the declare verb's object."""
    h = tok.head
    for _ in range(4):
        if h.dep_ == "dobj" and lemma(h.head) in DECLARE and is_verb(h.head):
            return h.head
        if h.dep_ not in ("pobj", "prep") or h.head == h:
            return None
        h = h.head
    return None
