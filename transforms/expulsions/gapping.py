"""Gapped lists: one verb, several states each with its own count or people, the verb said once ("Belgium
expelled 21 Russian diplomats, the Netherlands 17 and Austria four", "Canada expelled four and Ukraine 13",
"Slovenia expelled 33 Russian diplomats, and Bulgaria ten diplomats"), as the parser hangs the later states and
numbers on the verb, on the people or on one another.

    gapped(verb, people, whose, states) -> [Item(state, token, whose, count, at_least)]   (grammar.read_sentence)
    timed_gaps(verb, people, whose, states) -> the same, for states each with a time of its own
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions import lexicon as lex
from transforms.expulsions.headcounts import count_of, gapped_people, number_of
from transforms.expulsions.parse_words import States, _passive, _prep_objects, normalise
from transforms.expulsions.people import _is_personnel
from transforms.expulsions.trigger_facts import Item
from transforms.expulsions.whose_people import _whose

def gapped(verb, people, whose, states: States) -> list[Item]:
    """"Belgium expelled 21 Russian diplomats, the Netherlands 17 and Austria four" (or "Rome ..., Madrid
    25 and Copenhagen 15": a capital standing alone is its state) as the parser reads it: a state
    conjoined to the verb or to the people, with a number of its own, expelled as many of the same
    people; after a passive, a number conjoined to the verb with an agent of its own ("One Russian
    diplomat was expelled by Hungary and three by Slovakia")."""
    out = []
    todo = [c for c in list(verb.children) + list(people.children) if c.dep_ in ("conj", "appos")]
    todo += [c for _, o in (_prep_objects(verb, "by") if _passive(verb) else []) for c in o.children
             if c.dep_ == "conj" and c.pos_ == "NOUN"]   # ("by Ruritania and three Syldavian attaches by Graustark")
    todo += [c for c in verb.head.children if c.dep_ == "conj" and c.i > people.i] if verb.dep_ == "xcomp" else []
    if people.pos_ == "NUM":   # "expelled four and Lithuania two": a bare count, the state hung on the verb
        todo += [c for c in verb.children if c.dep_ == "npadvmod" and c.i > people.i]
    todo += [c for c in verb.children if c.dep_ == "npadvmod" and c.i > people.i and c.pos_ == "PROPN" and
             _after_semicolon(c) and c not in todo]   # "expelling 13 Russian diplomats; Moldova, three; Albania, two"
    if people.dep_ == "nummod" and people.head.i > people.i:   # "four and Ukraine 13" read as one noun phrase
        todo.append(people.head)
    while todo:
        c = todo.pop(0)
        todo += [d for d in c.children if d.dep_ == "conj" or d.dep_ == "appos" and d.pos_ == "PROPN" and
                 (_after_semicolon(d) or _prep_objects(d, "of"))]   # "..., the Netherlands two and Luxembourg one";
        # "; Moldova, three; Albania, two"; "..., Netherlands of 17, Ireland of four"
        hit = states.at(c)
        if c.pos_ == "NUM" and c.head == verb and _passive(verb) and number_of(c) is not None:
            preps = ("by", "from") if _prep_objects(verb, "from") else ("by",)
            agents = [states.at(o) for _, o in _prep_objects(c, *preps)]
            if len(agents) == 1 and agents[0] is not None and agents[0][1] in ("state", "capital") and \
                    agents[0][0] not in [o[0] for o in out]:
                out.append(Item(agents[0][0], c, whose, number_of(c), False))
            continue
        agent = _later_agent(c, verb, states) if c.pos_ == "NOUN" and _passive(verb) and _is_personnel(c, states) and \
            (c.head == verb or c.head in [o for _, o in _prep_objects(verb, "by")]) else None
        if agent is not None:   # "Two Freedonian diplomats were expelled by Ruritania and 13 Syldavian diplomats by
            if agent not in [o[0] for o in out]:   # Graustark": that state's own people, counted as they say (the
                n, more, base = count_of(c, states)   # parser may hang them on the first agent, and theirs on the verb)
                out.append(Item(agent, None, _own_nationality(c, states) or _whose(base, states)[0], n, more))
            continue
        if hit is None and c.pos_ == "NOUN" and c.dep_ == "conj" and c.head == verb:   # "and the French
            name = next((a for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN" and   # president X 35"
                         (states.at(a) or ("", ""))[1] == "state"), None)
            if name is not None:
                c, hit = name, states.at(name)
        owner = gapped_owner(c, verb, states)
        if owner is not None and owner.i > people.i and states.at(owner)[0] not in [o[0] for o in out]:
            n, more, base = count_of(c, states)   # "expelled 33 Russian diplomats, and Bulgaria ten diplomats": the
            out.append(Item(states.at(owner)[0], owner, _own_nationality(c, states) or whose, n, more))   # state on
            continue   # the people conjoined to the verb acts, on people of the same nationality unless they say
        own = gapped_people(c, states)
        if own is not None and hit[0] not in [o[0] for o in out]:   # "... and Caracas the Ecuadorian charge"
            n, more, base = count_of(own, states)
            out.append(Item(hit[0], c, _whose(base, states)[0], n, more))
            continue
        if c.pos_ == "PROPN" and hit is not None and hit[1] in ("state", "capital"):
            n = next((number_of(d) for d in c.children if d.dep_ == "nummod" and d.i > c.i and number_of(d) is not None),
                     None)
            after = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            if n is None and after is not None and after.head in (people, verb, c) and \
                    after.dep_ in ("appos", "nummod", "npadvmod", "dobj", "conj"):
                n = number_of(after)   # the parser hung the number on the people, not on its state
            n = n if n is not None else each_after(c, states)   # "and Ireland, Croatia and Estonia one each"
            if n is None:   # "announced the expulsion of 21 Russian diplomats, Netherlands of 17, Ireland of four"
                n = next((number_of(o) for _, o in _prep_objects(c, "of") if o.pos_ == "NUM" and
                          number_of(o) is not None and not 1000 <= number_of(o) <= 2100), None)
            if n is None and _after_semicolon(c):   # "; Moldova, three": the number set off by a comma
                n = next((number_of(d) for d in c.children if d.dep_ == "appos" and number_of(d) is not None), None)
            if n is not None and hit[0] not in [o[0] for o in out]:
                out.append(Item(hit[0], c, whose, n, False))
    return out


def timed_gaps(verb, people, whose, states: States) -> list[Item]:
    """"Lithuania expelled the Russian ambassador in April 2022, Latvia in May and Estonia in January 2023": after
    an expulsion with a time of its own, states each with a time of their own and nothing else, joined by commas
    and "and", did the same, each at its time (read in word order: the parser hangs such items anywhere). One
    envoy the people name is one each; any other people are as many as not told. [Item(state, token, whose, count,
    at_least)], [] unless the first expulsion has its time right after its people."""
    doc, end = verb.doc, verb.sent.end
    k = people.right_edge.i + 1
    if k >= end or not _time_phrase(doc, k) or verb.i > people.i:
        return []
    one = _head_count_one(people)
    out = []
    k = _time_end(doc, k)
    while k < end and (doc[k].text == "," or normalise(doc[k].text) == "and"):
        k += 1
        if k < end and normalise(doc[k].text) == "and":
            k += 1
        j = k
        while j < end and (states.at(doc[j]) or ("", ""))[1] in ("state", "capital") and doc[j].text not in (",",):
            j += 1
        hit = states.at(doc[k]) if k < end else None
        if j == k or hit is None or hit[0] in [o[0] for o in out] or not _time_phrase(doc, j):
            return out
        out.append(Item(hit[0], doc[k], whose, 1 if one else None, False))
        k = _time_end(doc, j)
    return out


def _time_phrase(doc, k) -> bool:
    """"in April 2022", "in May", "on 4 March", "in 2023": a preposition of time and a month, a day or a year."""
    if k + 1 >= len(doc) or normalise(doc[k].text) not in ("in", "on"):
        return False
    w = normalise(doc[k + 1].text)
    return w in lex.MONTHS or (w.isdigit() and (len(w) == 4 or int(w) <= 31))


def _time_end(doc, k) -> int:
    """The index after the time phrase that starts at k ("in April 2022" -> the word after 2022)."""
    k += 2
    while k < len(doc) and (normalise(doc[k].text) in lex.MONTHS or normalise(doc[k].text).isdigit()):
        k += 1
    return k


def _head_count_one(people) -> bool:
    """One envoy named as such: "the Russian ambassador", "its charge d'affaires" (a singular with no number)."""
    return people.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in people.children) and \
        any(c.dep_ in ("det", "poss") for c in people.children)


def _after_semicolon(tok) -> bool:
    """A word right after a semicolon: the head of a list item of its own ("; Moldova, three")."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ";"


def each_after(state, states: States) -> Optional[int]:
    """The number of "one each" that ends the run of states `state` is in ("..., and Ireland, Croatia and Estonia
    one each": one for each of them), or None."""
    doc, k = state.doc, state.i + 1
    while k < len(doc) and (doc[k].text in (",", "and") or (states.at(doc[k]) or ("", ""))[1] in ("state", "capital")
                            and doc[k].pos_ == "PROPN" or doc[k].text == "the"):
        k += 1
    if k + 1 < len(doc) and number_of(doc[k]) is not None and normalise(doc[k + 1].text) == "each":
        return number_of(doc[k])
    return None


def verbs_of(verb) -> list:
    """The verb and, for an infinitive ("has decided to expel"), the verb it completes."""
    return [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])


def gapped_owner(people, verb, states: States):
    """"..., and Bulgaria ten diplomats" as the parser reads it: a counted people noun conjoined to the verb (or to
    the verb an infinitive completes), with a state hung before it (nmod or compound): that state, else None."""
    if people.head not in verbs_of(verb) or people.dep_ != "conj" or people.pos_ != "NOUN" or \
            not any(c.dep_ == "nummod" for c in people.children) or not _is_personnel(people, states):
        return None
    owners = [c for c in people.children if c.dep_ in ("nmod", "compound") and c.i < people.i and
              (states.at(c) or ("", ""))[1] in ("state", "capital")]
    return owners[0] if len(owners) == 1 else None


def _own_nationality(people, states: States) -> Optional[str]:
    """The nationality a people noun names itself ("ten Turkish diplomats"), else None."""
    return next((states.at(c)[0] for c in people.children if c.i < people.i and (states.at(c) or ("", ""))[1] == "norp"),
                None)


def number_on_state(obj, states: States):
    """"Canada expelled four and Ukraine 13" as the parser may read it: the object a state with two
    numbers, the first before it and joined to it by "and" or a comma, the second after it. The first
    number is what the verb's subject expelled (a bare count: the people of the previous expulsion), the
    state and its number a gapped item (`gapped`). None for any other object."""
    hit = states.at(obj)
    if obj.dep_ != "dobj" or hit is None or hit[1] not in ("state", "capital"):
        return None
    nums = [c for c in obj.children if c.dep_ == "nummod" and number_of(c) is not None]
    before = [c for c in nums if c.i < obj.i and not list(c.lefts)]
    if len(before) != 1 or not any(c.i > obj.i for c in nums):
        return None
    joined = [t for t in obj.doc[before[0].i + 1:obj.i] if normalise(t.text) not in ("and", ",")]
    return before[0] if not joined else None


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _time(t) -> bool:
    """A year, a month or a day of the week: when, in "in 1971", "in March", "on Friday"."""
    n = number_of(t) if t.like_num else None
    return (n is not None and 1000 <= n <= 2100) or normalise(t.text) in lex.MONTHS or normalise(t.text) in _WEEKDAYS


def _times_of(t, after: int = -1) -> list:
    """The times that prepositions on t name after position `after` ("... in 1985")."""
    return [o for p in t.children if p.dep_ == "prep" and p.i > after for o in p.children if o.dep_ == "pobj" and _time(o)]


def _bare_number(t) -> bool:
    """A number standing for people, with no noun of its own and no year: "25" in "and 25 in 1985"."""
    n = number_of(t) if t.pos_ == "NUM" else None
    return n is not None and not 1000 <= n <= 2100 and not any(c.pos_ in ("NOUN", "PROPN") for c in t.children)


def gapped_times(verb, people) -> list:
    """"Britain expelled 105 Soviet officials in 1971 and 25 in 1985", "... four diplomats in September and five
    in October": a bare number after the counted people and their time, with a time of its own, is a second
    expulsion of the same people by the same state, then. [(the number, its time)] as the parser hangs them: the
    number on the first time or on the verb, its time on the number or on the verb."""
    first = _times_of(verb, people.i)
    if not first or people.i > first[0].i:
        return []
    out = []
    for c in [c for t in first for c in t.children if c.dep_ == "conj"] + \
            [c for c in verb.children if c.dep_ == "conj" and c.i > first[0].i]:
        if not _bare_number(c):
            continue
        when = _times_of(c) or _times_of(verb, c.i)
        if when and when[0].i > c.i:
            out.append((c, when[0]))
    return out


def gapped_after_noun(noun, whose, states: States) -> list[Item]:
    """"The expulsions of 23 Freedonian diplomats by Ruritania and 13 by Graustark": a number conjoined to an
    expulsion noun with an agent of its own ("by" a state or its capital) is that state's expulsion of as many of the
    same people, as after a passive verb (`gapped`)."""
    out = []
    for c in noun.children:
        if c.dep_ != "conj" or c.pos_ != "NUM":
            continue
        agents = [states.at(o) for _, o in _prep_objects(c, "by")] or \
            [states.at(o) for _, o in _prep_objects(noun, "by") if o.head.i == c.i + 1]   # (the parser may hang it on
        # the noun)
        if len(agents) == 1 and agents[0] is not None and agents[0][1] in ("state", "capital") and \
                number_of(c) is not None and agents[0][0] not in [o.actor for o in out]:
            out.append(Item(agents[0][0], c, whose, number_of(c), False))
    return out


def _later_agent(people, verb, states: States) -> Optional[str]:
    """The state or capital of the agent of a further group of people after a passive verb: its own "by" phrase, else
    the verb's last "by" phrase after it (where the parser hangs it); None for any other."""
    agents = [o for _, o in _prep_objects(people, "by")] or \
        [o for _, o in _prep_objects(verb, "by") if o.i > people.i][-1:]
    hit = states.at(agents[0]) if len(agents) == 1 else None
    return hit[0] if hit is not None and hit[1] in ("state", "capital") else None


def _state_agent(t, states: States) -> bool:
    """Has `t` one agent of its own ("by" a state or its capital)?"""
    agents = [states.at(o) for _, o in _prep_objects(t, "by")]
    return len(agents) == 1 and agents[0] is not None and agents[0][1] in ("state", "capital")


def own_agent_group(people, states: States) -> bool:
    """A people noun with an agent of its own, a state or its capital ("13 Syldavian diplomats by Graustark")."""
    return _state_agent(people, states) and _is_personnel(people, states)


def groups_with_own_agents(noun, people, whose, states: States) -> list[Item]:
    """"The expulsion of 23 Freedonian diplomats by Ruritania and 13 Syldavian diplomats by Graustark": a further
    group of people with an agent of its own is that state's expulsion of those people, as many as it says, whose
    its own nationality says (no sum with the first group), wherever the parser hangs it: on the first people, on
    their agent, or apart after the "and" that follows them; a bare number ("The second and third largest expulsions
    were 23 diplomats by Graustark and 13 by Syldavia") counts more of the first people (`whose`)."""
    first = [o for _, o in _prep_objects(people, "by")] + [o for _, o in _prep_objects(noun, "by")]
    todo = [c for t in [people] + first for c in t.children if c.dep_ == "conj" and c.i > people.i]
    todo += [t for t in people.doc[people.i + 1:] if t.dep_ in ("nsubj", "nsubjpass") and t.head != people and
             t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].dep_ == "cc" and t.doc[t.left_edge.i - 1].head == people]
    out = []
    for c in todo:
        bare = _bare_number(c) and c.dep_ == "conj" and c.head == people
        if not (own_agent_group(c, states) or bare and _state_agent(c, states)) or c.i <= people.i:
            continue
        actor = states.at(next(o for _, o in _prep_objects(c, "by")))[0]
        if actor in [o.actor for o in out]:
            continue
        if bare:
            out.append(Item(actor, None, whose, number_of(c), False))
            continue
        n, more, base = count_of(c, states)
        out.append(Item(actor, None, _own_nationality(c, states) or _whose(base, states)[0], n, more))
    return out


def respective_times(verb, people) -> list:
    """"Ruritania asked 47 and 25 Freedonian diplomats to leave in 1983 and 1985, respectively", "expelled 12 and
    30 Syldavian diplomats in 1971 and 1974", "ordered three and four ... to leave in March and in June": as many numbers on the people as times on the verb (or on the verb an
    infinitive completes), in turn: one expulsion of each number, then. [(the number, its time)], or [] when
    the numbers and the times do not pair."""
    first = next((c for c in people.children if c.dep_ == "nummod" and _bare_number(c) and c.i < people.i), None)
    if first is None:
        return []
    numbers = [first] + [c for c in first.children if c.dep_ == "conj" and _bare_number(c)]
    times = next((ts for v in verbs_of(verb) if (ts := _times_of(v, people.i))), [])
    times = times[:1] + [c for c in times[:1] for c in c.children if c.dep_ == "conj" and _time(c)] + \
        [o for t in times[:1] for p in t.head.children if p.dep_ == "conj" and p.pos_ == "ADP"
         for o in p.children if o.dep_ == "pobj" and _time(o)]   # "in March and in June": the second "in" a conjunct
    if len(numbers) < 2 or len(numbers) != len(times):
        return []
    return list(zip(numbers, times))
