"""One act or several in one sentence's readings (grammar.py): states that act one by one ("Latvia and Estonia
each expelled one Russian diplomat", "the Syrian ambassadors" of several states), "other" people joined to an
earlier order ("... and expelled two other diplomats": more of the same order), a deadline clause that
tells the same act again ("expelled the EU's ambassador, giving the Portuguese envoy 72 hours to leave"), and a
post each of several states fills with one person ("the military attaches of A, B and C": one each),
several states left ("were given 48 hours to leave A, B and C": each orders them out; "were expelled from A
and B": each expels them), and as many counts as
states, paired in turn ("Latvia and Estonia expelled 13 and 14 Russian diplomats respectively"), as many people as
states "respectively from" them ("three diplomats from the EU, respectively from A, B and C": one each), and "their"
people after one list of states ("broke off relations with A, B and C and ordered their diplomats to leave")."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.headcounts import _head_count, number_of
from transforms.expulsions.coordinated_people import group_of
from transforms.expulsions.owners import _conjoined
from transforms.expulsions.parse_words import SERVICE_ATTACHES, States, _passive, normalise
from transforms.expulsions.places import place_left
from transforms.expulsions.people import heads_of_mission_each, one_head_of_mission
from transforms.expulsions.phrase_states import nationality_conjuncts, state_of_phrase


def one_act(out: list, heads: dict, doc) -> list:
    """"Venezuela expelled the European Union's ambassador, giving the Portuguese envoy 72 hours to leave": a
    participle clause on an expelling verb that gives as many people a deadline tells the same act of the same
    people, whatever nationality it names them by; their state is the one the verb's own reading names."""
    by_trigger = {r.trigger_i: k for k, r in enumerate(out)}
    for j, r in enumerate(out):
        gov = next((doc[i] for i in heads.get(j, ()) if i != r.trigger_i), None)
        if gov is None or gov.dep_ != "advcl" or gov.tag_ != "VBG" or gov.head.i not in by_trigger:
            continue
        main = out[by_trigger[gov.head.i]]
        if main.expelled and not main.expelled.startswith("@") and main.actor == r.actor and \
                main.count is not None and main.count == r.count and not main.other_sense:
            out[j] = r._replace(expelled=main.expelled)
    return out


def distributed(actor_tok, states: States, *holders) -> list[str]:
    """The states of a coordinated subject that act one by one: "Latvia and Estonia each expelled one
    Russian diplomat", "... expelled one Russian diplomat each", "have each declared": a distributive
    "each" on the subject, the verb or the people (not "each other's"), and every conjunct a state; else []."""
    if actor_tok is None:
        return []
    people = holders[-1] if holders else None
    marks = [c for h in (actor_tok,) + holders if h is not None for c in h.children
             if normalise(c.text) == "each" and c.dep_ in ("appos", "dep", "advmod", "npadvmod", "det", "dobj")
             and c != people and not (c.i + 1 < len(c.doc) and normalise(c.doc[c.i + 1].text) in ("other", "other's"))]
    after = people.doc[people.right_edge.i + 1: people.right_edge.i + 3] if people is not None else ()
    if not marks and not (len(after) and normalise(after[0].text) == "each" and
                          (len(after) < 2 or normalise(after[1].text) not in ("other", "other's"))) \
            and not one_head_of_mission(people) and not heads_of_mission_each(people):   # "Kuwait and Bahrain expelled
        # the Lebanese ambassador", "... the Syrian ambassadors": one each
        return []   # (the parser may hang the "each" right after the people on whatever follows it)
    codes = nationality_conjuncts(actor_tok, states) or [state_of_phrase(t, states) for t in group_of(actor_tok)]
    apposed = next((c for c in actor_tok.children if c.dep_ == "appos"), None)
    if normalise(actor_tok.text) in _PAIR_NOUNS and apposed is not None and actor_tok.pos_ == "NOUN" and \
            states.at(actor_tok) is None:   # "the two countries, A and B, ..." (not "the United States")
        codes = [state_of_phrase(t, states) for t in group_of(apposed)]
    if len(codes) < 2 or any(c is None or c.startswith("@") for c in codes):
        return []
    return list(dict.fromkeys(codes))


_PAIR_NOUNS = {"countries", "states", "sides", "governments", "nations", "neighbours", "neighbors"}


def each_after_people(people) -> bool:
    """"Ruritania and Freedonia expelled two diplomats each", "a diplomat each": a distributive "each" right after the
    people (their child, or the next word, as the parser may hang it), not "each other's"."""
    if people is None:
        return False
    doc = people.doc
    marks = [c for c in people.children if c.i > people.i and normalise(c.text) == "each" and c.dep_ != "det"]
    if people.right_edge.i + 1 < len(doc) and normalise(doc[people.right_edge.i + 1].text) == "each":
        marks.append(doc[people.right_edge.i + 1])
    return any(not (m.i + 1 < len(doc) and normalise(doc[m.i + 1].text) in ("other", "other's")) for m in marks)


def only_pair_named(span, pair, states: States) -> bool:
    """The sentence names no state but the two of the pair (whose people "two diplomats each" can only be the other's)."""
    return all(hit[0] in pair for hit in (states.at(t) for t in span) if hit is not None)


def respective_counts(actor_tok, people, states: States) -> list[tuple[str, int]]:
    """"Latvia and Estonia expelled 13 and 14 Russian diplomats (respectively)": a coordinated subject of
    distinct states and as many coordinated numbers on the people, the n-th number for the n-th state, as
    [(state, count)]; else [] (one number is the subject's sum or each one's: `distributed`)."""
    if actor_tok is None or people is None:
        return []
    numbers = [t for c in people.children if c.dep_ == "nummod" and number_of(c) is not None
               for t in c.subtree if t == c or t.dep_ == "conj"]   # "13 and 14", "13, 14 and three"
    counts = [number_of(t) for t in sorted(numbers, key=lambda t: t.i)]
    codes = [state_of_phrase(t, states) for t in group_of(actor_tok)]
    if len(counts) < 2 or len(counts) != len(codes) or None in counts or len(set(codes)) != len(codes) or \
            any(c is None or c.startswith("@") for c in codes):
        return []
    return list(zip(codes, counts))


def respective_owners(trigger, noun, states: States) -> Optional[list[tuple[str, Optional[int], bool]]]:
    """"expel three diplomats from the European Union, respectively from Germany, Poland and Sweden": a "from"/"of"
    phrase that "respectively" marks, on the people or on an active verb after them, lists the people's states in
    turn (an earlier "from the European Union" only groups them): [(state, count, at_least)], one each when the
    people are as many as the states, else how many of each is not said; None without such a list."""
    if noun is None:
        return None
    holders = [noun] + ([trigger] if not _passive(trigger) else [])   # (a passive's "from" names who expels)
    for p in (c for h in holders for c in h.children if c.dep_ == "prep" and c.i > noun.i
              and normalise(c.text) in ("from", "of")):
        before = p.doc[p.i - 1] if p.i > 0 else None
        marked = any(c.dep_ == "advmod" and normalise(c.text) == "respectively" for c in p.children) or \
            (before is not None and normalise(before.text) == "respectively" and before.dep_ == "advmod")
        codes = _conjoined(next((c for c in p.children if c.dep_ == "pobj"), None), states, "state") if marked else None
        if codes and len(set(codes)) == len(codes) > 1:
            count, at_least = _head_count(noun)
            each = 1 if count == len(codes) and not at_least else None
            return [(code, each, False) for code in codes]
    return None


def more_of(tok, gov, people, out, heads) -> Optional[int]:
    """"Guatemala ordered the Mexican ambassador to leave and expelled two other Mexican diplomats", "would
    expel four American diplomats and ordered 46 others to leave": people named as "other" ones, by a verb
    joined to an earlier trigger of the sentence, are more of the same order (as "the ambassador along with
    five other diplomats" is one): that earlier reading."""
    verb = tok if tok.dep_ == "conj" else gov if gov is not None and gov.dep_ == "conj" else None
    other = people is not None and any(c.dep_ == "amod" and normalise(c.text) == "other" for c in people.children)
    if people is None or verb is None or not (other or counted_others(people)):
        return None
    doc = tok.doc   # (the earlier trigger, or a trigger noun the verb's head governs: "ordered the expulsion of
    # eight Soviet diplomats and barred nine others from returning")
    return next((k for k in range(len(out) - 1, -1, -1) if verb.head.i in heads.get(k, ()) or any(
        doc[i].head.i == verb.head.i and doc[i].dep_ == "dobj" and doc[i].pos_ == "NOUN" for i in heads.get(k, ()))),
        None)


def counted_others(people) -> bool:
    """"46 others": a counted "others", more of the people named before it."""
    return normalise(people.text) == "others" and any(c.dep_ == "nummod" for c in people.children)


def one_post_each(people) -> bool:
    """"the ambassadors of A, B and C", "the military attaches of A, B and C": a post a state fills with one
    person (a head of mission, a service attaché), named in the plural with no number over several states:
    one each."""
    if heads_of_mission_each(people):
        return True
    return people is not None and people.tag_ in ("NNS", "NNPS") and normalise(people.text) in ("attaches", "attachés") \
        and not any(c.dep_ == "nummod" for c in people.children) \
        and any(c.dep_ in ("amod", "compound") and normalise(c.text) in SERVICE_ATTACHES for c in people.children) \
        and any(c.dep_ == "det" and normalise(c.text) == "the" for c in people.children)


def states_left(leave, states: States) -> list[str]:
    """The states a verb of leaving names as the places left, when it names several and nothing else ("were given
    48 hours to leave Saudi Arabia, Bahrain, the UAE and Egypt"): each orders the people out of its own soil."""
    return _several_states(place_left(leave, states), states)


def states_expelled_from(verb, states: States) -> list[str]:
    """The states a passive expelling verb names as the places the people were expelled from, when it names several
    ("Ruritanian diplomats were expelled from Freedonia and Graustark"): each expels them from its own soil."""
    if not _passive(verb):
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and normalise(c.text) == "from"):
        again = [o for c in prep.children if c.dep_ == "conj" and normalise(c.text) == "from"   # "from Freedonia and
                 for o in c.children if o.dep_ == "pobj"]   # from Graustark": the second "from" a conjunct of the first
        found = next((found for o in prep.children if o.dep_ == "pobj" and (found := _several_states(o, states, again))),
                     None)
        if found:
            return found
    return []


def _several_states(left, states: States, more=()) -> list[str]:
    """The states (or capitals) of a place and the places coordinated with it (and `more` places), when there are
    two or more and all are states; else []."""
    if left is None:
        return []
    hits = [states.at(t) for t in group_of(left) + list(more)]
    if len(hits) < 2 or any(h is None or h[1] not in ("state", "capital") for h in hits):
        return []
    return list(dict.fromkeys(h[0] for h in hits))


def each_others_officials(noun, states: States) -> bool:
    """Officials two named states each expelled ("Pakistan and India each expelled two officials"): each side's
    officials are the other's, an exchange of diplomats, however plain the word for them."""
    if noun.dep_ != "dobj" or not states.names_diplomats:
        return False
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(normalise(t.text) == "each" for t in list(verb.children) + list(subject.children)):
        return False
    hits = [states.at(t) for t in group_of(subject)]
    return len({h[0] for h in hits if h is not None and h[1] == "state"}) == 2 == len(hits)


def their_states(noun, actor: str, states: States) -> list[str]:
    """"broke off relations with the United States, Britain and France and ordered their diplomats to leave":
    "their" people are those of the one list of states (after a preposition) the sentence names before them."""
    if not any(c.dep_ == "poss" and normalise(c.text) == "their" for c in noun.children):
        return []
    return listed_states([t for t in noun.sent if t.i < noun.i], actor, states)


def listed_states(words, actor: str, states: States) -> list[str]:
    """The one list of two or more states, none of them `actor`, that `words` name after a preposition ("with A, B and
    C"); [] for none or several. "Ruritania has broken off relations with A, B and C. It has ordered their diplomats to
    leave": the sentence before names the people "their" points to (story._before)."""
    lists = []
    for t in words:
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            codes, todo = [], [t]
            while todo:
                c = todo.pop(0)
                hit = states.at(c)
                if hit is not None and hit[1] == "state":
                    codes.append(hit[0])
                todo += [d for d in c.children if d.dep_ == "conj"]
            codes = list(dict.fromkeys(codes))
            if len(codes) > 1 and actor not in codes:
                lists.append(codes)
    return lists[0] if len(lists) == 1 else []
