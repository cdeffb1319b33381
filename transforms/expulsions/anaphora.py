"""A pronoun or a bare definite noun that points into the sentence before it, read from that sentence's parse.

    people_anaphor(tok) -> ONE | MANY | None      "him", "they", "the men", "the pair", "all five", "both"
                                                  with nothing of their own
    whole_anaphor(phrase, base) -> ONE | MANY | None   the same, or "both of them", "all three of them"
    people_earlier(base, span, states) -> whose | None  "30 of them" after "more Russian diplomats" in the sentence
    people_in_sentence(base, span, states) -> (whose, count) | None   "arrested two X diplomats and expelled them"
    actor_anaphor(tok, states) -> bool            "It ordered ...", "The kingdom also gave ..."
    people_before(span, states, one) -> (whose, count) | None
    post_of_people(span, states, one) -> code | None   where those people serve ("the X ambassador to Y")
    state_before(span, states) -> code | None
    told_again(k, reading) -> bool                 a reading of "the diplomat" by no one, after the first sentence
    acted_on_named_before(word, span, states) -> (code, count) | None  "... a Freedonian diplomat. The diplomat was expelled"
    clause_antecedent(tok, declarer) -> token | None   "declaring them persona non grata": the governing clause's people
    people_named_before(pronoun, states) -> token | None   the last people noun before it in its sentence

News tells the people in one sentence and the act in the next: "Three Libyan diplomats were summoned
on Wednesday. They were given a week to leave the country." The expelled pronoun takes the one
nationality the sentence before gives diplomatic people of the same number ("him": one); the acting
pronoun ("It", "the kingdom", "the government" with no state of its own) takes the state that is the
subject of the sentence before ("The Czechoslovak Foreign Ministry said ... It ordered him to leave").
Nothing else: with no such people or subject (several nationalities, migrants, a person) the side
stays unknown and the reading gives no asserted event.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.headcounts import count_of, number_of
from transforms.expulsions.people import _is_personnel, _weak, diplomatic, place_earlier
from transforms.expulsions.phrase_states import state_of_phrase
from transforms.expulsions.whose_people import _whose
from transforms.expulsions.parse_words import AFTER, ASSERTED, BEFORE, PERSONNEL, PREVIOUS, THE, _child, _passive, normalise
from transforms.expulsions.speakers import SPEECH

ONE, MANY = "one", "many"
_SINGULAR = {"he", "him", "she", "her"}
_PLURAL = {"they", "them"}
_PEOPLE_NOUNS = {"men", "women", "pair", "couple", "duo", "trio", "quartet", "quintet", "two", "three", "four", "five", "six", "seven", "eight",
                 "nine", "ten"}
# the state told as what it is ("the kingdom", "the government"): only with "the" and no state named in it
_STATE_NOUNS = {"kingdom", "country", "republic", "emirate", "regime", "government", "authorities", "ministry",
                "administration", "junta"}
_PEOPLE_DEPS = ("nsubj", "nsubjpass", "dobj", "dative", "appos", "conj", "attr")


def _definite(tok) -> bool:
    return any(c.dep_ == "det" and normalise(c.text) == "the" for c in tok.children)


def people_anaphor(tok) -> Optional[str]:
    """ONE or MANY when tok is people named only by a pronoun or by "the men", "the two" (the
    sentence before says who); None for anything with a word of its own."""
    w = normalise(tok.text)
    if tok.pos_ == "PRON" and w in _SINGULAR:
        return ONE
    if tok.pos_ == "PRON" and w in _PLURAL:
        return MANY
    if tok.pos_ == "PRON" and w == "both" and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return MANY   # "Both were declared persona non grata"
    every = any(c.dep_ in ("det", "predet") and normalise(c.text) in ("all", "both") for c in tok.children)
    if w in _PEOPLE_NOUNS and (_definite(tok) or every) and \
            not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children):
        return MANY
    return None


def whole_anaphor(phrase, base) -> Optional[str]:
    """people_anaphor of the expelled phrase, also when it is all of the people a pronoun names ("both of them",
    "all three of them", "all of them"); "four of them" (some of them) is a partitive, not read here."""
    if base == phrase:
        return people_anaphor(base)
    whole = normalise(phrase.text) in ("both", "all") or \
        phrase.pos_ == "NUM" and any(c.dep_ in ("det", "predet") and normalise(c.text) == "all" for c in phrase.children)
    return MANY if whole and normalise(base.text) == "them" and base.head.head == phrase else None


def people_earlier(base, span, states) -> Optional[str]:
    """"considering expelling more Russian diplomats, a day after Rome ordered 30 of them to leave": "them" in
    "N of them" after diplomatic people of one nationality named earlier in the same sentence is those people."""
    if normalise(base.text) != "them" or base.dep_ != "pobj" or base.head.head.pos_ != "NUM":
        return None
    found = set()
    for t in span:
        if t.i >= base.i:
            break
        if t.pos_ in ("NOUN", "PROPN") and (_is_personnel(t, states) or diplomatic(t, states)):
            whose, _ = _whose(t, states)
            found.add(whose)   # "three Freedonian and Graustarkian diplomats": every nationality named on them
            found |= {hit[0] for hit in (states.at(d) for d in t.subtree) if hit and hit[1] in ("norp", "state")}
    return found.pop() if len(found) == 1 and None not in found and not next(iter(found)).startswith("@") else None


def people_in_sentence(base, span, states) -> Optional[tuple[str, Optional[int]]]:
    """"Ruritania arrested two Freedonian diplomats and expelled them", "... an attempt by Freedonian agents ... and
    expelled the four men involved": a pronoun or "the men" with nothing of its own, after diplomatic people of one
    nationality (and of its number) named earlier in the same sentence, is those people: (whose, count), the count
    its own if it gives one ("the four men"), else theirs."""
    kind = people_anaphor(base)
    if kind is None or base.i <= span.start:
        return None
    before = span.doc[span.start:base.i]
    found = people_before(before, states, kind == ONE)
    if found is None:
        return None
    named = {hit[0] for t in before if t.pos_ in ("NOUN", "PROPN") and (_is_personnel(t, states) or diplomatic(t, states))
             for hit in (states.at(d) for d in t.subtree) if hit and hit[1] in ("norp", "state")}
    if named - {found[0]}:   # "two Freedonian diplomats and a Lakonian attache ... expelled them": whose?
        return None
    own = next((c for c in base.children if c.dep_ == "nummod"), None)
    return found[0], (count_of(base, states)[0] if own is not None else found[1])


def actor_anaphor(tok, states) -> bool:
    """"It" or "the kingdom"/"the government" naming no state of its own."""
    w = normalise(tok.text)
    if tok.pos_ == "PRON" and w == "it":
        return True
    return w in _STATE_NOUNS and _definite(tok) and state_of_phrase(tok, states) is None


_KIN = {"wife", "husband", "son", "daughter", "child", "children", "family", "spouse", "friend", "driver"}


def _doers_of(t) -> bool:
    """"The actions of the Estonian diplomat are incompatible with his status", "the two diplomats' activities":
    the people whose deeds the sentence's subject or object is (not a person of theirs: "the wife of the consul")."""
    if t.dep_ == "poss":
        head = t.head
    elif t.dep_ == "pobj" and normalise(t.head.text) in ("of", "by"):   # "an attempt by Russian agents"
        head = t.head.head
    else:
        return False
    return head.pos_ == "NOUN" and head.dep_ in _PEOPLE_DEPS and normalise(head.lemma_) not in _KIN and \
        normalise(head.text) not in _KIN and head.ent_type_ != "PERSON"


def _people_of_number(span, states, one: bool):
    """(token, count, base) of each diplomatic person or group the sentence names, of the pronoun's number (one, or
    more than one), leaving out who speaks ("Polish officials said two Russian diplomats ...": who speaks is not who
    is spoken of)."""
    for t in span:
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in _PEOPLE_DEPS and not _doers_of(t):
            continue
        if not (_is_personnel(t, states) or diplomatic(t, states)):
            continue
        if t.dep_ == "nsubj" and normalise(t.head.text) in SPEECH:
            continue
        count, _, base = count_of(t, states)
        if one == (count == 1):
            yield t, count, base


def people_before(span, states, one: bool) -> Optional[tuple[str, Optional[int]]]:
    """(whose, count) of the diplomatic people the sentence names, of the pronoun's number, when they are
    of one nationality; None otherwise."""
    found, named = [], set()
    for t, count, base in _people_of_number(span, states, one):
        whose, _ = _whose(base, states)
        if whose is None or whose.startswith("@"):
            continue
        found.append((whose, count))
        named |= {hit[0] for hit in (states.at(d) for d in t.subtree if d.i < t.i) if hit and hit[1] in ("norp", "state")}
    if len({w for w, _ in found} | named) != 1:   # "two Freedonian and three Ruritanian diplomats": whose?
        return None
    return found[0]


def post_of_people(span, states, one: bool) -> Optional[str]:
    """The one state where the diplomatic people of the pronoun's number that the sentence names serve ("The Freedonian
    ambassador to Ruritania was caught smuggling. He was declared persona non grata": Ruritania, the host that
    declares him), read as people_before reads whose they are; None when it names no post or several."""
    posts = set()
    for _, _, base in _people_of_number(span, states, one):
        whose, host = _whose(base, states)
        posts.add(host if host != whose else None)
    return posts.pop() if len(posts) == 1 else None


_CHAIN = 4   # sentences a pronoun's people are sought back through, each told of "he" (or "they") alone


def people_through_pronouns(sentences, one: bool) -> Optional[tuple[str, Optional[int]]]:
    """"The Russian ambassador arrived in March. He presented his credentials in April. He spoke often to reporters.
    On Monday Poland asked him to leave": the people of the pronoun are those of the nearest sentence before that
    names diplomatic people (people_before), passing back only over sentences whose main subject is a pronoun of the
    same number (the same person told of), at most _CHAIN of them. `sentences`: (span, states) of the sentence
    before, then the one before it, and so on."""
    for n, (span, states) in enumerate(sentences):
        people = people_before(span, states, one)
        if people is not None or n + 1 >= _CHAIN or not _told_of_pronoun(span, one):
            return people
    return None


def _told_of_pronoun(span, one: bool) -> bool:
    """The sentence's main verb has a pronoun of that number as its subject ("He spoke often to reporters")."""
    subject = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "PRON" and \
        normalise(subject.text) in (("he", "she") if one else ("they",))


def state_before(span, states) -> Optional[str]:
    """The one state that is the subject of the sentence's main verb ("Saudi Arabia recalled ...",
    "The Nicaraguan government accused ...")."""
    root = span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "conj" for c in subj.children):
        return None
    if _is_personnel(subj, states) or diplomatic(subj, states):
        return None   # "Three Nigerian diplomats were detained": people, not the state that acts
    code = state_of_phrase(subj, states)
    return code if code is not None and not code.startswith("@") else None


def told_again(k: int, r) -> bool:
    """Is the reading, after the first sentence (k) and told as done, of people a definite noun names ("the
    diplomat", expelled `THE` + the noun) by no one named? Then acted_on_named_before may say who acts."""
    return k > 0 and r.actor is None and not r.aggregate and r.has_object and not r.other_sense and \
        r.modality == ASSERTED and r.expelled is not None and r.expelled.startswith(THE) and \
        r.expelled[len(THE):] not in (BEFORE, AFTER, PREVIOUS)


def acted_on_named_before(word: str, span, states) -> Optional[tuple[str, Optional[int]]]:
    """"Ruritania accused two Freedonian diplomats of spying on Monday. The diplomats were expelled from the country":
    a definite noun of people ("the diplomats", `word`) with no one named who expels, after a sentence that names
    people by the same word, of one nationality, and has one state as the subject of its main verb (state_before):
    that state acts on them, as it does for "They were expelled" (story._before): (state, how many the sentence
    before counts them); else None."""
    if word not in PERSONNEL and word.rstrip("s") not in PERSONNEL:
        return None
    named = [t for t in span if t.pos_ in ("NOUN", "PROPN") and normalise(t.text) == word]
    whose = {_whose(t, states)[0] for t in named}
    if len(whose) != 1 or None in whose or next(iter(whose)).startswith("@"):
        return None
    acted = state_before(span, states)
    counts = {count_of(t, states)[0] for t in named}
    return (acted, counts.pop() if len(counts) == 1 else None) if acted is not None and acted not in whose else None


def state_held_in(span, states) -> Optional[str]:
    """The one state where the sentence's people were held ("Two Iranian diplomats were arrested in Bonn on
    Friday"): the place "in" on a passive main verb whose subject is diplomatic people; None otherwise."""
    root = span.root
    people = _child(root, "nsubjpass")
    if not _passive(root) or people is None or not (_is_personnel(people, states) or diplomatic(people, states)):
        return None
    objects = [o for c in root.children if c.dep_ == "prep" and normalise(c.text) == "in" for o in c.children
               if o.dep_ == "pobj"]
    objects += [d for o in objects for d in o.children if d.dep_ == "conj"]   # "in Bonn and Paris": not one
    places = {hit[0] if hit is not None and hit[1] in ("state", "capital", "place") else None
              for o in objects for hit in (states.at(o),)}
    return places.pop() if len(places) == 1 else None


def actor_earlier(pronoun, readings, states) -> Optional[str]:
    """"In 1971 London threw out 105 Soviet officials; in 1985 it sent home 25 more": an acting pronoun
    after an expulsion by a named state earlier in the same sentence, with no other state named between
    them, is that state; else "the country" after the one state the sentence names as a place (place_earlier)."""
    speaker = _speaker_before(pronoun, states) or _main_clause_subject(pronoun, states)
    if speaker is not None:
        return speaker
    prior = [r for r in readings if r.trigger_i < pronoun.i and r.actor and not r.actor.startswith("@")
             and not r.aggregate and r.has_object and not r.other_sense]
    if not prior:
        return _body_above(pronoun, states) or place_earlier(pronoun, states)
    named = {hit[0] for t in pronoun.doc[prior[-1].trigger_i + 1:pronoun.i] for hit in (states.at(t),)
             if hit is not None and hit[1] in ("state", "capital")}
    return prior[-1].actor if not named - {prior[-1].actor} else None


def _body_above(pronoun, states) -> Optional[str]:
    """"The Japanese Foreign Ministry on Friday announced the country's decision to expel ...": "the country"
    below a verb whose subject is the body of one state, named before it in the sentence, is that state (a
    possessive only: "..., and the government expelled" is the subject of a clause of its own)."""
    if pronoun.dep_ != "poss":
        return None
    h = pronoun
    for _ in range(6):
        if h.head == h:
            return None
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            subject = next((c for c in h.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i < pronoun.i and pronoun not in subject.subtree and \
                    not any(t.dep_ == "conj" for t in subject.subtree):
                code = state_of_phrase(subject, states)
                return code if code is not None and not code.startswith("@") else None
    return None


def _speaker_before(pronoun, states) -> Optional[str]:
    """"Poland expelled four Russian diplomats and Latvia said it would expel one": the pronoun subject of what a verb
    of speech says, where that verb has no subject of its own (the parser hung "Latvia" on the object before) and a
    state is named right before it, is that state."""
    clause = pronoun.head
    verb = clause.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or normalise(verb.text) not in SPEECH or verb.i == 0 \
            or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    hit = states.at(verb.doc[verb.i - 1])
    return hit[0] if hit is not None and hit[1] in ("state", "capital") else None


def _main_clause_subject(pronoun, states) -> Optional[str]:
    """"Moscow had the last word when it ordered out six more Britons": the pronoun subject of an adverbial clause
    ("when", "after", "as", "because") is the subject of the clause it hangs on, when that subject is a state named
    before the pronoun and no other state is named between them."""
    clause = pronoun.head
    main = clause.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or main == clause:
        return None
    subject = _child(main, "nsubj")
    if subject is None or subject.i > pronoun.i:
        return None
    code = state_of_phrase(subject, states)
    if code is None or code.startswith("@"):
        return None
    between = {hit[0] for t in pronoun.doc[subject.i + 1:pronoun.i] for hit in (states.at(t),)
               if hit is not None and hit[1] in ("state", "capital")}
    return code if not between - {code} else None


def clause_antecedent(tok, declarer=None):
    """"declaring them persona non grata", "as each was declared": the people of the governing clause. Never
    the subject of `declarer`, the verb whose object the pronoun is: in "the Ministry declared him persona non
    grata" he is not the Ministry."""
    h = tok.head
    for step in range(5):
        if step:   # the governing verb itself first ("called X to the Office ... and asked him to leave")
            if h.head == h:
                break
            h = h.head
        for dep in ("dobj", "nsubjpass"):
            c = _child(h, dep)
            if dep == "dobj" and _passive(h):
                continue   # "was notified the decision of the Government which invites him to leave": what a
            # passive verb of telling gives is no person; whom it tells is its subject
            if c is not None and c != tok and c.i < tok.i and normalise(c.text) not in ("them", "him", "each"):
                return c
        c = _child(h, "nsubj") if step and h != declarer else None
        if c is not None and c.i < tok.i and c.pos_ in ("NOUN", "PROPN", "NUM") and not _singular_for_plural(c, tok):
            return c
    return None


def _singular_for_plural(noun, pronoun) -> bool:
    """A plural pronoun ("they", "them") and a singular noun alone ("The ministry said they had been declared
    persona non grata"; not "the ministry and the embassy", nor "the staff"): the one cannot stand for the other."""
    return normalise(pronoun.text) in _PLURAL and noun.tag_ in ("NN", "NNP") and \
        normalise(noun.text) not in ("staff", "personnel") and not any(c.dep_ == "conj" for c in noun.children)


def people_named_before(pronoun, states):
    """The last people noun before `pronoun` in its sentence that heads its own phrase ("decided to consider
    twelve agents working at the embassy as persona non grata and ordered them to leave": the agents), for a
    pronoun whose nearest clause gives only the one who orders."""
    found = None
    for t in pronoun.sent:
        if t.i >= pronoun.i:
            break
        counted_weak = _weak(t) and any(c.dep_ == "nummod" for c in t.children)   # "twelve agents"
        if t.pos_ in ("NOUN", "PROPN") and (_is_personnel(t, states) or counted_weak) and (found is None or t.head != found):
            found = t
    return found


def people_of_thing(ante, pronoun, states):
    """"did not extend the stay of the Freedonian diplomats and ordered them to leave", "did not renew the visas of three
    diplomats but told them to go": an antecedent that is a thing of people, no person itself, gives the people inside
    it (the last noun of people that is the object of a preposition in the antecedent's phrase, or its possessor,
    diplomatic or not: "the stay of the embassy's personnel"; not a nationality that describes the thing: "the
    Sylvanian ministries"); else None."""
    if ante.pos_ != "NOUN" or _is_personnel(ante, states) or _weak(ante):
        return None
    inner = [t for t in ante.subtree if t != ante and t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN")
             and t.dep_ in ("pobj", "poss") and (_is_personnel(t, states) or _weak(t))]
    return inner[-1] if inner else None


def bare_number(tok) -> bool:
    """"13 EXPELLED FROM CANADA", "Thirteen expelled from Canada": a number that is the whole of the people, with no
    noun, owner or "of" phrase of its own, as a headline names them (the story under it says who they are)."""
    return number_of(tok) is not None and tok.dep_ in ("ROOT", "nsubj", "nsubjpass") and not any(
        c.pos_ in ("NOUN", "PROPN", "PRON") or c.dep_ in ("prep", "poss") for c in tok.children)
