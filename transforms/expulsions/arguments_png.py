"""Who declares persona non grata and whom (the trigger kinds "png" and "png_verb", dispatched by arguments.py):
the verb of declaring active, passive, a reduced relative or missing, each with its people in another place."""
from __future__ import annotations

from transforms.expulsions.anaphora import clause_antecedent
from transforms.expulsions.notes import note_sender, note_to_envoy, sender
from transforms.expulsions.parse_words import CAUSING, States, _child, _clause_subject, _passive, normalise, \
    verb_read_as_noun
from transforms.expulsions.partitives import fronted_member
from transforms.expulsions.passive_subjects import passive_subject
from transforms.expulsions.places import state_acted_in
from transforms.expulsions.people import _is_personnel, _relative_head, cabinet_minister, diplomatic
from transforms.expulsions.phrase_states import state_of_phrase
from transforms.expulsions.subjects import controller, shared_subject, subject_before
from transforms.expulsions.trigger_facts import Arguments
from transforms.expulsions.png_status import present_people


def png_arguments(tok, gov, states: States) -> Arguments:
    """The trigger kind "png": who declares persona non grata and whom. With no verb of declaring ("Mr.
    Petrov is persona non grata", "persona" as the parser may read it a verb) the subject; after a passive, a
    reduced relative or a conjunct ("were arrested and declared", "the two diplomats declared persona non grata by
    X") the people before the verb and its "by" phrase; after an active verb its subject, the sender of a note
    ("handed notes to the ambassador declaring") or the noun before a verb read as a noun ("Canada expels, or
    declares personae non gratae, 19 Soviets"), and the people after it ("declared persona non grata two
    officials")."""
    actor = expelled = place_actor = owner = None
    decl = gov
    if decl is None:   # "Mr. Petrov is persona non grata" (or, as the parser may build it, "persona" a verb)
        be = tok.head
        expelled = _child(tok, "nsubj") or _child(be, "nsubj", "nsubjpass")
        expelled = present_people(expelled) or expelled   # "the presence of three of his staff was not welcome"
    elif _passive(decl) or (decl.dep_ in ("acl", "relcl") and decl.tag_ not in ("VBG", "VB") and
                            _child(decl, "nsubj") is None) or \
            (decl.dep_ == "conj" and _passive(decl.head) and _child(decl, "nsubj") is None) or \
            _people_declared(decl, states) is not None or fronted_member(decl) is not None:   # "were arrested and
        # declared"; "Among those declared ... by X was the attache"
        reduced = decl.dep_ == "conj" and decl.i > 0 and decl.doc[decl.i - 1].pos_ in ("NOUN", "PROPN")
        expelled = _child(decl, "nsubjpass") or (decl.head if decl.dep_ in ("acl", "relcl") else None) or \
            (passive_subject(decl) if decl.dep_ == "pcomp" else None) or \
            (decl.doc[decl.i - 1] if reduced else None) or _people_declared(decl, states) or \
            (shared_subject(decl, states) if decl.dep_ == "conj" else None) or fronted_member(decl)   # ("a list
        # of staff declared": the parser's conjunct right after a noun is a reduced relative on it, not "were arrested
        # and declared"; "Among those declared ... by X were two diplomats": the people after "were")
        if expelled is not None and normalise(expelled.text) in ("who", "which", "that") and decl.dep_ == "relcl":
            expelled = _relative_head(decl.head, states)
        for t in decl.subtree:   # "by X" on the verb or on the persona non grata phrase
            if (t.dep_ == "agent" or (t.dep_ == "prep" and normalise(t.text) == "by")) and \
                    (t.head == decl or tok.i <= t.head.i <= tok.i + 2):
                actor = _child(t, "pobj")
                break
        if actor is None and _passive(decl):   # "were declared persona non grata in Ruritania": where it was done
            place_actor = state_acted_in(decl, states, tok)
    else:
        made = controller(decl) if decl.head.lemma_.lower() in CAUSING else None   # "prompting Ankara to declare the
        actor = made or _clause_subject(decl) or subject_before(decl, states)   # Egyptian envoy persona non grata":
        # Ankara (not "summoned the deputy chief of mission to declare five U.S. officials persona non grata")
        if (actor is None or tok.i < actor.i <= tok.i + 2) and decl.dep_ == "conj" and \
                verb_read_as_noun(decl.head):   # "Canada expels, or declares personae non gratae, 19 Soviets": no
            actor = decl.doc[decl.head.i - 1]   # subject but "gratae", the noun "expels" Canada's verb
        actor = sender(actor) if actor is not None else None   # "handed the Counsellor a note declaring"
        actor = note_sender(decl) or actor   # "handed notes to the ambassador declaring": not the ambassador
        if actor is None and note_to_envoy(decl, states)[0] is not None:   # "X's ambassador to Y was summoned
            owner, place_actor = note_to_envoy(decl, states)   # and handed a note declaring three embassy staff"
        expelled = _child(decl, "dobj")
        if expelled is not None and (expelled.i >= tok.i and expelled.i <= tok.i + 2):
            expelled = None
        if expelled is None:
            between = [t for t in tok.doc[decl.i + 1:tok.i] if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
            heads = [t for t in between if not (decl.i < t.head.i < tok.i) or t.head == t]
            people = [t for t in between if _is_personnel(t, states)]   # "declared diplomats working in
            expelled = heads[0] if heads else (people[0] if people else between[-1] if between else None)   # X as"
        before = decl.doc[decl.i - 1] if decl.i > 0 else None
        if expelled is None and before is not None and before.pos_ in ("NOUN", "PROPN") and \
                _is_personnel(before, states) and states.at(before) is None:
            # "The expulsion of Iranian diplomats declared persona non grata has started", the parser making
            # "declared" the verb of "The expulsion": a reduced relative on the people right before it
            actor, expelled = None, before
        if expelled is None:   # "declare persona non grata and order to leave ... three Estonian diplomats"
            expelled = next((t for t in decl.subtree if t.i > tok.i + 2 and t.pos_ in ("NOUN", "PROPN") and
                             t.dep_ in ("dobj", "appos") and _is_personnel(t, states)), None)
        if expelled is None:   # "declared persona non grata two officials"
            expelled = next((t for t in tok.doc[tok.i + 3:min(tok.i + 12, len(tok.doc))]
                             if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj", "appos", "npadvmod")
                             and (states.at(t) or ("", ""))[1] not in ("state", "capital", "place")), None)   # (not
            # "... has started in Azerbaijan": a state is where, not who)
        against = _people_against(tok, states)
        if against is not None and (expelled is None or not _names_people(expelled, states)):
            expelled = against   # "making a determination ... of persona non grata against two diplomats": the
            # verb's object is the act of declaring, the people are those the status is against
    if expelled is not None and normalise(expelled.text) in ("them", "him", "her", "each", "they", "he", "she"):
        expelled = clause_antecedent(expelled, decl) or expelled
    return Arguments(actor, expelled, place_actor, owner)


def _names_people(t, states: States) -> bool:
    """Does the token name people (a name, a pronoun, a diplomatic or personnel noun), not a thing ("a
    determination", "a declaration")?"""
    return t.pos_ in ("PROPN", "PRON") or _is_personnel(t, states) or diplomatic(t, states)


def _people_against(tok, states: States):
    """The people of "persona non grata against two Ruritanian diplomats": the object of "against" on a word of
    the status phrase, when it names diplomatic people; else None."""
    for word in tok.doc[tok.i:min(tok.i + 4, len(tok.doc))]:
        for prep in word.children:
            if prep.dep_ == "prep" and normalise(prep.text) == "against":
                people = _child(prep, "pobj")
                if people is not None and (_is_personnel(people, states) or diplomatic(people, states)):
                    return people
    return None


def png_verb_arguments(tok, states: States) -> Arguments:
    """The trigger kind "png_verb": the parser reads "PNG'd" as a noun or a modifier, so its neighbours say
    who: the clause's subject or a state just before it, and its object or a diplomatic noun just after it."""
    actor = expelled = place_actor = owner = None
    actor = _clause_subject(tok) or next((t for t in tok.lefts if state_of_phrase(t, states)), None)
    before = [t for t in tok.doc[max(tok.i - 3, tok.sent.start):tok.i] if normalise(t.text) not in
              ("has", "had", "have", "'s")]
    if actor is None and before and state_of_phrase(before[-1], states):
        actor = before[-1]
    expelled = _child(tok, "dobj") or next((t for t in tok.doc[tok.i + 1:min(tok.i + 6, len(tok.doc))]
                                            if t.pos_ in ("NOUN", "PROPN") and diplomatic(t, states)), None)
    return Arguments(actor, expelled, place_actor, owner)


def _people_declared(decl, states: States):
    """"The two Ruritanian diplomats declared persona non grata by Freedonia left on Friday" as the parser may
    read it, the participle the verb and the people its subject: diplomats never declare anyone persona non
    grata, so they are the ones declared (no auxiliary: "the diplomats have declared" is another matter). Not a
    government's minister ("The Ruritanian foreign minister declared two Freedonian diplomats personae non gratae":
    people.cabinet_minister), nor a subject with people of its own after the verb ("declared two ... diplomats")."""
    subj = _child(decl, "nsubj")
    if subj is None or decl.tag_ not in ("VBD", "VBN") or _child(decl, "aux", "auxpass") is not None:
        return None
    if cabinet_minister(subj) or any(_is_personnel(t, states) for t in decl.doc[decl.i + 1:decl.i + 8]
                                     if t.pos_ == "NOUN" and t.head.i > decl.i):
        return None
    return subj if subj.pos_ in ("NOUN", "PROPN") and (_is_personnel(subj, states) or diplomatic(subj, states)) else None
