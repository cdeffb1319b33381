"""Who expels, who is expelled, how many and whose: read from the arcs around a trigger (grammar.py)."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.parse_words import (
    CROWN, DECLARE, DOCUMENT_NOUNS, FIRST_PERSON, GOVERNMENT_HEADS, NOUN_DOERS, RETALIATION_VERBS, THE, THIRD_PERSON, MISSIONS, PERSONNEL, WEAK_PERSONNEL, REQUEST, REQUEST_NOUNS, States, _child, _clause_subject,
    _first, _passive, _prep_objects, lemma, normalise)
from transforms.expulsions.triggers_parse import against as _against, at_request as _at_request, deadline_have

PLACES = ("state", "place", "capital")   # what a mission serves in, or a person is expelled from

def state_of_phrase(tok, states: States, allow_weak: bool = False) -> Optional[str]:
    """The state a noun phrase headed by tok stands for (actor sense)."""
    w = normalise(tok.text)
    if _first(tok):
        return FIRST_PERSON
    phrase = " ".join(normalise(t.text) for t in tok.subtree)
    for crown, code in CROWN.items():
        if phrase.startswith(crown) or phrase.startswith("the " + crown):
            return code
    if normalise(tok.text) in GOVERNMENT_HEADS:   # "the Foreign Ministry in Beijing": its seat says whose
        for prep, obj in _prep_objects(tok, "in"):
            hit = states.at(obj)
            if hit is not None and hit[1] in ("state", "capital"):
                return hit[0]
    hit = states.at(tok)
    if hit is not None and (hit[1] in ("state", "norp", "capital") or (allow_weak and hit[1] == "person")):
        return hit[0]   # a capital acts for its state only as the phrase itself ("Minsk expelled")
    for left in tok.lefts:   # "the Polish Government", "Soviet Minister of Foreign Affairs X", "our predecessor"
        if left.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        for t in left.subtree:
            if _first(t):
                return FIRST_PERSON
            hit = states.at(t)
            if hit is not None and hit[1] in ("state", "norp"):
                return hit[0]
    return None


def _whose(noun, states: States) -> tuple[Optional[str], Optional[str]]:
    """(whose people, host state) of an expelled noun phrase."""
    whose = host = None
    phrase = " ".join(normalise(t.text) for t in noun.subtree)
    for crown, code in CROWN.items():
        if crown in phrase:
            whose = code
    hit = states.at(noun)
    if hit is not None and hit[1] in ("norp", "state", "person"):
        whose = whose or hit[0]
    if _mission(noun) and any(c.dep_ == "det" and normalise(c.text) == "this" for c in noun.children):
        whose = whose or FIRST_PERSON   # "Commander Lewis of this Embassy": the writer's own mission
    for t in noun.lefts:   # "recall of Legation's Second Secretary Doyle": a telegram's own mission, named bare
        if t.dep_ == "poss" and _own_mission(t, states):
            whose = whose or FIRST_PERSON
    for t in noun.lefts:
        for d in t.subtree:
            if _first(d):
                whose = whose or FIRST_PERSON
            if d.dep_ == "poss" and normalise(d.text) in ("their", "its") and d.head == noun:
                whose = whose or THIRD_PERSON
            hit = states.at(d)
            if hit is not None and hit[1] in ("norp", "state"):
                whose = whose or hit[0]
            elif hit is not None and hit[1] in ("place", "capital") and t.dep_ == "compound" and _mission(noun):
                host = host or hit[0]   # "our Moscow embassy": the mission serves in Moscow's state
    for prep, obj in _prep_objects(noun, "of", "from", "at", "to", "in", "with"):
        if prep == "to":
            hit = states.at(obj)
            if hit is not None and hit[1] in PLACES:
                host = host or hit[0]
            continue
        if prep == "in":
            hit = states.at(obj)
            if hit is not None and hit[1] in PLACES:
                host = host or hit[0]
            continue
        inner_whose, inner_host = _whose(obj, states)
        host = host or inner_host
        if inner_whose and (prep == "of" or _mission(obj) or (states.at(obj) or ("", ""))[1] == "norp"):
            if whose in (FIRST_PERSON, THIRD_PERSON) and _mission(obj) and not inner_whose.startswith("@"):
                whose = inner_whose   # "six of our people from the British Embassy": the mission names "our"
            whose = whose or inner_whose
    appos = [a for a in noun.children if a.dep_ == "appos"] or [a for a in [appositive(noun)] if a is not None]
    for a in appos:
        inner_whose, inner_host = _whose(a, states)
        whose, host = whose or inner_whose, host or inner_host
    if whose is None and normalise(noun.text) in MISSIONS and \
            any(c.dep_ == "det" and normalise(c.text) == "the" for c in noun.children):
        # "two members of the embassy": the mission the article named before ("the Freedonian embassy")
        words = [normalise(t.text) for t in noun.lefts if t.dep_ == "compound"] + [normalise(noun.text)]
        whose = THE + " ".join(words)
    return whose, host


def _own_mission(tok, states: States) -> bool:
    """"Embassy", "Legation's" with no article, nationality or owner: in a telegram, the writer's mission."""
    return normalise(tok.text) in MISSIONS and tok.text[:1].isupper() and states.at(tok) is None and \
        not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in tok.children)


def definite_personnel(noun) -> Optional[str]:
    """"the diplomats", "the two attaches" with no nationality of their own: `THE` + the noun, for the
    story to take the nationality of the last "<nationality> <noun>" named before (story.named_before)."""
    word = normalise(noun.text)
    if (word in PERSONNEL or word.rstrip("s") in PERSONNEL) and \
            any(c.dep_ == "det" and normalise(c.text) == "the" for c in noun.children):
        return THE + word
    return None


def _mission(tok) -> bool:
    return normalise(tok.text) in MISSIONS or any(normalise(c.text) in MISSIONS for c in tok.children
                                                  if c.dep_ == "compound") or \
        (normalise(tok.text) == "bureau" and any(normalise(c.text) == "people" for c in tok.children))   # Libya's


_NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUM_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                   "ninety": 90, "hundred": 100, "couple": 2, "dozen": 12})


def number_of(tok) -> Optional[int]:
    w = normalise(tok.text).replace(",", "")
    if w.isdigit():
        return int(w)
    parts = w.split("-")
    if all(p in _NUM_WORDS for p in parts):
        n = sum(_NUM_WORDS[p] for p in parts)
        if w in ("dozen", "hundred"):   # "half a dozen", "two dozen", "three hundred"
            for c in tok.children:
                if c.dep_ in ("quantmod", "nummod", "compound", "predet") and c.i < tok.i:
                    if normalise(c.text) == "half":
                        n //= 2
                    elif normalise(c.text) not in ("a", "an") and number_of(c) is not None:
                        n *= number_of(c)
            for c in tok.children:   # "a hundred and five": the parser hangs "five" on "hundred" as a conjunct
                if c.dep_ == "conj" and c.i == tok.i + 2 and normalise(tok.doc[tok.i + 1].text) == "and" and \
                        (number_of(c) or n) < n:
                    n += number_of(c)
        else:   # "two dozen" read as "two" with "dozen" hanging from it
            for c in tok.children:
                if c.i > tok.i and normalise(c.text) in ("dozen", "hundred") and not list(c.children):
                    n *= _NUM_WORDS[normalise(c.text)]
            n += _tens_before(tok) if 0 < n < 10 else 0
        return n
    return None


def _tens_before(tok) -> int:
    """"forty-seven" split by the tokeniser into "forty", "-", "seven" (or "forty seven"): the tens
    right before the unit, else 0."""
    doc = tok.doc
    k = tok.i - 1
    if k >= 1 and doc[k].text in ("-", "\u2010", "\u2011"):
        k -= 1
    w = normalise(doc[k].text) if k >= 0 else ""
    return _NUM_WORDS[w] if w in _NUM_WORDS and _NUM_WORDS[w] in range(20, 100, 10) else 0


def _list_marker(tok) -> bool:
    """"(2) Ethiopian diplomats": an enumerator, not a count."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"


def _head_count(noun) -> tuple[Optional[int], bool]:
    """(count, at_least) of one noun: its nummod ("two officials", "more than 50 diplomats"), one for a
    singular with a determiner or title, None for a bare or quantified plural."""
    for c in noun.children:
        if c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and number_of(c) is not None):
            n = number_of(c)
            if n is None or _list_marker(c):
                continue
            at_least = any(normalise(q.text) in ("more", "over", "least") for q in c.subtree)
            return n, at_least
    n = number_of(noun)
    if n is not None:
        return n, False
    for c in noun.children:   # "the two Freedonian embassy employees": the parser hangs "two" on "embassy"
        if c.dep_ == "compound" and c.i < noun.i and normalise(c.text) in MISSIONS and noun.tag_ in ("NNS", "NNPS"):
            nums = [number_of(d) for d in c.children if d.dep_ == "nummod" and number_of(d) is not None]
            if len(nums) == 1:
                return nums[0], False
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is not None and noun.tag_ in ("NNS", "NNPS") and before.head.i == before.i - 1 \
            and before.head.dep_ in ("advmod", "prt") and number_of(before) is not None:
        return number_of(before), False   # "ordered home 80 Soviet diplomats": the parser hangs "80" on "home"
    if (noun.tag_ in ("NNS", "NNPS") and not _singular_title(noun)) or normalise(noun.text) in ("staff", "personnel"):
        return None, False
    if any(normalise(c.text) in ("all", "some", "several", "other", "many") for c in noun.children):
        return None, False
    return 1, False


def _singular_title(noun) -> bool:
    """"the chargé d'affaires": one person, though the tagger reads the last word as a plural."""
    return normalise(noun.text) == "d'affaires" and \
        any(c.dep_ == "compound" and normalise(c.text) in ("charge", "chargé") for c in noun.children)


def group_of(noun) -> list:
    """The noun and the nouns coordinated with it (also inside an apposition)."""
    out, todo = [], [noun]
    while todo:
        t = todo.pop(0)
        out.append(t)
        counted = any(c.dep_ == "nummod" for c in t.children)
        for c in t.children:
            if c.dep_ == "conj" or (c.dep_ == "appos" and not counted and any(g.dep_ == "conj" for g in c.children)):
                todo.append(c)
    return [t for t in out if t.dep_ != "appos" or t == noun]


def _weak(tok) -> bool:
    w = normalise(tok.text)
    return w in WEAK_PERSONNEL or w.rstrip("s") in WEAK_PERSONNEL or w in ("staff", "people")


def includes_diplomats(tok, states: States) -> bool:
    """"25 British nationals, including diplomats and journalists": people of any kind, among them diplomats."""
    return any(_is_personnel(obj, states) for _, obj in _prep_objects(tok, "including"))


def diplomatic(tok, states: States) -> bool:
    """People a diplomatic expulsion can be about: a diplomatic noun, a nationality of people ("four
    Libyans"); a weak noun ("officials", "employees", "members") only with a nationality on the noun
    itself ("Soviet officials"), its own people ("our people") or a mission in its phrase ("members of
    the Embassy"); never "employees of the British Council". Any noun, with diplomats among those it
    includes ("25 nationals, including diplomats and journalists")."""
    if _is_personnel(tok, states) or any(_mission(t) for t in tok.subtree):
        return True
    if includes_diplomats(tok, states):
        return True
    if not _weak(tok):
        return False
    for left in tok.lefts:
        for t in left.subtree:
            hit = states.at(t)
            if _first(t) or (hit is not None and hit[1] in ("norp", "state")) or normalise(t.text) in CROWN:
                return True
            if t.dep_ == "poss" and t.head == tok and normalise(t.text) in ("their", "its"):
                return True   # "25 of their agents": the other side's own people
    return False


def appositive(tok):
    """"Captain X, a British official of consular rank": the apposition after a name, also where the
    parser hung it elsewhere."""
    for a in tok.children:
        if a.dep_ == "appos" and a.i > tok.i:
            return a
    doc = tok.doc
    if tok.pos_ == "PROPN" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and \
            normalise(doc[tok.i + 2].text) in ("a", "an", "the"):
        for t in doc[tok.i + 3:min(tok.i + 7, len(doc))]:
            if t.dep_ == "appos":
                return t
    return None


def _is_personnel(tok, states: States) -> bool:
    """A diplomatic noun, a nationality of people, or a name in apposition with one ("Captain X, a
    British official of consular rank")."""
    a = appositive(tok)
    if a is not None and a != tok and a.dep_ == "appos" and diplomatic(a, states):
        return True
    w = normalise(tok.text)
    if w in PERSONNEL or w.rstrip("s") in PERSONNEL or (w.endswith("ies") and w[:-3] + "y" in PERSONNEL):
        return True
    if w in ("general", "generals") and any(c.dep_ == "compound" and normalise(c.text) in PERSONNEL
                                            for c in tok.children):
        return True   # "the consul general", parsed with "general" as the head
    hit = states.at(tok)
    return hit is not None and hit[1] in ("norp", "person") and tok.pos_ in ("PROPN", "NOUN")


def count_of(noun, states: States) -> tuple[Optional[int], bool, object]:
    """(count, at_least, the noun that names the people) of the expelled phrase headed by noun."""
    base = noun
    n = number_of(noun)
    shared = _shared_number(noun, states)
    if shared is not None:
        return shared
    if n is None and normalise(noun.text) == "both" and _prep_objects(noun, "of"):
        n = 2   # "both of the attachés"
    if normalise(noun.text) in ("number", "group", "handful") and _prep_objects(noun, "of"):
        return None, False, _prep_objects(noun, "of")[0][1]   # "the same number of Russians", "a group of"
    if n is not None or normalise(noun.text) in ("one", "each"):   # "5 of our people", "the departure of one"
        inner = [p for prep, p in _prep_objects(noun, "of")]
        if normalise(noun.text) == "each":
            return None, False, noun
        base = inner[0] if inner else noun
        if not inner and normalise(noun.text) == "one":   # "the departure of one": one of those named before
            base = next((t for t in reversed(noun.doc[max(noun.i - 30, noun.sent.start):noun.i])
                         if t.pos_ == "NOUN" and (_is_personnel(t, states) or _weak(t))), noun)
        return (n if n is not None else 1), False, base
    total, at_least = 0, False
    people = [t for t in group_of(noun) if _is_personnel(t, states) or _weak(t) or t == noun or _some_of_people(t, states)]
    people += along_with(noun, states)
    for t in people:
        if states.at(t) is not None and states.at(t)[1] == "person" and t != noun and \
                any(p == t.head for p in people):
            continue
        c, al = (number_of(t), False) if t != noun and _some_of_people(t, states) else _head_count(t)
        if c is None and t != noun and t.dep_ == "conj" and noun.tag_ == "NNS" and \
                (t.tag_ in ("NNS", "NNPS") or normalise(t.text) in ("staff", "personnel")) and \
                any(d.dep_ == "nummod" for d in noun.children) and \
                not any(d.dep_ in ("det", "amod", "nummod", "poss") or (d.dep_ == "compound" and d.tag_ != "NN")
                        for d in t.children):
            continue   # "47 Soviet diplomats and officials", "25 diplomats and embassy staff": the whole coordination
        if c is None:
            return None, al, base
        total += c
        at_least = at_least or al
    return (total or None), at_least, base


def _shared_number(noun, states: States):
    """"twelve Freedonian embassy and consulate officials" as the parser reads it: the number and the
    nationality on the first mission word, the people its conjunct; the number counts the people."""
    if not (normalise(noun.text) in MISSIONS and not _is_personnel(noun, states)):
        return None
    nums = [number_of(c) for c in noun.children if c.dep_ == "nummod" and number_of(c) is not None]
    people = [c for c in noun.children if c.dep_ == "conj" and (_is_personnel(c, states) or _weak(c))
              and not any(d.dep_ == "nummod" for d in c.children)]
    if len(nums) != 1 or len(people) != 1:
        return None
    return nums[0], False, people[0]


def _some_of_people(t, states: States) -> bool:
    """"two of his staff" coordinated with "the consul": a number of people."""
    return number_of(t) is not None and any(_is_personnel(o, states) or _weak(o) for _, o in _prep_objects(t, "of"))


def along_with(head, states: States) -> list:
    """"X, the ambassador, along with five other diplomats": the further group, on the noun or its verb."""
    out = []
    for c in head.children:
        if normalise(c.text) in ("along", "together") and c.dep_ in ("advmod", "prep"):
            c = next((w for w in c.children if normalise(w.text) == "with"), c)
        if normalise(c.text) == "with" and normalise(c.doc[max(c.i - 1, 0)].text) in ("along", "together"):
            out += [p for p in c.children if p.dep_ == "pobj" and _is_personnel(p, states)]
        if c.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and _some_of_people(c, states):
            out.append(c)   # "sent home the consul and two of his staff", the number hung on the verb
    return out


def _within_phrase(t, tok) -> bool:
    """t hangs from tok through nouns and prepositions only ("the expulsion of diplomats from Moscow")."""
    h = t.head
    for _ in range(4):
        if h == tok:
            return True
        if h.pos_ not in ("NOUN", "PROPN", "ADP", "NUM") or h.head == h:
            return False
        h = h.head
    return False


def _relative_head(noun, states: States):
    """The noun a relative clause is about: "two diplomats in Strelsau, who were declared" is about the
    diplomats, not the city."""
    h = noun
    for _ in range(3):
        hit = states.at(h)
        if hit is None or hit[1] not in PLACES or h.dep_ != "pobj":
            break
        h = h.head.head
    if _is_personnel(h, states) or _weak(h):
        return h
    for t in reversed(noun.doc[max(noun.i - 15, 0):noun.i]):   # "employees in X, and the Consulate in Y, who"
        if t.pos_ == "NOUN" and (_is_personnel(t, states) or _weak(t)):
            return t
    return h


SPEECH = ("say", "said", "says", "saying", "tell", "told", "announce", "announced", "state", "stated", "add",
          "added", "write", "wrote", "confirm", "confirmed", "note", "noted", "declare", "declared", "insist",
          "insisted", "explain", "explained", "tweet", "tweeted")


def speaker(tok, states: States) -> Optional[str]:
    """"'We have expelled eight diplomats,' the Dutch foreign minister said": the state of the one
    who speaks for the first person."""
    subj = speech_subject(tok)
    code = state_of_phrase(subj, states) if subj is not None else None
    return code if code != FIRST_PERSON else None


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
        if normalise(h.text) in SPEECH:
            if dep == "xcomp":
                return None   # "told two members of our mission to go": an order, not a report of speech
            return _child(h, "nsubj")
    return _quoted_speaker(tok)


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
            return who if who is not None and who.i < tok.i else None
        if lemma(h) in ("ask", "instruct") and h.i < tok.i:   # "asked the chargé d'affaires to withdraw ..."
            who = _child(h, "nsubjpass", "dobj")
            if who is not None and who.i < tok.i:
                return who
    return None


def informer(tok):
    """"The Ruritanian Ministry informed the Freedonian ambassador that two members of his staff had been
    declared persona non grata", "handed a note to the chargé informing him that an employee ... has been
    declared ...": the one who tells an envoy of an expulsion done without an agent is the one who did it
    (the subject of the verb of informing whose "that" clause holds the trigger)."""
    h, via = tok, None
    for _ in range(5):
        if h.head == h:
            return None
        via, h = h.dep_, h.head
        if lemma(h) in ("tell", "inform", "notify", "advise"):
            if via != "ccomp" or _passive(h):
                return None
            return _clause_subject(h)
        if via not in ("ccomp", "conj", "oprd", "dobj", "prep", "pobj", "acl"):
            return None
    return None


def _antecedent(tok):
    """"declaring them persona non grata", "as each was declared": the people of the governing clause."""
    h = tok.head
    for step in range(5):
        if step:   # the governing verb itself first ("called X to the Office ... and asked him to leave")
            if h.head == h:
                break
            h = h.head
        for dep in ("dobj", "nsubjpass"):
            c = _child(h, dep)
            if c is not None and c != tok and c.i < tok.i and normalise(c.text) not in ("them", "him", "each"):
                return c
        c = _child(h, "nsubj") if step else None
        if c is not None and c.i < tok.i and c.pos_ in ("NOUN", "PROPN", "NUM"):
            return c
    return None


def passive_subject(verb):
    """The patient of a passive verb: its "nsubjpass", or the subject the parser gave the verb or its
    passive auxiliary under another label where a phrase between them broke the parse ("Seven members of
    the ... embassy, including the first secretary, were on Thursday ordered by X to leave": "members"
    hangs on "were"; "Two ... diplomats were on Monday expelled by X": "were" became the root)."""
    found = _child(verb, "nsubjpass")
    if found is not None or not _passive(verb):
        return found
    aux = [c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i]
    if verb.dep_ in ("advcl", "xcomp") and lemma(verb.head) == "be" and verb.head.i < verb.i:
        aux.append(verb.head)   # "Two ... diplomats were on Monday expelled by X": "were" became the root
    return _child(verb, "nsubj") or next((_child(a, "nsubj") for a in aux if _child(a, "nsubj") is not None), None)


def _controller(verb):
    """"X's expulsion of a diplomat prompted Moscow to send home a ... diplomat", "forced Y to expel":
    the object of the verb that makes another act is who acts in its complement."""
    if verb.dep_ != "xcomp" or verb.head == verb:
        return None
    obj = _child(verb.head, "dobj")
    return obj if obj is not None and obj.i < verb.i else None


def _sender(tok):
    """"MFA handed the Counsellor a note declaring X persona non grata": the note declares for the
    subject of the verb that hands, sends or issues it; any other noun stays itself."""
    if lemma(tok) not in DOCUMENT_NOUNS or tok.dep_ not in ("dobj", "nsubjpass"):
        return tok
    return _clause_subject(tok.head) if tok.dep_ == "dobj" else None


def _subject_before(verb, states: States):
    """A state's noun phrase right before a verb the parse gave no subject ("in connection with the
    trial of X the Polish Government declared two officials persona non grata": the parser hung the
    government on the name before it)."""
    if verb.i == 0 or verb.dep_ not in ("ROOT", "conj", "ccomp") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return None
    return prev if state_of_phrase(prev, states) not in (None, FIRST_PERSON) else None


def _shared_subject(verb, states: States):
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


def _out_of(tok) -> list:
    """("from", place) for "were ordered out of Britain": the place they had to leave."""
    return [("from", obj) for c in tok.children if normalise(c.text) == "out" and c.dep_ in ("prep", "prt", "advmod")
            for p in c.children if p.dep_ == "prep" and normalise(p.text) == "of"
            for obj in p.children if obj.dep_ == "pobj"]


def _arguments(tok, kind: str, gov, states: States):
    """(actor token, expelled token, actor state from a place) for one trigger."""
    actor = expelled = place_actor = owner = None
    if kind == "expel":
        if _passive(tok):
            expelled = passive_subject(tok)
            if expelled is None and tok.dep_ in ("acl", "relcl"):
                expelled = tok.head
            for prep, obj in _prep_objects(tok, "by", "from") + _out_of(tok):
                if prep == "by":
                    actor = obj
                elif actor is None:
                    st = states.at(obj)
                    if st is not None and st[1] in PLACES:
                        place_actor = st[0]
        else:
            actor = _controller(tok) or _clause_subject(tok) or _subject_before(tok, states)
            expelled = _child(tok, "dobj") or next((t for t in tok.subtree if t.i > tok.i and
                                                    t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "dobj")), None)
    elif kind == "png":
        decl = gov
        if decl is None:
            be = tok.head
            expelled = _child(be, "nsubj", "nsubjpass")
        elif _passive(decl) or (decl.dep_ in ("acl", "relcl") and decl.tag_ != "VBG") or \
                (decl.dep_ == "conj" and _passive(decl.head) and _child(decl, "nsubj") is None):   # "were arrested and declared"
            expelled = _child(decl, "nsubjpass") or (decl.head if decl.dep_ in ("acl", "relcl") else None) or \
                (_shared_subject(decl, states) if decl.dep_ == "conj" else None)
            if expelled is not None and normalise(expelled.text) in ("who", "which", "that") and decl.dep_ == "relcl":
                expelled = _relative_head(decl.head, states)
            for t in decl.subtree:   # "by X" on the verb or on the persona non grata phrase
                if (t.dep_ == "agent" or (t.dep_ == "prep" and normalise(t.text) == "by")) and \
                        (t.head == decl or tok.i <= t.head.i <= tok.i + 2):
                    actor = _child(t, "pobj")
                    break
        else:
            actor = _clause_subject(decl) or _subject_before(decl, states)
            actor = _sender(actor) if actor is not None else None   # "handed the Counsellor a note declaring"
            expelled = _child(decl, "dobj")
            if expelled is not None and (expelled.i >= tok.i and expelled.i <= tok.i + 2):
                expelled = None
            if expelled is None:
                between = [t for t in tok.doc[decl.i + 1:tok.i] if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
                heads = [t for t in between if not (decl.i < t.head.i < tok.i) or t.head == t]
                expelled = heads[0] if heads else (between[-1] if between else None)
            if expelled is None:   # "declared persona non grata two officials"
                expelled = next((t for t in tok.doc[tok.i + 3:min(tok.i + 12, len(tok.doc))]
                                 if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj", "appos", "npadvmod")), None)
        if expelled is not None and normalise(expelled.text) in ("them", "him", "her", "each", "they", "he", "she"):
            expelled = _antecedent(expelled) or expelled
    elif kind == "leave":
        if gov is not None and not _passive(gov):
            actor = _clause_subject(gov)   # "told them to leave"; "told X that two of his staff must leave"
            own = _child(tok, "nsubj") or (_child(tok.head, "nsubj") if tok.dep_ == "xcomp" and lemma(tok.head) == "be"
                                           else None)   # "informed X that he and 12 members ... were to leave"
            expelled = own or _child(gov, "dobj", "dative", "iobj")
        else:
            expelled = _child(tok, "nsubj") or (passive_subject(gov) if gov is not None else None)
            if expelled is None and tok.dep_ == "xcomp":
                expelled = _child(tok.head, "nsubj", "nsubjpass")
            if expelled is None and gov is None and deadline_have(tok) is not None:
                expelled = _child(deadline_have(tok), "nsubj")   # "the diplomats have 72 hours to leave"
            if gov is not None:
                for prep, obj in _prep_objects(gov, "by"):
                    actor = obj
        if expelled is not None and normalise(expelled.text) in ("them", "him", "her", "each", "they", "he", "she") \
                and not any(c.dep_ == "conj" for c in expelled.children):   # "he and 12 members of his staff"
            expelled = _antecedent(gov if gov is not None else tok) or expelled
        left = _child(tok, "dobj")
        if left is not None:   # "ordered them to leave Ghana": the state left, when the orderer names none
            st = states.at(left)
            if st is not None and st[1] in PLACES:
                place_actor = st[0]
    elif kind == "withdraw":
        expelled = _child(tok, "dobj") or (_child(tok, "nsubjpass") if _passive(tok) else None)
        if expelled is None and _passive(tok) and tok.dep_ == "xcomp" and lemma(tok.head) == "be":
            expelled = _child(tok.head, "nsubj")   # "two members of his staff were to be withdrawn"
        if gov is not None and tok.dep_ == "xcomp":   # one withdraws one's own people
            # "asked the chargé d'affaires to withdraw one of his staff": the one asked withdraws
            owner = _child(gov, "nsubjpass") or _child(gov, "dobj") or _child(gov, "nsubj")
        requester = _at_request(tok)
        if requester is not None:
            actor = requester
        elif gov is not None and _passive(gov):
            for prep, obj in _prep_objects(gov, "by"):
                actor = obj
        elif gov is not None and lemma(gov) != "agree":
            actor = _clause_subject(gov)
    elif kind == "png_verb":   # the parser reads "PNG'd" as a noun or a modifier: its neighbours say who
        actor = _clause_subject(tok) or next((t for t in tok.lefts if state_of_phrase(t, states)), None)
        before = [t for t in tok.doc[max(tok.i - 3, tok.sent.start):tok.i] if normalise(t.text) not in
                  ("has", "had", "have", "'s")]
        if actor is None and before and state_of_phrase(before[-1], states):
            actor = before[-1]
        expelled = _child(tok, "dobj") or next((t for t in tok.doc[tok.i + 1:min(tok.i + 6, len(tok.doc))]
                                                if t.pos_ in ("NOUN", "PROPN") and diplomatic(t, states)), None)
    elif kind == "against":   # "Ruritania took retaliatory measures against two diplomats"
        expelled = _against(tok)
        actor = _child(tok, "poss")
        for t in tok.subtree:
            if actor is None and (t.dep_ == "agent" or (t.dep_ == "prep" and normalise(t.text) == "by")):
                actor = _child(t, "pobj") or actor
        if actor is None and tok.dep_ == "dobj" and lemma(tok.head) in RETALIATION_VERBS:
            actor = _clause_subject(tok.head)
    elif kind in ("noun", "removal"):
        for t in tok.subtree:
            if t.dep_ == "poss" and t.head == tok:
                actor = t
        for prep, obj in _prep_objects(tok, "by", "from", "of"):
            pass
        for t in tok.subtree:   # the parser often hangs "of X" under the agent: search the phrase
            if t.dep_ == "prep" and t.i > tok.i:
                obj = _child(t, "pobj") or next(iter(t.children), None)
                if obj is None:
                    continue
                p = normalise(t.text)
                if p == "by" and actor is None:
                    actor = obj
                elif p == "from" and actor is None and _within_phrase(t, tok):
                    st = states.at(obj)
                    if st is not None and st[1] in PLACES:
                        place_actor = st[0]
                elif p == "of" and expelled is None and (t.head == tok or t.head.head.head == tok):
                    expelled = obj
        if kind == "noun" and actor is None and tok.dep_ == "dobj" and lemma(tok.head) in NOUN_DOERS:
            actor = _clause_subject(tok.head)   # "the Soviet authorities ordered the expulsion of 25 Britons"
        if kind == "removal" and actor is None and gov is not None:
            if _passive(gov):
                for prep, obj in _prep_objects(gov, "by"):
                    actor = obj
            elif lemma(gov) in REQUEST_NOUNS and gov.pos_ in ("NOUN", "PROPN"):   # "a request ... from X for the withdrawal of"
                for t in gov.subtree:
                    if t.i < tok.i and t.dep_ in ("prep", "agent") and normalise(t.text) in ("from", "by") \
                            and _child(t, "pobj") is not None and state_of_phrase(_child(t, "pobj"), states):
                        actor = _child(t, "pobj")
                        break
                actor = actor or _child(gov, "poss")
            else:
                actor = _clause_subject(gov)
    return actor, expelled, place_actor, owner


