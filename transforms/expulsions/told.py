"""Clauses a sentence tells as done whatever governs them (modality.py): a clause a question or a verb of
knowing takes as known ("Is the Minister aware that Ruritania expelled ...?"), a clause in the past telling
when or why ("after Ottawa expelled a diplomat"), and the clauses that open a question instead ("whether",
"how many ... have been expelled")."""
from __future__ import annotations

from transforms.expulsions.parse_words import FACTIVE, PATTERNS, TELLING, lemma, normalise

CONDITION_MARKS = {"if", "unless", "whether", "lest"}
_TIME_MARKS = {"after", "since", "because", "following", "when"}
_GRANTING_MARKS = {"while", "although", "though", "whereas"}   # a clause granted, set against the main one
_SPEAKERS = {"i", "we"}
_NOT_NOW = {"will", "'ll", "shall", "might", "could"}   # a telling still to come or only possible
HEARSAY = frozenset(PATTERNS["hearsay_governors"])
HEARSAY_ADVERBS = frozenset(PATTERNS["hearsay_adverbs"])
HEARSAY_ADJECTIVES = frozenset(PATTERNS["hearsay_adjectives"])
CONFIRMING = frozenset(PATTERNS["hearsay_confirming_verbs"])
_NOT_DONE = {"will", "'ll", "shall", "would", "could", "might", "may", "can", "should", "must"}


def presupposed(tok) -> bool:
    """Is the trigger verb `tok` in a clause that a question above it takes as done: a clause in the past
    telling when or why ("Will he act now that Ruritania expelled two of ours?", "Does he recall that, when
    we expelled 40 of theirs, ...?") or the 'that' clause of a verb of knowing ("Is the Minister aware that
    Ruritania expelled ...?")? Questions put in a debate take the expulsions they ask about as known. A
    clause of knowing in the present takes as known what a noun phrase in it names ("Is the Minister aware
    that the Government's decision to expel 25 officials has the support of the House?")."""
    h, named = tok, False
    for _ in range(6):
        when = h.dep_ == "advcl" and h.tag_ in ("VBD", "VBN") and \
            any(c.dep_ == "advmod" and normalise(c.text) == "when" for c in h.children)   # "when X expelled"
        if past_time_clause(h) or when or (h.dep_ == "ccomp" and lemma(h.head) in FACTIVE and not opens_question(h)
                                            and (named or h.tag_ in ("VBD", "VBN"))):
            return True
        if h.head == h or h.dep_ == "ROOT":
            return False
        h = h.head
        named = named or h.pos_ in ("NOUN", "PROPN")   # "the decision to expel", "the expulsion of"
    return False


def past_time_clause(h) -> bool:
    """Is `h` the verb of a clause in the past that tells when or why ("after Ottawa expelled a diplomat",
    "since Moscow expelled ..."), which its governor's demand or doubt does not reach?"""
    if h.tag_ not in ("VBD", "VBN"):
        return False
    if h.dep_ == "advcl" and any(c.dep_ == "mark" and normalise(c.text) in _TIME_MARKS for c in h.children):
        return True
    return h.dep_ == "pcomp" and normalise(h.head.text) in _TIME_MARKS


def claimed_around(governor) -> bool:
    """Is the governor of a clause of when or why (past_time_clause) itself told by a verb of hearsay (patterns/grammar.json
    hearsay_governors), as its "that" clause or a conjunct of one ("Freedonia claimed that Syldavia protested because
    Ruritania had expelled ...": "protested")? Then the clause is the claim's too, not told as done."""
    h = governor
    for _ in range(3):
        if h.dep_ == "ccomp" and lemma(h.head) in HEARSAY and h.head.pos_ in ("VERB", "AUX"):
            return True
        if h.dep_ != "conj" or h.head == h:
            return False
        h = h.head
    return False


def granted_clause(h) -> bool:
    """Is `h` the verb of an adverbial clause in the past that grants a fact beside its governor ("while / although
    Ruritania expelled one diplomat, the press claimed that ...", "when Ruritania expelled two diplomats, Freedonia
    claimed ...")? Its governor's claim, threat or doubt is about the governor's own complement, not this clause;
    what governs the governor still reaches it ("Freedonia claimed that, while Ruritania expelled ..., X did ...")."""
    if h.dep_ != "advcl" or h.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ == "mark" and normalise(c.text) in _GRANTING_MARKS for c in h.children):
        return True
    return h.tag_ == "VBD" and any(c.dep_ == "advmod" and normalise(c.text) == "when" and c.i < h.i
                                   for c in h.children)   # (the parser's "when" is an advmod)


def wh_subject(node) -> bool:
    """"how many diplomats have been expelled": a question about the subject (not a relative "who")."""
    if node.dep_ in ("relcl", "acl"):
        return False
    for c in node.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            first = next(iter(c.subtree))
            if first.tag_ in ("WRB", "WDT", "WP") and normalise(first.text) in ("how", "which", "what") and first != c:
                return True
    return False


def opens_question(node) -> bool:
    """A clause opened by "if", "unless", "whether" or a wh-word ("how many ... have been expelled"); not "why",
    whose clause tells the act whose reason it gives ("That is why the government has declared ...", "explained
    why it expelled two diplomats")."""
    if any(c.dep_ == "mark" and normalise(c.text) in CONDITION_MARKS for c in node.children):
        return True
    if node.dep_ != "ccomp":
        return False
    first = next(iter(node.subtree))
    return first.tag_ in ("WRB", "WP", "WDT") and first.i < node.i and normalise(first.text) not in ("when", "that", "why")


_INVERTING = {"had", "were", "should"}


def inverted_condition(node) -> bool:
    """An adverbial clause that opens with "had", "were" or "should" before its subject and has no mark: a condition
    told by inversion ("Had Ruritania expelled the 35 diplomats, Freedonia would have retaliated", "Were Britain to
    expel the ambassador, ...", "Should Ruritania expel two diplomats, ..."), as "if" opens one. The parser may make
    such a clause the complement of the verb after it ("Had Freedonia expelled the two diplomats in 1985, the affair
    would have ended there"): a complement before its verb is one too."""
    if not (node.dep_ == "advcl" or node.dep_ == "ccomp" and node.i < node.head.i) or \
            any(c.dep_ == "mark" for c in node.children):
        return False
    first = next(iter(node.subtree))
    if normalise(first.text) not in _INVERTING or first.tag_ not in ("VBD", "MD"):
        return False
    if first != node and not (first.head == node and first.dep_ in ("aux", "auxpass")):
        return False
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "ccomp", "advcl", "xcomp")), None)
    return subject is not None and subject.i > first.i


def told_by_speaker(verb) -> bool:
    """Is `verb` a verb of telling whose teller is the speaker, telling now ("I wish to inform the House
    that ...", "I have to tell the House that ...", "We must report that ...")? Its 'that' clause is told as a
    fact: the wish or the "must" above the telling is the speaker's manner, not a doubt on what is told.
    Negated ("I cannot confirm that ...") or still to come ("We will tell them that ...") it is not."""
    if lemma(verb) not in TELLING or verb.pos_ not in ("VERB", "AUX"):
        return False
    nodes = [verb]
    while nodes[-1].dep_ in ("xcomp", "acomp") and nodes[-1].head != nodes[-1] and len(nodes) < 3:
        nodes.append(nodes[-1].head)   # "wish to inform", "would like to inform", "am able to tell"
    kids = [c for node in nodes for c in node.children]
    tellers = [c for c in kids if c.dep_ == "nsubj"]
    return bool(tellers) and normalise(tellers[0].text) in _SPEAKERS and \
        not any(c.dep_ == "neg" or (c.dep_ == "aux" and normalise(c.text) in _NOT_NOW) for c in kids)


_RESULT_ADVERBS = {"effectively", "thereby", "thus", "practically", "virtually"}


def told_as_result(verb) -> bool:
    """"Norway refused to renew the visas of four Russian diplomats, effectively expelling them": a participle
    clause that says what the main act came to ("effectively", "thereby") is done when that act is, whatever the
    main verb's meaning ("refused" denies the renewal, not the expulsion)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and \
        any(c.dep_ == "advmod" and normalise(c.text) in _RESULT_ADVERBS and c.i < verb.i for c in verb.children)


def hearsay_on(verb) -> bool:
    """Does a hearsay adverb (patterns/grammar.json hearsay_adverbs) modify this verb itself ("was reportedly
    expelled", "allegedly ordered ... to leave")? Then the act is passed on, not told as done."""
    return verb is not None and verb.pos_ in ("VERB", "AUX") and \
        any(c.dep_ == "advmod" and normalise(c.text) in HEARSAY_ADVERBS for c in verb.children)


def hearsay_named(noun) -> bool:
    """Does a hearsay adjective (patterns/grammar.json hearsay_adjectives) modify this expulsion noun itself
    ("Germany's reported expulsion last July of an Iranian attache", "the alleged expulsion of")? Then the
    expulsion is passed on, not told as done, as with "was reportedly expelled"; unless the sentence says it was
    confirmed ("the alleged expulsion ... was confirmed by Tokyo")."""
    if noun is None or not any(c.dep_ == "amod" and normalise(c.text) in HEARSAY_ADJECTIVES for c in noun.children):
        return False
    return not _confirmed(noun)


def _confirmed(noun) -> bool:
    """Is the expulsion noun what a verb of confirming, told as done, vouches for: its subject in the passive ("the
    alleged expulsion ... was confirmed by Tokyo") or its object ("the ministry confirmed the reported expulsion")?"""
    head = noun.head
    if normalise(head.lemma_) not in CONFIRMING or noun.dep_ not in ("nsubjpass", "dobj"):
        return False
    asked = opens_question(head) or any(t.text == "?" for t in head.doc[head.i:head.sent.end])   # "Has X confirmed"
    return not asked and head.dep_ != "xcomp" and \
        not any(c.dep_ == "neg" or c.dep_ == "aux" and normalise(c.text) in _NOT_DONE for c in head.children)
    # ("refused to confirm", "could not confirm": not vouched for)

