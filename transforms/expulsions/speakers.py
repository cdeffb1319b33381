"""Who speaks for or tells of an expulsion: the speaker of a quotation or report, the envoy told of it,
the one who informs, and whose people "its" names (read from the parse)."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import FIRST_PERSON, LEGISLATURES, PATTERNS, States, _forms, _child, _clause_subject, _passive, _prep_objects, lemma, normalise
from transforms.expulsions.people import complement_read_as_relative
from transforms.expulsions.phrase_states import state_of_phrase


SPEECH = ("say", "said", "says", "saying", "tell", "told", "announce", "announced", "state", "stated", "add",
          "added", "write", "wrote", "confirm", "confirmed", "note", "noted", "declare", "declared", "insist",
          "insisted", "explain", "explained", "tweet", "tweeted", "reply", "replied", "replies",
          "disclose", "disclosed", "discloses", "reveal", "revealed", "reveals", "acknowledge", "acknowledged",
          "acknowledges", "admit", "admitted", "admits",   # "the Ministry disclosed that it had ordered six ... to leave"
          "inform", "informs", "informed", "notify", "notifies", "notified")   # a note's "informs the Embassy that it
# considers ...": the ministry's "it"
DECIDING = frozenset(f for w in PATTERNS["deciding_verbs"] for f in _forms(w))   # only with a "that" clause: "decided
# that eleven ... must leave", "ordered that the envoy be expelled", "resolved that he be expelled"


def speaker(tok, states: States) -> Optional[str]:
    """"'We have expelled eight diplomats,' the Dutch foreign minister said": the state of the one
    who speaks for the first person."""
    subj = speech_subject(tok)
    code = state_of_phrase(subj, states) if subj is not None else None
    if code is None and subj is not None:
        code = _state_before_split_name(subj, states) or _state_of_title_subject(subj, states)
    if code is None and subj is not None:
        code = next((c for _, obj in _prep_objects(subj, "for") for c in (state_of_phrase(obj, states),) if c), None)
        # "a spokesperson for the Dutch intelligence service said ...": whom the speaker speaks for
    if code is None and subj is not None:
        code = audience(subj.head, states)   # "the Foreign Secretary told the House of Commons that ..."
    return code if code != FIRST_PERSON else None


def speaker_in_apposition(appos) -> bool:
    """"Graustark expelled two Ruritanian diplomats, a diplomat of Freedonia said": the parser may hang the one who
    says it, after the clause, on the clause's people as an apposition, leaving the verb of saying with no subject.
    True when `appos` is an apposition followed (after at most a comma) by a verb of speech, with no subject before
    it, that governs the clause holding the apposition."""
    if appos.dep_ != "appos":
        return False
    verb = _subjectless_speech_after(appos)
    return verb is not None and verb in appos.ancestors


def speaker_in_conjunction(conj) -> bool:
    """"Ruritania expelled 18 Freedonian diplomats and six members of staff, the Ministry of Foreign Affairs said": the
    parser may hang the one who says it, after the clause, on the clause's people as one more conjunct, leaving the
    verb of saying with no subject. True when `conj` is a conjunct followed (after at most a comma) by a verb of
    speech, with no subject before it, that is joined to the clause holding the conjunct (its head governs it)."""
    if conj.dep_ != "conj" or any(c.dep_ == "appos" for c in conj.children):
        return False   # ("... and a Freedonian attache, an ally of Freedonia said": the apposition speaks)
    verb = _subjectless_speech_after(conj)
    return verb is not None and (verb in conj.ancestors or verb.head in conj.ancestors)


def _subjectless_speech_after(token):
    """The verb of speech right after `token`'s phrase (after at most a comma) with no subject before it, or None."""
    doc, k = token.doc, token.right_edge.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    if k >= len(doc):
        return None
    verb = doc[k]
    if verb.pos_ != "VERB" or normalise(verb.text) not in SPEECH or \
            any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return None
    return verb


_HYPHENS = ("-", "\u2010", "\u2011")


def _state_before_split_name(subj, states: States) -> Optional[str]:
    """"Ruritanian Foreign Minister Omar al-Rashid said ...": the parser may break the name at its hyphen and hang
    its pieces on the verb, the last one its subject; the state of the title, another piece hung on the verb
    before the hyphen with nothing but the name's pieces (proper nouns, hyphens) between it and the subject."""
    verb, doc, k = subj.head, subj.doc, subj.left_edge.i
    if k == 0 or doc[k - 1].text not in _HYPHENS:
        return None
    pieces = [c for c in verb.children if c.i < k and c.dep_ in ("nsubj", "npadvmod", "compound")]
    for c in reversed(pieces):
        if any(t.pos_ != "PROPN" and t.text not in _HYPHENS for t in doc[c.right_edge.i + 1:k]):
            return None
        code = state_of_phrase(c, states)
        if code is not None:
            return code
    return None


def _state_of_title_subject(subj, states: States) -> Optional[str]:
    """"The official Ruritanian news agency RNA said ...": the parser may give the verb the title and the name as two
    subjects side by side; the state of the title right before the name."""
    title = next((c for c in subj.head.children if c.dep_ == "nsubj" and c.right_edge.i + 1 == subj.left_edge.i), None)
    return state_of_phrase(title, states) if title is not None else None


def audience(verb, states: States) -> Optional[str]:
    """The state of the national legislature a verb of speech addresses ("told the House of Commons",
    "said in the Bundestag", "informed Parliament"), whose minister speaks for it; None for any other
    audience or a legislature the article does not resolve to one country."""
    heard = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + \
        [o for p in verb.children if p.dep_ == "prep" and normalise(p.text) in ("to", "in", "before")
         for o in p.children if p.dep_ == "pobj"]
    for t in heard:
        words = " ".join(normalise(w.text) for w in t.subtree if w.dep_ != "det")
        if normalise(t.text) in LEGISLATURES or words in LEGISLATURES:
            code = next((c for c in (states.body_at(w) for w in t.subtree) if c), None)
            if code is not None:
                return code
    return None


def legislature(tok) -> bool:
    """"Jordan's Parliament voted to expel the Israeli ambassador", "Congress voted to expel": a national
    legislature as the one who expels, which asks its government to and expels no one itself (not "the White
    House", nor "My Lords, the Secretary of State expelled ...", a debate's address that the parser makes the subject)."""
    if tok is None or any(c.dep_ == "appos" or (c.dep_ == "poss" and normalise(c.text) == "my") for c in tok.children):
        return False
    names = [tok] + [c for c in tok.children if c.dep_ == "compound"]
    return any(normalise(t.text) in LEGISLATURES for t in names) and \
        not any(normalise(c.text) == "white" for c in tok.subtree if c.i < tok.i)


def speech_subject(tok):
    """The subject of the verb of speech that reports the clause of tok ("..., the Dutch foreign
    minister said"), also of a quotation whose parse does not reach it ('"We have decided to declare the
    military attaché ... persona non grata," Ruritanian Foreign Minister X told a news conference': the
    verb of speech right after the closing quotation mark); None for an order ("told them to go")."""
    h = tok
    for _ in range(5):
        if h.head == h:
            break
        dep, h = h.dep_, h.head
        if dep not in ("ccomp", "parataxis", "conj", "xcomp", "advcl", "aux", "dobj", "pobj", "prep"):
            break
        if normalise(h.text) in SPEECH or dep == "ccomp" and normalise(h.text) in DECIDING:
            if dep == "xcomp":
                return None   # "told two members of our mission to go": an order, not a report of speech
            return _child(h, "nsubj")
    return _quoted_speaker(tok)


def reporter_of_clause(tok):
    """The subject of the verb of saying whose reported clause holds tok, however deep ("The Syrian ambassador
    said the decision to expel him was nonsense": the ambassador); None when no such verb governs it."""
    h = tok
    for _ in range(6):
        if h.head == h:
            return None
        if h.dep_ == "ccomp" and normalise(h.head.text) in SPEECH:
            return _child(h.head, "nsubj")
        h = h.head
    return None


_QUOTES = ('"', "\u201c", "\u201d")


def _quoted_speaker(tok):
    sent = tok.sent
    marks = [t.i for t in sent if t.text in _QUOTES]
    before = [i for i in marks if i < tok.i]
    after = [i for i in marks if i > tok.i]
    if len(before) % 2 != 1 or not after:
        return None
    close = after[0]
    for t in sent.doc[close + 1:min(close + 12, sent.end)]:
        if t.text in _QUOTES:
            return None
        if normalise(t.text) in SPEECH and t.pos_ == "VERB":
            return _child(t, "nsubj")
    return None


def possessor(tok, actor: Optional[str], states: States) -> Optional[str]:
    """"Russia condemned the expulsion of two of its diplomats by Bulgaria", "Russia said the expulsion
    of its diplomats was unfriendly": "its" is the state that is the subject of a clause above the
    trigger, when that state is not the one that expels."""
    h = tok
    for _ in range(4):
        if h.head == h:
            return None
        h = h.head
        subj = _child(h, "nsubj")
        if subj is None or subj == tok or tok in subj.subtree:
            continue
        code = state_of_phrase(subj, states)
        if code is not None and code != FIRST_PERSON:
            return code if code != actor else None
    return None


def reporter(pronoun):
    """"The Foreign Ministry said it had ordered ...": the subject of the speech verb that reports the
    clause whose subject is "it"/"they"."""
    h = pronoun.head
    for _ in range(3):
        if h.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or h.head == h:
            return None
        h = h.head
        if normalise(h.text) in SPEECH:
            subj = _child(h, "nsubj")
            if subj is None and h.dep_ in ("conj", "xcomp") and h.head.pos_ in ("VERB", "AUX") and \
                    h.head.dep_ != "relcl":
                subj = _clause_subject(h)   # "The Ministry presents its compliments ... and (has the honour to)
                # inform(s) the Embassy that it ...": the first verb's subject
            if subj is None and h.dep_ == "conj" and h.head.dep_ == "relcl" and _child(h, "aux") is not None:
                subj = h.head.head   # "France, whose embassy was raided, had announced that it would ...": the
                # parser ran the verb on from the relative clause; its subject is the noun the clause is on
            return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None
    return None


def addressee(tok):
    """"The ambassador was told that ... the withdrawal of three attachés": the envoy told of it."""
    h = tok
    for _ in range(5):
        if h.head == h:
            return None
        h = h.head
        if lemma(h) in ("tell", "inform", "summon", "notify", "hand"):
            who = _child(h, "nsubjpass", "dobj", "dative")
            if lemma(h) == "hand":   # "handed notes to the Iranian ambassador declaring ...": the one handed them
                who = next((o for _, o in _prep_objects(h, "to")), None) or who
            if who is None and h.dep_ == "conj" and _passive(h.head):   # "was summoned ... and told that"
                who = _child(h.head, "nsubjpass")
            if who is not None and normalise(who.text) in ("him", "her") and h.dep_ == "conj" and \
                    _child(h.head, "dobj") is not None and _child(h, "nsubj") is None:
                who = _child(h.head, "dobj")   # "summoned the Freedonian ambassador and told him that": the one
                # summoned (the first verb's object, the second verb sharing its subject)
            return who if who is not None and who.i < tok.i else None
        if lemma(h) in ("ask", "instruct") and h.i < tok.i:   # "asked the chargé d'affaires to withdraw ..."
            who = _child(h, "nsubjpass", "dobj")
            if who is not None and who.i < tok.i:
                return who
    return None


def speaking_envoy(tok, base):
    """"Freedonia's ambassador told the council that Ruritania had expelled twelve of his colleagues": the one who
    tells of the expulsion of "his" or "her" people (a possessive on the people `base`, or on what they are "of") is
    the envoy whose staff they are - the subject of the verb of saying or telling whose clause holds the trigger."""
    owners = list(base.children) + [c for _, o in _prep_objects(base, "of") for c in o.children]
    if not any(c.dep_ == "poss" and normalise(c.text) in ("his", "her") for c in owners):
        return None
    h = tok
    for _ in range(5):
        if h.head == h:
            return None
        verb = h.head if h.dep_ == "ccomp" else h.head.head if h.dep_ == "relcl" and h.head.dep_ == "dobj" and (any(
            c.dep_ == "mark" and normalise(c.text) == "that" for c in h.children) or
            complement_read_as_relative(h) is not None) else None   # ("informed the council that ...", which the
        # parser may hang on "council" as a relative clause)
        if verb is not None and (normalise(verb.text) in SPEECH or lemma(verb) in ("inform", "tell", "notify")):
            who = _child(verb, "nsubj")
            return who if who is not None and who.i < tok.i else None
        h = h.head
    return None


def informer(tok):
    """"The Ruritanian Ministry informed the Freedonian ambassador that two members of his staff had been
    declared persona non grata", "handed a note to the chargé informing him that an employee ... has been
    declared ...": the one who tells an envoy of an expulsion done without an agent is the one who did it
    (the subject of the verb of informing whose "that" clause holds the trigger). So too the one who informs
    another of the act itself ("Ruritania informed Freedonia of a reciprocal expulsion of two diplomats",
    "notified the embassy of the expulsion of ..."): the "of" (or "about") phrase of the verb of informing,
    with the one informed its object."""
    h, via, about = tok, None, None
    for _ in range(5):
        if h.head == h:
            return None
        via, h = h.dep_, h.head
        if via == "pobj" and about is None and normalise(h.text) in ("of", "about"):
            about = h   # "of a reciprocal expulsion": the parser hangs it on the verb or on the one informed
        if lemma(h) in ("tell", "inform", "notify", "advise"):
            if _passive(h):
                return None
            told_of = about is not None and any(c.dep_ == "dobj" for c in h.children) and \
                (about.head == h or about.head.dep_ == "dobj" and about.head.head == h)
            return _clause_subject(h) if via == "ccomp" or told_of else None
        if via not in ("ccomp", "conj", "oprd", "dobj", "prep", "pobj", "acl"):
            return None
    return None


_TELLING_AFTER = frozenset(SPEECH) | {"inform", "informed", "informs", "report", "reported", "reports", "notify",
                                      "notified"}


def inverted_tellers(noun, states: States) -> list[str]:
    """"Also about the expulsion of Russian diplomats declared Lithuania (the ambassador), Latvia and Estonia",
    "Earlier on expulsion of the Russian diplomats informed Germany, France and Italy": a translation's word
    order, the expulsion told first ("about", "on"), then a verb of telling with no subject before it, then the
    states that told it, each of its own expulsion. Those states' codes in text order; else []."""
    if noun.dep_ != "pobj" or normalise(noun.head.text) not in ("about", "on", "of"):
        return []
    people = next((o for _, o in _prep_objects(noun, "of")), None)
    if people is None or people.i + 1 >= len(noun.doc):
        return []
    verb = noun.doc[people.i + 1]
    if normalise(verb.text) not in _TELLING_AFTER or any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return []
    codes, k, doc = [], verb.i + 1, noun.doc
    while k < len(doc):
        t = doc[k]
        hit = states.at(t)
        if hit is not None and hit[1] == "state":
            if hit[0] not in codes:
                codes.append(hit[0])
        elif t.text == "(":   # "Lithuania (the ambassador)"
            while k < len(doc) and doc[k].text != ")":
                k += 1
        elif normalise(t.text) not in (",", "and", ")", "the") and not (hit is not None and hit[0] in codes):
            break
        k += 1
    return codes
