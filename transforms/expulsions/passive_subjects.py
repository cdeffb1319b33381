"""The patient of a passive verb ("Two diplomats were expelled"), whether the parser gave it that label or, a
phrase between them breaking the parse, another; a list the parser cut into several subjects is read as one
(comma_list; owners.py reads it too). Read by arguments_expel.py, arguments_png.py and arguments_leave.py."""
from __future__ import annotations

from transforms.expulsions.parse_words import DEBATE_ADDRESS, RAISING_ADJECTIVES, RAISING_PASSIVES, RAISING_VERBS, _child, \
    _headline_passive, _passive, lemma, normalise
from transforms.expulsions.shared_passive import passive_shared, shares_passive
from transforms.expulsions.subjects import subject_in_fronted_phrase


def passive_subject(verb):
    """The patient of a passive verb: its "nsubjpass", or the subject the parser gave the verb or its
    passive auxiliary under another label where a phrase between them broke the parse ("Seven members of
    the ... embassy, including the first secretary, were on Thursday ordered by X to leave": "members"
    hangs on "were"; "Two ... diplomats were on Monday expelled by X": "were" became the root)."""
    found = _child(verb, "nsubjpass")
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    address = next((c for c in subjects if _address(c)), None)
    if address is not None:   # "(Lord Belstead): My Lords, two members of the Soviet Embassy have been asked to
        # leave": the parser took the form of address (and the speaker's heading) for subjects; the people are the
        # subject after it or its apposition
        others = [c for c in subjects if c.i > address.i] or \
            [c for c in address.children if c.dep_ == "appos" and c.i > address.i]
        if others:
            found, subjects = others[0], others
    if len(subjects) > 1 and found == subjects[-1] and found.pos_ == "NUM" and subjects[0].pos_ in ("NOUN", "PROPN"):
        return subjects[0]   # "Five diplomats from X and three from Y were expelled": the people, not the gapped count
    if len(subjects) > 1 and found == subjects[-1] and comma_list(subjects):
        return subjects[0]   # "25 Italian diplomats, four West Germans and two Spaniards were ordered out": the list's
        # first group, the parser's other subjects its later groups (owners.py)
    if found is not None or not _passive(verb):
        return found
    joined = joined_subject(verb)
    if joined is not None:   # "were expelled by Ruritania and the Syldavian ambassador was expelled by Graustark"
        return joined
    if shares_passive(verb):
        return passive_subject(passive_shared(verb))   # "were arrested and expelled", "is accused of espionage and
        # given 48 hours to leave"
    aux = [c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    if verb.dep_ in ("advcl", "xcomp") and lemma(verb.head) == "be" and verb.head.i < verb.i:
        aux.append(verb.head)   # "Two ... diplomats were on Monday expelled by X": "were" became the root
    fronted = subject_in_fronted_phrase(verb)
    if fronted is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return fronted   # "According to Rudolf Jindrak, 16 diplomats ... are being expelled"
    before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(before) > 1 and _headline_passive(verb):
        return before[-1]   # "CANADA: Four Russians expelled": the people right before the verb, not the list's head
    own = _child(verb, "nsubj") or next((_child(a, "nsubj") for a in aux if _child(a, "nsubj") is not None), None)
    if own is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and \
            normalise(verb.head.text) in ("after", "before", "since", "upon", "on") and \
            any(c.dep_ == "auxpass" and normalise(c.text) == "being" for c in verb.children):
        return _child(verb.head.head, "nsubj", "nsubjpass")   # "Two Indian diplomats left Peking after being expelled"
    if own is None and verb.dep_ == "ccomp" and aux:   # "confirmed Kent X, its envoy to Y, had been ordered to leave":
        obj = _child(verb.head, "dobj")   # the parser makes the clause's subject the object of the verb of saying
        if obj is not None and obj.i < aux[0].i and not any(t.dep_ == "mark" for t in verb.children):
            return obj
    if own is None and aux and _child(verb, "nsubj", "nsubjpass", "expl") is None:
        late = _child(verb, "dobj")   # "From Russia are expelled 60 American diplomats": a translation's word order,
        if late is not None and late.i > verb.i:   # the patient after the passive verb
            return late
    if own is None and raised_subject(verb) is not None:   # "The Freedonian ambassador is expected to be expelled"
        return raised_subject(verb)
    if own is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i and \
            _child(verb, "nsubj", "nsubjpass", "expl") is None:
        first = verb.head   # "A diplomat ... has been identified as a spy and has been ordered to leave": the subject
        return _child(first, "nsubjpass") or (_child(first, "nsubj") if _passive(first) else None)   # both share
    return own


def raised_subject(verb):
    """"The Freedonian ambassador is expected to be expelled by Ruritania", "Two diplomats appear to have been
    expelled", "is likely to be expelled": a passive infinitive with no subject of its own, the complement of a verb
    or adjective that raises its subject (patterns/grammar.json raising_passives, raising_verbs, raising_adjectives):
    that subject is the infinitive's patient; else None. Not a verb of ordering or wanting ("wanted the envoy to be
    expelled": the envoy is its object, read elsewhere)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children) or \
            _child(verb, "nsubj", "nsubjpass") is not None:
        return None
    head = verb.head
    words = {lemma(head), head.lemma_.lower()}
    if words & RAISING_PASSIVES and head.tag_ == "VBN":
        return _child(head, "nsubjpass")
    if words & RAISING_VERBS and head.pos_ == "VERB":
        return _child(head, "nsubj")
    if words & RAISING_ADJECTIVES and head.dep_ == "acomp" and lemma(head.head) == "be":
        return _child(head.head, "nsubj")
    return None


def comma_list(phrases) -> bool:
    """Counted groups one after another with only a comma between each and the next ("25 Freedonian diplomats, four
    Graustarkian diplomats"): one list the parser cut up; not a group and a description ("67 Freedonians, mainly
    students")."""
    return all(counted(p) for p in phrases) and all(comma_between(a.right_edge.i, b) for a, b in zip(phrases, phrases[1:]))


def counted(phrase) -> bool:
    """A phrase with a number of its own ("four West Germans")."""
    return any(c.dep_ == "nummod" for c in phrase.children)


def comma_between(end: int, phrase) -> bool:
    """Only one comma between the token at `end` (a comma the parser hung on the phrase before counts) and `phrase`."""
    doc = phrase.doc
    while end > 0 and doc[end].text == ",":
        end -= 1
    return phrase.left_edge.i == end + 2 and doc[end + 1].text == ","


def _address(tok) -> bool:
    """A form of address that opens a speech ("My Lords,", "Mr. Speaker,"; patterns/grammar.json debate_address),
    followed by a comma: no subject of the verb."""
    words = " ".join(normalise(t.text) for t in tok.subtree if t.i <= tok.i)
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.text == "," and words in {normalise(a) for a in DEBATE_ADDRESS}


def joined_subject(verb):
    """The subject of a passive conjoined verb with an auxiliary of its own that the parser joined to a noun of the
    clause before ("Four diplomats were expelled by Ruritania and the Syldavian ambassador was expelled by Graustark":
    "ambassador" a conjunct of "Ruritania"): the noun conjunct that ends right before that auxiliary; else None."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if verb.dep_ != "conj" or aux is None or aux.i == 0:
        return None
    return next((t for t in verb.doc[verb.head.i + 1:aux.i] if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and
                 t.head.i < t.i and t.right_edge.i == aux.i - 1), None)
