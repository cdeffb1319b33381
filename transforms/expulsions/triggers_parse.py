"""Expulsion triggers in a parsed sentence, by lemma (patterns/grammar.json)."""
from __future__ import annotations

from transforms.expulsions.arcs import child_dep, first_conjunct, governed_by, is_verb
from transforms.expulsions.cut_sizes import cut_from_to
from transforms.expulsions.follows import is_follow
from transforms.expulsions.leave_orders import deadline_have, leaves_a_thing, leaves_with_leave, order_obeyed
from transforms.expulsions.lexicon import LEFT_PLACES, TIME_WORDS
from transforms.expulsions.recalls import taken_back
from transforms.expulsions.removals import removal_of_foreign_people, removes_foreign_people
from transforms.expulsions.revocations import revoked_from
from transforms.expulsions.parse_words import (
    BARE_LEAVE, LEAVE_PHRASES, DECLARE, EXPEL, EXPEL_NOUNS, HOST_CUT, IN_KIND, IN_KIND_OBJECTS, LEAVE, PARTICLES, PERSONNEL, PNG_PREDICATES, REMOVAL_NOUNS, REQUEST, REQUEST_NOUNS, RETALIATION_HEADS,
    HABITUAL, LIKENESS, LIKENESS_HEADS, MEASURE_TAKERS, MIRROR, RETALIATION_NOUNS, RETALIATORY, WEAK_PERSONNEL, WITHDRAW, lemma, normalise)
from transforms.expulsions.phrasal_triggers import denied_stay, deprived_of, idiom_object
from transforms.expulsions.png_status import (PNG_VERBS, _copula_as_verb, _declaration_noun, _declared_object,
                                              _declarer, _is_png, unwelcome)

# ---------------------------------------------------------------------------------
# Triggers
# ---------------------------------------------------------------------------------


def cut_by(tok):
    """The number of "by 35", "by 35 persons" on a verb of cutting, else None."""
    for c in tok.children:
        if c.dep_ == "prep" and normalise(c.text) == "by":
            for o in c.children:
                if o.dep_ == "pobj" and o.pos_ == "NUM":
                    return o
                nums = [n for n in o.children if n.dep_ == "nummod" and n.pos_ == "NUM"] if o.dep_ == "pobj" else []
                if len(nums) == 1 and normalise(o.text) in ("persons", "people", "diplomats", "employees", "staff"):
                    return nums[0]
    return None


def answers_told(verb, others) -> bool:
    """"Britain expelled 23 Russian diplomats and Moscow responded in kind": an answer in kind after the
    sentence's other triggers (`others`: (token, governor)), none of them its own way of answering (a verb
    below it with no subject of its own: "responded in kind by expelling 23", "retaliated in kind, expelling"),
    and with no object of its own ("retaliated in kind against British banks"), answers what they tell."""
    below = {t.i for t in verb.subtree}
    measure = mirror_measure(verb)   # "took reciprocal measures", "responded with a symmetrical measure": the answer
    if any((c.dep_ == "dobj" and not _answer_object(verb, c) or
            c.dep_ == "prep" and normalise(c.text) in ("against", "by", "with", "on", "to") and not _at_a_time(c))
           and not (measure is not None and (c == measure or measure in c.children)) for c in verb.children):
        return False
    return bool(others) and all(t.i < verb.i and not (t.i in below and
                                                      child_dep(g if g is not None else t, "nsubj", "nsubjpass") is None)
                                or _answered_after(verb, g if g is not None else t) for t, g in others)


_ANSWERED_MARKS = {"after", "because", "since", "when"}


def _at_a_time(prep) -> bool:
    """"on Tuesday", "on Monday morning": a preposition that tells when, not against whom or by what."""
    return normalise(prep.text) == "on" and any(c.dep_ == "pobj" and normalise(c.text) in TIME_WORDS
                                                 for c in prep.children)


def _answered_after(verb, head) -> bool:
    """"Freedonia responded in kind on Tuesday after Ruritania expelled six of its diplomats": a trigger in a clause
    of time or reason on the answering verb, with a subject of its own, tells the act answered."""
    clause = next((a for a in [head, *head.ancestors] if a.head == verb and a != verb), None)
    return clause is not None and clause.dep_ == "advcl" and child_dep(clause, "nsubj", "nsubjpass") is not None and \
        any(c.dep_ == "mark" and normalise(c.text) in _ANSWERED_MARKS for c in clause.children)


def find_triggers(span) -> list[tuple[object, str, object]]:
    """(token, kind, governor) for every trigger: kinds expel | png | leave | withdraw | noun | removal |
    in_kind ("responded in kind": the expulsion told before, turned round) | follow ("followed suit")."""
    out = []
    for tok in span:
        lem = lemma(tok)
        if lem in EXPEL and is_verb(tok):
            out.append((tok, "expel", None))
        elif lem in PARTICLES and is_verb(tok) and any(
                c.dep_ in ("prt", "prep", "advmod") and c.i > tok.i and normalise(c.text) in PARTICLES[lem]
                for c in tok.children):   # "ordered the high commissioner and three of his aides out of the country"
            out.append((tok, "expel", None))
        elif lem in PARTICLES and is_verb(tok):
            for t in tok.doc[tok.i + 1:min(tok.i + 9, span.end)]:
                if normalise(t.text) in PARTICLES[lem] and _below(t, tok):   # "sending 25 of their agents home"
                    out.append((tok, "expel", None))
                    break
        elif unwelcome(tok):   # "told the ambassador he was no longer welcome in the country": persona non grata
            out.append((tok, "png", None))
        elif is_verb(tok) and idiom_object(tok) is not None:   # "gave the consul his marching orders"
            out.append((tok, "expel", None))
        elif is_verb(tok) and deprived_of(tok) is not None:   # "stripped the ambassador of his accreditation"
            out.append((tok, "expel", None))
        elif is_verb(tok) and revoked_from(tok) is not None:   # "the accreditation of two diplomats was withdrawn"
            out.append((tok, "expel", None))
        elif normalise(tok.text) in PNG_VERBS:   # "Russia PNG'd two diplomats": a verb the parser seldom sees as one
            out.append((tok, "png_verb", None))
        elif (_is_png(tok) or normalise(tok.text) in PNG_PREDICATES) and _declaration_noun(tok) is not None:
            out.append((_declaration_noun(tok), "noun", None))   # "Chad's declaration of four diplomats as unwelcome"
        elif _is_png(tok) and not (out and out[-1][1] == "png" and out[-1][0].i >= tok.i - 8):
            decl = _declarer(tok)
            if decl is not None or tok.dep_ in ("attr", "acomp", "oprd") or normalise(tok.text).startswith("png") \
                    or _copula_as_verb(tok):
                out.append((tok, "png", decl))
            else:
                phrase = tok   # the head of "persona non grata" as the parser built it
                while phrase.head.i in (tok.i + 1, tok.i + 2) and phrase.head != phrase:
                    phrase = phrase.head
                if (phrase.head.pos_ == "NOUN" or phrase.dep_ == "pobj") and phrase.head.i < tok.i:
                    out.append((tok, "png_bare", None))   # "the list of 150 personae non gratae"
                elif phrase != tok and phrase.dep_ in ("attr", "acomp", "oprd"):
                    out.append((phrase, "png", None))   # "15 employees ... became persons non grata": the parser's
                    # last word of the phrase is the predicate, "persona" hung on it
        elif normalise(tok.text) in PNG_PREDICATES and tok.dep_ in ("oprd", "ccomp", "xcomp", "acomp") \
                and lemma(tok.head) in DECLARE and is_verb(tok.head):
            out.append((tok, "png", tok.head))   # "declared three diplomats undesirable"
        elif normalise(tok.text) in PNG_PREDICATES and listed_as(tok) is not None:
            out.append((tok, "png", listed_as(tok)))   # "a note listing six employees of the embassy as undesirable"
        elif normalise(tok.text) in PNG_PREDICATES and tok.dep_ == "amod" and _declared_persons(tok.head) is not None:
            out.append((tok, "png", _declared_persons(tok.head)))   # "were declared undesirable persons"
        elif normalise(tok.text) in PNG_PREDICATES and tok.dep_ == "amod" and tok.i > tok.head.i \
                and _declared_object(tok) is not None:   # "declared 40 employees of the embassy undesirable"
            out.append((tok, "png", _declared_object(tok)))
        elif lem in EXPEL_NOUNS and tok.pos_ in ("NOUN", "PROPN") or _verbal_noun(tok, lem):
            out.append((tok, "noun", None))
        elif lem in HOST_CUT and is_verb(tok) and (cut_by(tok) is not None or cut_from_to(tok) is not None) and \
                not (tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.head.children)):
            out.append((tok, "reduce", None))   # "decided to reduce the staff of the Russian embassy by 35"
        elif _retaliation(tok) and against(tok) is not None:
            out.append((tok, "against", None))
        elif lem in REMOVAL_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
            gov = _removal_governor(tok)
            if gov is not None:
                out.append((tok, "removal", gov))
            elif removal_of_foreign_people(tok):
                out.append((tok, "noun", None))   # "Norway's removal of a Russian diplomat"
        elif is_verb(tok) and denied_stay(tok) is not None:   # "will no longer be permitted to remain"
            out.append((tok, "leave", denied_stay(tok)))
        elif (lem in LEAVE and not leaves_a_thing(tok) or lem in BARE_LEAVE and _bare(tok) or leave_phrase(tok)) \
                and is_verb(tok) and not leaves_with_leave(tok):   # ("only with permission": a rule of movement)
            gov = order_obeyed(tok)
            obliged = any(normalise(c.text) in ("must", "should") for c in tok.children if c.dep_ == "aux") \
                or (tok.head.lemma_ == "have" or lemma(tok.head) == "have") and tok.dep_ == "xcomp" \
                or deadline_have(tok) is not None
            if gov is not None or obliged or _left_at_request(tok):
                out.append((tok, "leave", gov))
        elif (lem in WITHDRAW or taken_back(tok, lem)) and is_verb(tok):
            gov = _withdraw_requester(tok)
            if gov is not None or at_request(tok) is not None:
                out.append((tok, "withdraw", gov))
            elif removes_foreign_people(tok):
                out.append((tok, "expel", None))   # "was removing three Russian embassy staff"
        elif (lem in IN_KIND and _in_kind(tok) or lem in IN_KIND_OBJECTS and _returned(tok)) and is_verb(tok):
            out.append((tok, "in_kind", None))   # "Moscow responded in kind", "returned the favour"
        elif is_verb(tok) and mirror_measure(tok) is not None:   # "Russia took reciprocal measures", "responded
            out.append((tok, "in_kind", None))   # with a symmetrical measure": an answer in kind
        elif is_follow(tok):   # "Latvia followed suit", "Finland did the same"
            out.append((tok, "follow", None))
    return out


def _verbal_noun(tok, lem: str) -> bool:
    """"in retaliation for the ousting of an American diplomat", "the expelling of two diplomats": a verb of
    expelling made a noun by "-ing", with its people after "of", is told as the expulsion noun is."""
    return lem in EXPEL and tok.tag_ == "NN" and normalise(tok.text).endswith("ing") and \
        any(c.dep_ == "prep" and normalise(c.text) == "of" for c in tok.children)


def _left_at_request(tok) -> bool:
    """"The consul had left the national territory at the request of Algeria", "left at our request": a leaving
    done at a request of one named by name or in the first person (not "at the request of his government", a recall
    as like as not)."""
    requester = at_request(tok)
    return requester is not None and (requester.pos_ == "PROPN" or normalise(requester.text) in ("our", "us"))


def _withdraw_requester(tok):
    """The verb of asking a withdrawing is the object of ("asked Freedonia to withdraw its envoy", "demanded
    that they withdraw two diplomats", "asked them to cut their staff and withdraw the attaché"). Not a verb of
    asking the withdrawing is coordinated with: "ordered two diplomats out and recalled its ambassador" is one
    subject's two acts, the second a recall of its own (as is a past tense joined to the infinitive asked for:
    "told two diplomats to leave and withdrew its ambassador"); nor "tell" whose clause is the thing said ("'The
    ambassador is withdrawn,' the minister told reporters"): a clause told is no order unless it says what
    must be done ("told them that they must withdraw the attaché")."""
    gov = governed_by(tok, REQUEST, ("xcomp", "ccomp", "advcl", "conj"))
    if gov is None:
        return None
    if tok.dep_ == "conj" and (tok.head == gov or tok.tag_ == "VBD"):   # "told them to leave and withdrew its own"
        return None
    if lemma(gov) in ("tell", "inform") and tok.dep_ == "ccomp" and tok.head == gov and not any(
            c.dep_ == "aux" and normalise(c.text) in ("must", "should", "to") for c in tok.children):
        return None
    return gov


def mirror_measure(verb):
    """The measure a verb takes or answers with that is the same act turned round ("took reciprocal measures",
    "announced a mirror measure against the Swedish embassy", "responded with a symmetrical measure"; patterns/
    grammar.json mirror_modifiers), unless it is a retaliation against people, read as such (`against`), or the
    sentence says what the measure is ("taking reciprocal action today, revoking the accreditation of ..."); or None."""
    lem = {lemma(verb), verb.lemma_.lower()}
    if any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" for c in verb.children):
        return None   # "taking reciprocal action today, revoking the accreditation of ...": the act it names says
    held = [c for c in verb.children if c.dep_ == "dobj"] if lem & MEASURE_TAKERS else []
    held += [o for c in verb.children if c.dep_ == "prep" and normalise(c.text) == "with" for o in c.children
             if o.dep_ == "pobj"] if lem & IN_KIND else []
    for noun in held:
        if lemma(noun) in RETALIATION_HEADS and any(c.dep_ in ("amod", "compound") and normalise(c.text) in MIRROR
                                                    for c in noun.children) and \
                not (_retaliation(noun) and against(noun) is not None):
            return noun
    return None


def _in_kind(verb) -> bool:
    """"responded in kind", "retaliated in kind within hours": "in kind" on the verb itself (the parser
    sometimes hangs "kind" on the next preposition, never "in" elsewhere); "reciprocated" says it alone
    ("Germany reciprocated", "Germany reciprocated the move"), unless it says by doing what ("by expelling ...")."""
    if lemma(verb) == "reciprocate" and not _says_what(verb):
        return True
    return any(c.dep_ == "prep" and normalise(c.text) == "in" and c.i + 1 < len(c.doc) and
               normalise(c.doc[c.i + 1].text) == "kind" for c in verb.children)


def _returned(verb) -> bool:
    """"Moscow returned the favour (on Tuesday)": the verb's object is one of its in_kind_objects (patterns/grammar.json)
    and it does not say by doing what ("returned the favour by expelling three ...": that expulsion is read itself;
    "by raising tariffs" is none)."""
    return any(c.dep_ == "dobj" and _answer_object(verb, c) for c in verb.children) and not _says_what(verb)


def _answer_object(verb, obj) -> bool:
    """The object that makes the verb an answer in kind ("the favour" of "returned the favour")."""
    return normalise(obj.text) in IN_KIND_OBJECTS.get(lemma(verb), ())


def _says_what(verb) -> bool:
    """The verb of an answer says what the answer was: "by expelling ...", "with a ban", or a clause of its own (not
    one of time or reason: "reciprocated after Ruritania expelled six of its diplomats" tells what it answers)."""
    return any(c.dep_ == "xcomp" or c.dep_ == "advcl" and not any(
        m.dep_ == "mark" and normalise(m.text) in _ANSWERED_MARKS for m in c.children) or
        c.dep_ == "prep" and normalise(c.text) in ("by", "with") for c in verb.children)


_PERSONS = frozenset({"person", "persons", "individual", "individuals", "people"})


def listed_as(tok):
    """The declare verb of "<verb> people as undesirable" ("a note listing six employees of the embassy as
    undesirable", "named four diplomats as unwelcome"; the parser hangs the predicate on "as" as its modifier or
    object), when the verb's object is a noun of people, diplomatic or weak; else None."""
    prep = tok.head
    if tok.dep_ not in ("amod", "pobj") or prep.dep_ != "prep" or normalise(prep.text) != "as":
        return None
    verb = prep.head
    obj = child_dep(verb, "dobj")
    word = normalise(obj.text) if obj is not None else ""
    people = PERSONNEL | WEAK_PERSONNEL
    return verb if lemma(verb) in DECLARE and is_verb(verb) and (word in people or word.rstrip("s") in people) else None


def _declared_persons(noun):
    """"were declared undesirable persons", "declared them unwelcome individuals": persons the declare verb makes
    its people, as translations of "persona non grata" say it; also in quotation marks, which the parser hangs on
    the people as an apposition ('declared two diplomats "undesirable persons"'), and after "as" ("recognised two
    diplomats as undesirable persons"). The declare verb, else None."""
    if normalise(noun.text) not in _PERSONS:
        return None
    verb = noun.head
    if noun.dep_ == "appos" and noun.head.dep_ in ("dobj", "nsubjpass"):
        verb = noun.head.head   # 'declared two diplomats "undesirable persons"'
    elif noun.dep_ == "pobj" and normalise(noun.head.text) == "as" and noun.head.dep_ == "prep":
        verb = noun.head.head   # "recognised two diplomats as undesirable persons"
    elif noun.dep_ not in ("oprd", "attr", "xcomp", "ccomp", "dobj"):
        return None
    return verb if lemma(verb) in DECLARE and is_verb(verb) else None


def leave_phrase(tok) -> bool:
    """A verb that means leaving with its particle or object ("to get out", "to clear out", "to pack their
    bags"; patterns/grammar.json leave_phrases), not with anything else ("to get out of the car" is still
    leaving; "to pack the files" is not)."""
    words = LEAVE_PHRASES.get(lemma(tok))
    return bool(words) and any(c.dep_ in ("prt", "prep", "dobj", "advmod") and normalise(c.text) in words
                               and not _out_of_a_thing(c) for c in tok.children)


def _out_of_a_thing(particle) -> bool:
    """"to get out of the way", "out of trouble": out of a thing, no place ("out of Britain", "out of the
    country" are places)."""
    return any(p.dep_ == "prep" and normalise(p.text) == "of" and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and normalise(o.text) not in LEFT_PLACES for o in p.children)
        for p in particle.children)


def _bare(tok) -> bool:
    """"to go", "to go home", "to go forthwith": nothing said of where else or what for."""
    return all(c.dep_ in ("aux", "punct") or
               (c.dep_ in ("advmod", "npadvmod") and normalise(c.text) in ("home", "forthwith", "immediately", "now"))
               or (c.dep_ == "prep" and normalise(c.text) in ("within", "by", "before"))   # "within a week"
               for c in tok.children)


def _retaliation(tok) -> bool:
    """"the retaliatory action", "reprisals", "tit-for-tat measures": a retaliation that is done, not
    "in retaliation for/against" (a cause)."""
    if tok.pos_ != "NOUN":
        return False
    lem = lemma(tok)
    if lem not in RETALIATION_NOUNS and not (
            lem in RETALIATION_HEADS and any(normalise(c.text) in RETALIATORY for c in tok.children if c.dep_ == "amod")) \
            and not (lem in RETALIATION_HEADS | LIKENESS_HEADS and _like_done(tok) and
                     (lem in RETALIATION_HEADS or against(tok) is not None)):
        return False
    return not (tok.dep_ == "pobj" and normalise(tok.head.text) in ("in", "as", "for"))


def _like_done(noun) -> bool:
    """"the same measure taken by X", "took analogous measures": a measure like the one told, told as done; also in
    the present of a chronology ("- June 1988: Canada expels 19 Soviets. Moscow takes similar measures against 13
    Canadian diplomats", the people counted), but not a habit ("Moscow usually takes similar measures", "When X
    expels diplomats, Moscow takes similar measures against X's diplomats") nor one to come ("will take")."""
    if not any(c.dep_ == "amod" and normalise(c.text) in LIKENESS for c in noun.children):
        return False
    if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ != "dobj" or any(c.dep_ == "aux" for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBP"):   # the present tells one measure when it counts the people it is against
        people = against(noun)
        return people is not None and any(c.dep_ == "nummod" for c in people.children) and \
            not any(c.dep_ == "advmod" and normalise(c.text) in HABITUAL for c in verb.children)
    return verb.tag_ == "VBD"


_TO_PEOPLE = ("with", "to", "towards", "toward")   # "took the same decision with the ambassador": when he is one


def against(tok):
    """The people a retaliation is done against, on the noun or on the verb that describes it ("the
    action taken against three members of ..."); also after "with", "to" or "towards" when they are diplomats
    ("took the same decision with the Ruritanian ambassador", not "the same measure with regard to trade")."""
    for holder in [tok] + [c for c in tok.children if c.dep_ in ("acl", "relcl")]:
        for c in holder.children:
            if c.dep_ == "prep" and normalise(c.text) in ("against",) + _TO_PEOPLE:
                obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if obj is not None and (normalise(c.text) == "against" or
                                        normalise(obj.text) in PERSONNEL or normalise(obj.text).rstrip("s") in PERSONNEL):
                    return obj
    return None


def _below(t, verb) -> bool:
    """t hangs from verb with no other verb between them."""
    h = t.head
    for _ in range(5):
        if h == verb:
            return True
        if h.pos_ in ("VERB", "AUX") or h.head == h:
            return False
        h = h.head
    return False


def _removal_governor(tok):
    """"required the withdrawal of", "the departure of one was requested", "a request ... for the withdrawal"."""
    h = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and lemma(h) in REQUEST:
        return h
    place = first_conjunct(tok)   # "ordered the closure of the Freedonian consulate and the departure of six diplomats"
    if place != tok and place.dep_ in ("dobj", "nsubjpass") and lemma(place.head) in REQUEST \
            and not _its_own_staff(tok):
        return place.head
    if tok.dep_ == "pobj" and normalise(h.text) == "for":
        if lemma(h.head) in REQUEST_NOUNS | REQUEST:
            return h.head
        if h.head.pos_ == "VERB" and h.head.dep_ in ("acl", "relcl") and lemma(h.head.head) in REQUEST_NOUNS:
            return h.head.head   # "a request just received ... for the withdrawal of"
    return None


def _its_own_staff(noun) -> bool:
    """The removal is of "its" staff, the staff of the thing the first conjunct shuts ("ordered the closure of the
    U.S. consulate and the departure of its staff within 72 hours"): the closure told again, not an expulsion."""
    return any(normalise(p.text) == "its" for c in noun.children if c.dep_ == "prep" and normalise(c.text) == "of"
               for o in c.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "poss")


def at_request(tok):
    """"removed at our request", "agreed, at our request, to withdraw", "left the country at the request of
    Algeria": the requester's token (the request itself when it names none)."""
    for t in list(tok.children) + list(tok.head.children):
        if t.dep_ == "prep" and normalise(t.text) == "at":
            for p in t.children:
                if p.dep_ == "pobj" and lemma(p) in REQUEST_NOUNS:
                    poss = [c for c in p.children if c.dep_ == "poss"]
                    of = [o for c in p.children if c.dep_ == "prep" and normalise(c.text) == "of"
                          for o in c.children if o.dep_ == "pobj"]
                    return poss[0] if poss else of[0] if of else p
    return None


