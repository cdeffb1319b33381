"""Groups of different states inside one expelled phrase, read from the parse (grammar.py).

    owner_groups(trigger, noun, states) -> [(state, count, at_least)] or None

"three diplomats of Poland and one of Germany", "two diplomats from France and three from Italy",
"two Latvian diplomats, one Estonian and three Lithuanian ones", "four Swedish and two Norwegian
diplomats": one phrase, several expelled states, each with its own count. The parser hangs the
later groups in many ways (a conjunct of the noun, of the verb, an apposition "ones" carrying every
number and nationality), so the groups are read in text order inside the phrase the parse gives:
each number opens a group, each owner (a nationality, or a state after "of"/"from") closes it.
A second group said after a time ("two American diplomats in 1977 and a British attache in 1982")
is read too, wherever the parser hung it (`later_groups`).
Prepositional phrases other than "of"/"from" ("in Berlin", "to Chile", "on Friday"), "from" on a
passive verb ("were expelled from Italy") and clauses are skipped, so a place or a host is never an owner.

The answer is None (the single reading stands) unless the phrase names at least two different
states and every group has both an owner and a count; a group with a count but no owner ("the
German ambassador and two attachés") belongs to the group before it.
"""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.arguments import comma_between, counted
from transforms.expulsions.headcounts import _head_count, number_of
from transforms.expulsions.coordinated_people import _titles_listed
from transforms.expulsions.lexicon import RELATION_NOUNS, STATE_PLURALS
from transforms.expulsions.parse_words import HEADS_OF_MISSION, THE, States, _passive, _prep_objects, normalise
from transforms.expulsions.people import _mission, diplomatic
from transforms.expulsions.places import demonstrative, place_earlier
from transforms.expulsions.speakers import speaker_in_apposition, speaker_in_conjunction
from transforms.expulsions.whose_people import _whose, whose_antecedents

_OWNER_PREPS = ("of", "from")


def _phrase_end(trigger, noun, later: list) -> int:
    """The last token of the expelled phrase, with the elliptical groups the parser hung on the
    verb ("expelled two diplomats from France and three from Italy": "three" is the verb's conjunct;
    "two diplomats from France and three from Italy were expelled": its second passive subject)
    and the later groups of people (`later_groups`)."""
    end = noun.right_edge.i
    for c in trigger.children:
        if c.dep_ in ("conj", "nsubjpass") and c.pos_ == "NUM" and c.i > noun.i:
            end = max(end, c.right_edge.i)   # "... and three from Italy were expelled": a second passive subject
        elif c.dep_ == "nsubjpass" and c.i > noun.i and counted(c) and counted(noun) and comma_between(end, c):
            end = c.right_edge.i   # "25 Italian diplomats, four West Germans and two Spaniards were ordered out"
    for c in later:
        end = max(end, c.right_edge.i)
    return end


def later_groups(trigger, noun, states: States) -> list:
    """A second group of diplomats said after a time or place of the first ("expelled two American
    diplomats in 1977 and a British attache in 1982"): the parser hangs it on the verb as a second
    object or a conjunct noun with no verb or subject of its own, or as a conjunct of the time
    ("in March and three Belarusian diplomats"), which only people that are diplomats can be."""
    out = []
    for c in trigger.children:
        if c.i <= noun.right_edge.i:
            continue
        if c.dep_ == "dobj" or c.dep_ == "conj" and c.pos_ == "NOUN" and \
                not any(d.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for d in c.children):
            if diplomatic(c, states):
                out.append(c)
        elif c.dep_ == "prep" and normalise(c.text) not in _OWNER_PREPS:
            for obj in (d for d in c.children if d.dep_ == "pobj" and not diplomatic(d, states)):
                out += [d for d in obj.children if d.dep_ == "conj" and d.pos_ == "NOUN" and diplomatic(d, states)]
    return out


def _owner(tok, states: States) -> Optional[str]:
    """The state a token names as the owner of people: a nationality (a modifier, or the people
    themselves: "the 18 Soviets"), a state as a modifier or possessive, or after "of"/"from"."""
    hit = states.at(tok)
    if hit is None or hit[1] not in ("norp", "state"):
        return None
    if tok.dep_ == "pobj" and normalise(tok.head.text) == "from" and _said_before(tok.head.head, states):
        return None   # "three Freedonian diplomats from Graustark": theirs is said; "from" names where they leave
    if tok.dep_ == "pobj":
        return hit[0] if normalise(tok.head.text) in _OWNER_PREPS else None
    if hit[1] == "state" and tok.dep_ not in ("poss", "compound", "amod", "nmod"):
        return None   # "Poland has deported 45 Russian diplomats, Germany 40": a list of actors
    return hit[0]


def _said_before(people, states: States) -> bool:
    """Do the people's own words before them name whose they are ("three Freedonian diplomats", "Freedonia's")?"""
    return people.pos_ in ("NOUN", "PROPN") and any(
        (states.at(t) or ("", ""))[1] in ("norp", "state") for left in people.lefts for t in left.subtree)


def _skipped(tok, noun, trigger, later: list) -> bool:
    """tok sits inside a prepositional phrase other than of/from, or a clause, within the phrase
    (a later group of people, even where the parser hung it on a time, is inside), or inside an apposition that
    names no more of the people: a relation ("an ally of Freedonia", lexicon.RELATION_NOUNS) or the one who says
    it, the parser's apposition for a verb of saying's subject ("..., a diplomat of Freedonia said")."""
    h = tok
    while h != noun and h != trigger and h.head != h and h not in later:
        if h.dep_ in ("prep", "agent") and normalise(h.text) not in _OWNER_PREPS:
            return True
        if h.dep_ == "prep" and h.head == trigger and _passive(trigger):
            return True   # "two diplomats were expelled from Italy": the state that expels, no owner
        if h.dep_ in ("relcl", "acl", "advcl", "ccomp") or (h.pos_ in ("VERB", "AUX") and h.dep_ != "conj"):
            return True
        if h.dep_ == "appos" and (normalise(h.text) in RELATION_NOUNS or speaker_in_apposition(h)):
            return True   # "..., an ally of Freedonia(,) said": a relation or the one who says it, no more people
        if speaker_in_conjunction(h):
            return True   # "... and six members of staff, the Ministry of Foreign Affairs said": the one who says it
        h = h.head
    return False


def _not_diplomats(marker, noun, states: States) -> bool:
    """The owner names other people than diplomats: its own noun, coordinated with the diplomats,
    is no diplomatic noun ("a German journalist", "three French businessmen"); or no people at all, a place
    after "from"/"of" that the nationality qualifies ("from this ex-Soviet republic")."""
    head = marker.head if marker.dep_ != "pobj" else marker.head.head
    if marker.dep_ in ("amod", "compound") and head.dep_ == "pobj" and normalise(head.head.text) in _OWNER_PREPS and \
            head.pos_ == "NOUN" and not diplomatic(head, states) and not _mission(head):
        return True   # "two Freedonian diplomats from this former Ruritanian republic": a place it qualifies, no people
    return head != noun and head.pos_ == "NOUN" and head.dep_ in ("conj", "dobj") and \
        normalise(head.text) not in ("one", "ones") and not diplomatic(head, states)


def _each_of(trigger, noun, states: States) -> list[str]:
    """"four diplomats from each of Germany, Poland and France" (on the noun or the verb): the states
    each of which owns as many of the people."""
    for p in list(noun.children) + [c for c in trigger.children if c.i > noun.i]:
        if p.dep_ != "prep" or normalise(p.text) not in _OWNER_PREPS:
            continue
        for each in (c for c in p.children if c.dep_ == "pobj" and normalise(c.text) == "each"):
            for of in (c for c in each.children if c.dep_ == "prep" and normalise(c.text) == "of"):
                first = next((c for c in of.children if c.dep_ == "pobj"), None)
                todo, codes = [first] if first is not None else [], []
                while todo:
                    t = todo.pop(0)
                    hit = states.at(t)
                    if hit is None or hit[1] not in ("state", "norp"):
                        return []
                    codes.append(hit[0])
                    todo += [c for c in t.children if c.dep_ == "conj"]
                return list(dict.fromkeys(codes))
    return []


def _listed_owners(trigger, noun, states: States) -> list[str]:
    """"expelled diplomats from Sweden, Poland and Germany", "diplomats of Chile and Peru were expelled": one
    "of"/"from" phrase (on the noun, or on an active verb after it) whose object is a list of states."""
    holders = [noun] + ([trigger] if not _passive(trigger) else [])
    if any((states.at(t) or ("", ""))[1] == "norp" for t in noun.lefts):
        return []   # "the expulsion of Belarusian diplomats from the Czech Republic and Poland": their state is said
        # before them; the list after "from" names where they were expelled from
    for p in (c for h in holders for c in h.children if c.dep_ == "prep" and normalise(c.text) in _OWNER_PREPS):
        if p.head == trigger and p.i < noun.i:
            continue
        codes = _conjoined(next((c for c in p.children if c.dep_ == "pobj"), None), states, "state")
        if codes is None:
            return []
        if len(set(codes)) > 1:
            return list(dict.fromkeys(codes))
    return []


def _counted_after_list(trigger, noun, listed: list[str], states: States) -> list[tuple[str, int, bool]]:
    """"seven diplomats from Estonia, Latvia and Lithuania, and one from Slovakia": a number conjoined to the
    people or to the trigger after the list, with its own "from"/"of" state, is that state's group."""
    out = []
    for c in (c for h in (trigger, noun) for c in h.children
              if c.dep_ in ("conj", "nsubjpass") and c.i > noun.i and c.pos_ == "NUM"):
        n = number_of(c)
        codes = next((_conjoined(next((o for o in p.children if o.dep_ == "pobj"), None), states, "state")
                      for p in c.children if p.dep_ == "prep" and normalise(p.text) in _OWNER_PREPS), None)
        if n is None or not codes or len(set(codes)) != 1 or codes[0] in listed:
            continue
        out.append((codes[0], n, False))
    return out


def _conjoined(first, states: States, kind: str) -> Optional[list[str]]:
    """The codes of `first` and the tokens conjoined to it ("Sweden, Poland and Germany"), each of `kind`
    ("state" or "norp"); None when one is not; [] when there is no `first`. "that country" is the state named
    before it ("the ambassadors of that country and Graustark": places.place_earlier)."""
    todo, codes = [first] if first is not None else [], []
    while todo:
        t = todo.pop(0)
        hit = states.at(t)
        if hit is None and kind == "state" and demonstrative(t) and place_earlier(t, states):
            hit = (place_earlier(t, states), "state")
        if hit is None or hit[1] != kind:
            return None
        codes.append(hit[0])
        todo += [c for c in t.children if c.dep_ == "conj"]
    return codes


def asked_states(owner, states: States) -> list[str]:
    """"told Poland and Lithuania to recall their ambassadors": the states asked to withdraw their own people,
    when the one asked is a list of two or more states; else []."""
    codes = _conjoined(owner, states, "state") if owner is not None else None
    codes = list(dict.fromkeys(codes or []))
    return codes if len(codes) > 1 else []


def _one_each(num, states: States) -> Optional[tuple[list[str], int]]:
    """"one each from the embassies of Denmark, France and the Netherlands", "two each from A and B": the
    number for every state listed after it. Returns (states, index of the last token read), or None."""
    doc = num.doc
    at = num.i + 1
    if at < len(doc) and doc[at] == num.head and doc[at].pos_ == "NOUN":
        at += 1   # "three diplomats each from A and B": the people between the number and "each"
    if at >= len(doc) or normalise(doc[at].text) != "each":
        return None
    codes, last = [], None
    for t in doc[at + 1:]:
        hit = states.at(t)
        if hit is not None and hit[1] in ("state", "norp"):
            if not codes or hit[0] != codes[-1]:
                codes.append(hit[0])
            last = t.i
        elif normalise(t.text) in _EACH_FILLERS or t.pos_ in ("DET", "PROPN") or (t.text == "," and codes):
            continue
        else:
            break
    return (list(dict.fromkeys(codes)), last) if len(set(codes)) > 1 else None


_EACH_FILLERS = {"from", "of", "at", "in", "the", "and", "embassy", "embassies", "mission", "missions", "consulate",
                 "consulates", "legation", "legations"}


def _listed_nationalities(noun, states: States) -> list[str]:
    """"the German, American and Nigerian ambassadors": nationalities coordinated before one plural noun
    with no number anywhere in the phrase (a number per nationality is a group of its own)."""
    if noun.tag_ not in ("NNS", "NNPS") or any(number_of(t) is not None for t in noun.subtree):
        return []
    mods = list(noun.children) + [d for c in noun.children if c.dep_ == "compound" for d in c.children]
    norps = sorted((c for c in mods if c.dep_ in ("amod", "compound") and c.i < noun.i
                    and (states.at(c) or ("", ""))[1] == "norp"), key=lambda c: c.i)   # (on "charges" of "charges d'affaires")
    codes = (_conjoined(norps[0], states, "norp") or []) if norps else []
    for before, mod in zip(norps, norps[1:]):   # "the French, German and American ambassadors": the parser hangs
        if before.i + 1 < len(noun.doc) and noun.doc[before.i + 1].text == ",":   # each on the noun, commas between
            codes += _conjoined(mod, states, "norp") or []
        else:
            break
    return list(dict.fromkeys(codes)) if len(set(codes)) > 1 else []


def _one_per_post(noun) -> bool:
    """A title each state has one of at a post, in the plural: "ambassadors", "chargés d'affaires", "top diplomats";
    not when other people are joined to it ("the ambassadors and diplomats of A, B and C": how many is not said)."""
    words = [normalise(t.text) for t in noun.lefts if t.dep_ in ("compound", "amod") and t.i == noun.i - 1] + \
        [normalise(noun.text)]
    if any(c.dep_ == "conj" and normalise(c.text) not in HEADS_OF_MISSION for c in noun.children):
        return False
    return " ".join(words) in HEADS_OF_MISSION or normalise(noun.text) in HEADS_OF_MISSION


def _noun_after_bare_number(trigger, number):
    """"expelling 60 American and 50 British diplomats" as the parser may read it: the first number alone the verb's
    object, the noun with the nationalities hung on the verb apart ("diplomats" an adverbial). The noun, when the
    number is a bare object and the word right after it modifies a noun of the verb after it; else None."""
    if number.pos_ != "NUM" or number.dep_ != "dobj" or any(True for _ in number.children) or \
            number.i + 1 >= len(number.doc):
        return None
    after = number.doc[number.i + 1]
    noun = after.head
    if after.dep_ != "amod" or noun.head != trigger or noun.i <= number.i or \
            noun.dep_ not in ("npadvmod", "dobj", "appos", "conj", "attr") or noun.pos_ != "NOUN":
        return None
    return noun


def owner_groups(trigger, noun, states: States) -> Optional[list[tuple[str, int, bool]]]:
    """[(owner state, count, at_least)], one per state, in text order; None unless the phrase holds
    groups of at least two states, each with a count ("four diplomats from each of Germany, Poland
    and France": each state with the one count), or one list of states after "of"/"from" (no count for any).""" 
    each = _each_of(trigger, noun, states)
    if len(each) > 1:
        count, at_least = _head_count(noun)
        return [(code, count, at_least) for code in each] if count is not None else None
    listed = _listed_owners(trigger, noun, states) or _listed_nationalities(noun, states)
    if len(listed) > 1 and _head_count(noun)[0] is None and _one_per_post(noun):   # "the German and Nigerian ambassadors"
        return [(code, 1, False) for code in listed] + _counted_after_list(trigger, noun, listed, states)
    if len(listed) > 1:   # "diplomats from Sweden, Poland and Germany": how many of each is not said
        return [(code, None, False) for code in listed] + _counted_after_list(trigger, noun, listed, states)
    if _passive(trigger) and any(c.dep_ == "prep" and normalise(c.text) == "from" for c in trigger.children):
        return None   # "four diplomats were expelled from Italy and three from France": "from" names who expels
    lo = noun.left_edge.i
    noun = _noun_after_bare_number(trigger, noun) or noun   # "expelling 60 American and 50 British diplomats"
    later = later_groups(trigger, noun, states)
    hi = _phrase_end(trigger, noun, later)
    if hi <= noun.i and not any(_owner(t, states) for t in noun.lefts):
        return None
    groups: list[list] = []   # [owner, count, at_least, marker token]
    current = [None, None, False, None]
    done = -1   # the last token a distributed "one each from A, B and C" has read
    for t in noun.doc[lo:hi + 1]:
        if t == trigger or _skipped(t, noun, trigger, later) or t.i <= done:
            continue
        n = number_of(t) if t.pos_ == "NUM" or t.dep_ in ("nummod", "conj", "appos") else None
        spread = _one_each(t, states) if n is not None else None
        if spread is not None:   # "and one each from the embassies of Denmark, France and Belgium"
            codes, done = spread
            if current[0] is not None or current[1] is not None:
                groups.append(current)
            groups += [[code, n, False, None] for code in codes]
            current = [None, None, False, None]
            continue
        if n is not None and not (t.i > 0 and t.doc[t.i - 1].text == "(") and n < 10000:
            if current[0] is not None or current[1] is not None:
                groups.append(current)
                current = [None, None, False, None]
            current[1] = n
            current[2] = any(normalise(q.text) in ("more", "over", "least") for q in t.subtree)
            continue
        owner = _owner(t, states)
        if owner is None:
            continue
        if current[0] is None:
            current[0], current[3] = owner, t
        elif current[0] != owner:
            groups.append(current)
            current = [owner, None, False, t]
    if current != [None, None, False, None] or done < 0:
        groups.append(current)
    if len(groups) >= 3 and groups[0][0] is None and groups[0][1] is not None and \
            all(o is not None and n is not None and m is not None and (states.at(m) or ("", ""))[1] == "norp"
                for o, n, _, m in groups[1:]) and sum(n for _, n, _, _ in groups[1:]) == groups[0][1]:
        groups = groups[1:]   # "three diplomats--two Cubans and one Vietnamese": a total, then their nationalities
        # (a total then states, "ten diplomats of the Baltic states - three each from A and B", is total_breakdown's)
    merged: list[list] = []
    for owner, count, at_least, marker in groups:
        if marker is not None and _not_diplomats(marker, noun, states):
            continue   # "two Russian diplomats and a German journalist": the journalist is no expulsion
        if count is None and marker is not None:   # "the German ambassador": the count of its noun
            head = marker.head if marker.dep_ != "pobj" else marker.head.head
            while head.pos_ == "ADJ" and head.dep_ == "amod" and head.head != head:
                head = head.head   # "a Costa Rican diplomat", "a West German secretary": the name's words on the noun
            if _mission(head) and head.tag_ in ("NN", "NNP") and head.dep_ == "pobj" and \
                    normalise(head.head.text) in _OWNER_PREPS and head.head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head.head   # "a driver of the Freedonian embassy": the driver counts, not the embassy
            count, at_least = _head_count(head) if head.pos_ in ("NOUN", "PROPN") else (None, False)
        if count is None:
            return None
        if owner is None:
            if not merged:
                return None
            merged[-1][1] += count
            merged[-1][2] = merged[-1][2] or at_least
            continue
        same = next((g for g in merged if g[0] == owner), None)
        if same is not None:
            same[1] += count
            same[2] = same[2] or at_least
        else:
            merged.append([owner, count, at_least])
    if len(merged) < 2:
        return None
    return [(o, c, a) for o, c, a in merged]


def total_breakdown(trigger, noun, states: States) -> Optional[list[tuple[str, int, bool]]]:
    """"expelled ten diplomats of the Baltic states - three each from Estonia and Latvia and four from
    Lithuania", "ten diplomats from the three Baltic republics, including three each from ...": a count of
    people of no one state, then groups after it, each with a number and a state after "from"/"of" (or a
    nationality), whose numbers add up to the first count. [(state, count, False)] in text order; None
    unless there are two states or more and the sum is exact."""
    total, _ = _head_count(noun)
    end = _own_end(noun)
    if total is None or total < 2 or any(_owner(t, states) for t in noun.subtree if t.i <= end):
        return None
    groups: list[list] = []   # [owner, count]
    done = -1
    for t in noun.doc[end + 1:max(trigger.right_edge.i, noun.right_edge.i) + 1]:
        if t.pos_ in ("VERB", "AUX") and normalise(t.text) != "including":
            break   # another clause: the breakdown, if any, is over
        if t.i <= done:
            continue
        n = number_of(t) if t.pos_ == "NUM" else None
        if n is not None and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and \
                (normalise(t.head.text) in STATE_PLURALS or not diplomatic(t.head, states)):
            continue   # "the three Baltic republics": no people (also "the three states, including three diplomats")
        if n is not None:
            spread = _one_each(t, states)
            if spread is not None:   # "three each from Estonia and Latvia"
                codes, done = spread
                groups += [[code, n] for code in codes]
                continue
            if groups and groups[-1][1] is None:
                return None
            groups.append([None, n])
            continue
        owner = _owner(t, states)
        if owner is None:
            continue
        if not groups or groups[-1][0] is not None and groups[-1][0] != owner:
            return None   # a state with no number of its own: not a breakdown
        groups[-1][0] = owner
    if len(groups) < 2 or any(o is None or n is None for o, n in groups) or len({o for o, _ in groups}) < 2:
        return None
    return [(o, n, False) for o, n in groups] if sum(n for _, n in groups) == total else None


_BREAKDOWN_OPENERS = ("–", "—", "-", ":", "including")


def _own_end(noun) -> int:
    """The last token of the noun's own phrase, before a dash, a colon or "including" that the parser hung inside
    it and that opens its breakdown ("ten diplomats of the Baltic states – three each from Estonia and Latvia ...",
    "ten diplomats from the three states, including three each from ..."): the states after it are the groups',
    not the phrase's own owner. A number in apposition opens it too: the dashes of an aside come to the parser as
    commas ("ten diplomats of the Baltic states, three each from ..."). A hyphen inside a word opens nothing."""
    for t in noun.subtree:
        if t.i > noun.i and ((t.tag_ != "HYPH" and normalise(t.text) in _BREAKDOWN_OPENERS) or
                             (t.dep_ == "appos" and t.pos_ == "NUM")):
            return t.i - 1
    return noun.right_edge.i


def several_nationalities(noun, states: States) -> list[str]:
    """"10 Lithuanian, Latvian and Estonian diplomats", "10 employees of the Lithuanian, Latvian and Estonian
    diplomatic missions": the states of coordinated nationalities before a plural people noun, or before the
    plural mission noun after its "of"; [] unless two states or more (the parser hangs such lists on the noun as
    nmod, amod or compound, and the rest as conjuncts of the first)."""
    antecedents = whose_antecedents(noun, states)
    if len(antecedents) > 1:
        return antecedents   # "Britain and France, whose diplomats were expelled": each state's own
    holders = [noun] + [o for _, o in _prep_objects(noun, "of") if _mission(o)]
    first = []
    kind = (states.at(noun) or ("", ""))[1]
    if kind == "norp" or kind == "state" and noun.pos_ == "PROPN":   # "expelled Lithuanian, Latvian and Estonian
        first = [noun]   # diplomats" (or "European Union and Canadian diplomats") parsed as the first nationality
        holders = [c for c in noun.children if c.dep_ == "conj" and c.tag_ in ("NNS", "NNPS")][:1]   # the object, the
        # people its conjunct
    for holder in holders:
        if holder.tag_ not in ("NNS", "NNPS"):
            continue
        todo = first + [c for c in holder.children if c.dep_ in ("amod", "compound", "nmod") and c.i < holder.i
                        and (states.at(c) or ("", ""))[1] == "norp"]
        codes = []
        while todo:
            t = todo.pop(0)
            hit = states.at(t)
            if hit is not None and (hit[1] == "norp" or t in first):
                codes.append(hit[0])
                todo += [c for c in t.children if c.dep_ == "conj" and c not in holders]
        codes = list(dict.fromkeys(codes))
        if len(codes) > 1:
            return codes
    return []


def owner_after_the_last(noun, states: States) -> Optional[str]:
    """"16 diplomats and four technical staff of the Czech Embassy", "the first secretary, the military attache and
    two clerks of the Freedonian embassy" (a list the parser begins as an apposition): the state of a mission (or a
    state) after "of"/"from" on the last of coordinated people is whose they all are, when none of them has an owner
    of its own (a title with "the" alone, "the first secretary", names none); None otherwise."""
    last, conjuncts = noun, []
    while True:
        nxt = [c for c in last.children if c.dep_ == "conj" or c.dep_ == "appos" and _titles_listed(last, c)]
        if not nxt:
            break
        last = nxt[-1]
        conjuncts.append(last)
    if not conjuncts or any(_whose(t, states)[0] not in (None, THE + normalise(t.text)) for t in [noun] + conjuncts[:-1]):
        return None
    for _, obj in _prep_objects(last, "of", "from"):
        hit = states.at(obj)
        if _mission(obj) or (hit is not None and hit[1] == "state"):
            whose = _whose(obj, states)[0] if _mission(obj) else hit[0]
            if whose is not None and not whose.startswith("@"):
                return whose
    return None
