"""How many people an expelled noun phrase names: numbers in words or digits, the head's own count,
and the sum over a coordination ("the consul and two of his staff"), read from the parse."""
from __future__ import annotations

from typing import Optional

from transforms.expulsions.lexicon import ALL_BUT_BEFORE
from transforms.expulsions.parse_words import ADDED_PEOPLE, COLLECTIVE_NOUNS, MISSION_FAMILY, MISSION_SERVICE, MISSIONS, PERSONNEL, States, _prep_objects, \
    normalise
from transforms.expulsions.rank_lists import ranks_listed
from transforms.expulsions.people import _is_personnel, _weak, diplomatic, diplomats_beside_role, owned_staff, role_of_no_diplomat
from transforms.expulsions.trailing_people import trailing_people
from transforms.expulsions.coordinated_people import _the, _titles_listed, group_of


_NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUM_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                   "ninety": 90, "hundred": 100, "couple": 2, "pair": 2, "dozen": 12})


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


def _rank(tok) -> bool:
    """"the No. 2 diplomat", "the number two official": a place in the embassy's order, one person."""
    doc, k = tok.doc, tok.i - 1
    if k < 0:
        return False
    if doc[k].text == "." and k > 0:
        return normalise(doc[k - 1].text) == "no"
    return normalise(doc[k].text) == "number" or doc[k].text == "No." or (doc[k].text == "No" and tok.text.isdigit())


def _all_but(tok) -> bool:
    """"all but two Freedonian diplomats", "all except one": the number is who stays."""
    doc = tok.doc
    return any(tok.i - len(ph) >= 0 and tuple(normalise(t.text) for t in doc[tok.i - len(ph):tok.i]) == ph
               for ph in ALL_BUT_BEFORE)


def _head_count(noun) -> tuple[Optional[int], bool]:
    """(count, at_least) of one noun: its nummod ("two officials", "more than 50 diplomats"), one for a
    singular with a determiner or title, None for a bare or quantified plural."""
    for c in noun.children:
        if c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and number_of(c) is not None):
            n = number_of(c)
            if n is not None and _all_but(c):
                return None, False
            if n is None or _list_marker(c) or _rank(c):
                continue
            at_least = any(normalise(q.text) in ("more", "over", "least") and q.i < c.i for q in c.subtree)   # not "five more"
            return n, at_least
    n = number_of(noun)
    if n is not None:
        return n, False
    inner = _number_inside(noun)
    if inner is not None:
        return inner, False
    for c in noun.children:   # "the two Freedonian embassy employees": the parser hangs "two" on "embassy"
        if c.dep_ == "compound" and c.i < noun.i and normalise(c.text) in MISSIONS and noun.tag_ in ("NNS", "NNPS"):
            nums = [number_of(d) for d in c.children if d.dep_ == "nummod" and number_of(d) is not None]
            if len(nums) == 1:
                return nums[0], False
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is not None and noun.tag_ in ("NNS", "NNPS") and before.head.i == before.i - 1 \
            and before.head.dep_ in ("advmod", "prt") and number_of(before) is not None:
        return number_of(before), False   # "ordered home 80 Soviet diplomats": the parser hangs "80" on "home"
    if noun.dep_ == "compound" and normalise(noun.head.text) == "home" and noun.i == noun.head.i - 1:
        nums = [number_of(c) for c in noun.head.children if c.dep_ == "nummod" and number_of(c) is not None]
        if len(nums) == 1:   # "sent two Bulgarians home" as the parser may read it: "two ... home" one noun
            return nums[0], False
    named = _names_after_title(noun)
    if named is not None:
        return named, False   # "and envoys Pavel Sidorov and Oleg Popov": two
    if (noun.tag_ in ("NNS", "NNPS") and not _singular_title(noun)) or normalise(noun.text) in ("staff", "personnel"):
        return None, False
    if any(normalise(c.text) in ("all", "some", "several", "other", "many") for c in noun.children):
        return None, False
    if normalise(noun.text) in COLLECTIVE_NOUNS or normalise(noun.text) in MISSIONS and noun.dep_ != "compound":
        return None, False   # "The group ... was given 72 hours to get out", "the diplomatic mission was
        # expelled": a group, a whole mission, is not one person (but "the European Commission envoy" is one)
    return 1, False


def _names_after_title(noun) -> Optional[int]:
    """How many names a plural title with no number of its own is followed by ("envoys Pavel Sidorov and Oleg
    Popov", "the attaches, Ivan Petrov and Oleg Popov"; the parser hangs the first name on the title as its
    apposition or object, and the tagger may read the title as a verb): the people are the names, two or more;
    else None."""
    plural = noun.tag_ in ("NNS", "NNPS") or noun.tag_ == "VBZ" and normalise(noun.text)[:-1] in PERSONNEL
    if not plural or any(c.dep_ in ("nummod", "det", "quantmod") and number_of(c) is not None
                                                for c in noun.children):
        return None
    for c in noun.children:
        if c.dep_ in ("appos", "dobj") and c.pos_ == "PROPN" and c.i > noun.i and \
                all(t.pos_ in ("PROPN", "PUNCT") for t in noun.doc[noun.i + 1:c.left_edge.i + 1] if t != noun):
            names = [c] + [d for d in c.subtree if d.dep_ == "conj" and d.pos_ == "PROPN"]
            return len(names) if len(names) >= 2 else None
    return None


_AMOUNTS = frozenset({"number", "amount", "quantity", "total"})


def number_after_dash(noun) -> Optional[int]:
    """"expels Russian diplomats – 23 have a week to leave": a bare number (no noun of its own, no year) right after
    a dash that closes uncounted people counts them; else None."""
    doc, k = noun.doc, noun.right_edge.i + 1
    if noun.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in noun.children) or \
            k + 1 >= len(doc) or doc[k].text not in ("–", "—", "-", "--"):
        return None
    n = number_of(doc[k + 1]) if doc[k + 1].pos_ == "NUM" and doc[k + 1].dep_ != "nummod" else None
    return n if n is not None and not 1000 <= n <= 2100 else None


def number_in_amount(verb) -> Optional[int]:
    """"were expelled ... in (the) number of 15 persons", "in the amount of 15 people": how many, told on the verb
    as a translation may tell it; else None."""
    for p in verb.children:
        if p.dep_ != "prep" or normalise(p.text) != "in":
            continue
        for amount in p.children:
            if amount.dep_ != "pobj" or normalise(amount.text) not in _AMOUNTS:
                continue
            for of in amount.children:
                if of.dep_ == "prep" and normalise(of.text) == "of":
                    for o in of.children:
                        n = number_of(o) if o.pos_ == "NUM" else next(
                            (number_of(c) for c in o.children if c.dep_ == "nummod" and number_of(c) is not None), None)
                        if n is not None and not 1000 <= n <= 2100:
                            return n
    return None


_INSIDE_NP = ("nummod", "npadvmod", "quantmod", "preconj", "det", "amod", "compound")


def _number_inside(noun) -> Optional[int]:
    """A number the parser hung inside the noun phrase but not on the noun: "a dozen Thai diplomats"
    ("dozen" on "Thai"), "some forty Chinese diplomats" ("forty" on "some"). Only a number whose path to
    the noun runs through the phrase's own modifiers (never a prepositional phrase), and only one; not a
    year or a list marker."""
    found = []
    for d in noun.subtree:
        if d.i >= noun.i or d.head == noun and d.dep_ in ("nummod", "quantmod") or _list_marker(d):
            continue
        n = number_of(d)
        if n is None or 1000 <= n <= 2100 or normalise(d.text) in ("a", "an"):
            continue
        h, ok = d, True
        while h != noun:
            if h.dep_ not in _INSIDE_NP:
                ok = False
                break
            h = h.head
        if ok:
            found.append(n)
    return found[0] if len(found) == 1 else None


def _singular_title(noun) -> bool:
    """"the chargé d'affaires" (or, garbled, "the charge affaires"): one person, though the tagger reads the last
    word as a plural."""
    return normalise(noun.text) in ("d'affaires", "affaires") and \
        any(c.dep_ == "compound" and normalise(c.text) in ("charge", "chargé") for c in noun.children)


_SHARES = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "most", "majority", "bulk", "rest",
                     "remainder", "part"})


def count_of(noun, states: States) -> tuple[Optional[int], bool, object]:
    """(count, at_least, the noun that names the people) of the expelled phrase headed by noun."""
    base = noun
    n = number_of(noun)
    shared = _shared_number(noun, states)
    if shared is not None:
        return shared
    told = _apposed_count(noun, states)
    if told is not None:   # "the entire staff of the Russian embassy, 34 people in all"
        return told, False, noun
    if n is None and normalise(noun.text) == "both" and _prep_objects(noun, "of"):
        n = 2   # "both of the attachés"
    if normalise(noun.text) in _SHARES and _prep_objects(noun, "of"):
        return None, False, _prep_objects(noun, "of")[0][1]   # "half of the staff": a share, no headcount
    if normalise(noun.text) == "total" and _prep_objects(noun, "of"):   # "a total of 16 Russian diplomats"
        return count_of(_prep_objects(noun, "of")[0][1], states)
    apposed = apposed_number(noun)
    if apposed is not None:   # "the largest number of Freedonian diplomats, 60", "the most diplomats, 60"
        inner = _prep_objects(noun, "of") if normalise(noun.text) in COLLECTIVE_NOUNS else []
        return apposed[0], apposed[1], inner[0][1] if inner else noun
    if normalise(noun.text) in COLLECTIVE_NOUNS and _prep_objects(noun, "of"):
        return None, False, _prep_objects(noun, "of")[0][1]   # "the same number of Russians", "a list of"
    if n is not None or normalise(noun.text) in ("one", "each"):   # "5 of our people", "the departure of one"
        inner = [p for prep, p in _prep_objects(noun, "of")]
        if normalise(noun.text) == "each":
            return None, False, noun
        base = inner[0] if inner else (fronted_whole(noun) or noun)   # "Of the 40 X diplomats, Y expelled 12"
        if not inner and normalise(noun.text) == "one":   # "the departure of one": one of those named before
            base = next((t for t in reversed(noun.doc[max(noun.i - 30, noun.sent.start):noun.i])
                         if t.pos_ == "NOUN" and (_is_personnel(t, states) or _weak(t))), noun)
        return (n if n is not None else 1), False, base
    total, at_least = 0, False
    people = [t for t in group_of(noun) if (_is_personnel(t, states) or _weak(t) or t == noun or _some_of_people(t, states)
              or owned_staff(t) or _serving_beside(t, noun, states) or _named_beside(t, noun, states))
              and (t == noun or gapped_people(t, states) is None and not _gapped_each(t))]
    people += along_with(noun, states)
    beside = diplomats_beside_role(noun, states)   # "the Freedonian president and two Freedonian diplomats": the two
    people, base = ([t for t in people if t != noun], beside) if beside is not None else (people, base)
    people = [t for t in people if t == noun or not role_of_no_diplomat(t)]   # "... and the defence minister"
    people += [t for t in trailing_people(noun, states) if t not in people]   # "..., and the diplomatic staff"
    if _is_personnel(noun, states) and states.at(noun) is None and noun.tag_ == "NNS" and \
            any(c.dep_ == "nummod" for c in noun.children):   # "eight Iraqi diplomats and 67 other Iraqis living in
        # Britain": no more diplomats (but "Ambassador X and seven other Ruritanians" are his staff)
        people = [t for t in people if t == noun or not _other_nationals(t, states)]
    for t in people:
        if states.at(t) is not None and states.at(t)[1] == "person" and t != noun and \
                any(p == t.head for p in people):
            continue
        c, al = (number_of(t), False) if t != noun and _some_of_people(t, states) else _head_count(t)
        if c is None and t != noun and t.dep_ == "conj" and noun.tag_ == "NNS" and \
                (t.tag_ in ("NNS", "NNPS") or normalise(t.text) in ("staff", "personnel")) and \
                (any(d.dep_ == "nummod" for d in noun.children) or _number_inside(noun) is not None) and \
                not any(d.dep_ in ("det", "nummod", "poss") or (d.dep_ == "compound" and d.tag_ != "NN") or
                        (d.dep_ == "amod" and (states.at(d) is not None or number_of(d) is not None))
                        for d in t.children):
            continue   # "47 Soviet diplomats and officials", "25 diplomats and embassy staff": the whole coordination
        if c is None:
            return None, al, base
        total += c
        at_least = at_least or al
    return (total or None), at_least, base


_NATIONALS = frozenset({"nationals", "citizens", "residents", "people", "persons"})
_SHORT_OF = frozenset({"short", "minus", "less"})   # "short one diplomat": who is missing, not counted


def _named_beside(t, noun, states: States) -> bool:
    """"Air Attaches Ivan Pupyshev and Andrei Gudkov": a named person joined to a named person the people's title
    names is one more of them."""
    return t != noun and t.dep_ == "conj" and t.head == noun and noun.pos_ == "PROPN" and t.pos_ == "PROPN" and \
        states.at(t) is None and any(c.dep_ == "compound" and _is_personnel(c, states) for c in noun.children)


def _serving_beside(t, noun, states: States) -> bool:
    """"The seven diplomats and one security guard were ordered to leave", "four diplomats and two diplomatic wives",
    "the first secretary, the military attache and two clerks", "the attache, a counsellor and two clerks": one who
    serves the mission, or a spouse of its people, counted, joined to counted diplomats, to one diplomat's title with
    "the" or to a list of posts (rank_lists.py), is one more of the people expelled."""
    joined = t.head   # (the people the noun heads, or a title the parser hung on it as a listed apposition)
    return t != noun and t.dep_ == "conj" and normalise(t.text) in MISSION_SERVICE | MISSION_FAMILY and \
        any(c.dep_ == "nummod" for c in t.children) and _is_personnel(joined, states) and \
        (any(c.dep_ == "nummod" for c in joined.children) or joined.tag_ == "NN" and _the(joined) or
         joined.dep_ == "appos" and ranks_listed(joined.head, joined)) and \
        (joined == noun or joined.dep_ == "appos" and joined.head == noun and _titles_listed(noun, joined) or
         joined.dep_ == "conj" and joined.head == noun and _is_personnel(noun, states))


def _apposed_count(noun, states: States) -> Optional[int]:
    """"expelled the entire staff of the Russian embassy, 34 people in all", "the whole Russian mission - 34
    diplomats": people of no number of their own, counted by a people noun set beside them; else None."""
    if any(c.dep_ == "nummod" for c in noun.children) or number_of(noun) is not None:
        return None
    for a in noun.children:
        if any(normalise(c.text) in _SHORT_OF for c in a.children if c.dep_ in ("amod", "advmod", "quantmod")):
            continue   # "The group, short one diplomat who was visiting ...": the one the group lacks
        if a.dep_ == "appos" and a.pos_ == "NOUN" and (normalise(a.text) in _NATIONALS or _is_personnel(a, states)
                                                       or _weak(a)):
            nums = [number_of(c) for c in a.children if c.dep_ == "nummod" and not _prep_objects(c, "of")]
            # ("the Freedonian diplomats, two of them military attaches": some of them, not all)
            if len(nums) == 1 and nums[0] is not None:
                return nums[0]
    return None


def fronted_whole(number):
    """"Of the 40 Freedonian diplomats in Strelsau, Ruritania expelled 12": the people a bare number (the subject or
    object of the verb) is some of, named in an "of" phrase that opens the sentence on the same verb; else None."""
    verb = number.head
    if number.pos_ != "NUM" or number.dep_ not in ("dobj", "nsubj", "nsubjpass") or not hasattr(verb, "sent"):
        return None
    opening = next((c for c in verb.children if c.dep_ == "prep" and normalise(c.text) == "of" and
                    c.i == verb.sent.start and c.i < number.i), None)
    return next((o for o in opening.children if o.dep_ == "pobj"), None) if opening is not None else None


_ABOUT = frozenset({"more", "over", "about", "some", "nearly", "almost", "around"})


def apposed_number(noun) -> Optional[tuple[int, bool]]:
    """(count, at_least) of a bare number set beside plural people or a collective noun of them that have no number
    of their own ("expelled the largest number of Freedonian diplomats, 60", "the most diplomats, 60", "a group of
    diplomats, 12 in all"); None otherwise: a person's age ("Ivan Petrov, 60"), a number that counts something else
    ("two of them") or a year."""
    if noun.tag_ not in ("NNS", "NNPS") and normalise(noun.text) not in COLLECTIVE_NOUNS or \
            any(c.dep_ == "nummod" for c in noun.children) or number_of(noun) is not None:
        return None
    for a in noun.children:
        n = number_of(a) if a.dep_ == "appos" and a.pos_ == "NUM" and a.i > noun.i else None
        if n is None or n >= 1000 or any(c.dep_ not in ("quantmod", "advmod", "punct") and not (
                c.dep_ == "prep" and normalise(c.text) == "in" or c.dep_ == "amod" and normalise(c.text) in _ABOUT)
                for c in a.children):   # ("60 in all", "more than 60", "about 60")
            continue
        return n, any(normalise(c.text) in ("more", "over", "least") for c in a.subtree if c.i < a.i)
    return None


def _gapped_each(t) -> bool:
    """"..., and Ireland, Croatia and Estonia one each": a number with a distributive "each", after states joined
    to the people, is the count of each of those states, no more of the people before."""
    return number_of(t) is not None and (any(normalise(c.text) == "each" for c in t.children) or
                                         t.i + 1 < len(t.doc) and normalise(t.doc[t.i + 1].text) == "each")


def _other_nationals(t, states: States) -> bool:
    """"67 other Iraqis", after diplomats: people of the nationality "other" than the diplomats, no diplomats."""
    nationality = states.at(t) is not None and states.at(t)[1] == "norp" or normalise(t.text) in _NATIONALS
    return nationality and any(
        c.dep_ == "amod" and normalise(c.text) == "other" for c in t.children)


def gapped_people(t, states: States):
    """"Quito expelled the Venezuelan ambassador and Caracas the Ecuadorian charge d'affaires": a state
    (or its capital) conjoined to the people, with people of its own in apposition, is a second act with
    the verb left out; the people it expelled, else None."""
    hit = states.at(t)
    if t.pos_ != "PROPN" or t.dep_ != "conj" or hit is None or hit[1] not in ("state", "capital"):
        return None
    hung = [a for a in list(t.children) + list(t.head.children) if a.dep_ == "appos"]   # or on the first people
    hung += [a for a in t.head.head.children if a.dep_ == "dobj" and a != t.head]   # or a second object of the verb
    return next((a for a in hung if a.i > t.i and _is_personnel(a, states)), None)


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
        if head.pos_ in ("VERB", "AUX") and _some_of_people(c, states) and (c.dep_ == "conj" or (
                c.dep_ == "dep" and c.i > head.i and normalise(c.doc[c.i - 1].text) == "and")):
            out.append(c)   # "sent home the consul and two of his staff", the number hung on the verb (also
            # as a bare "dep" after a name: "expelled the consul, Jorge Salinas, and three of his aides")
        if head.pos_ in ("VERB", "AUX") and c.dep_ == "dobj" and _after_as_well_as(c) and _is_personnel(c, states):
            out.append(c)   # "expelled the ambassador as well as two other diplomats": the parser makes the
            # second group another object of the verb
    others = _others_after(head, states)
    return out + ([others] if others is not None else [])


def _after_as_well_as(t) -> bool:
    """Whether "as well as" (on the verb, as the parser hangs it) stands right before t's phrase."""
    k = t.left_edge.i
    return k >= 3 and [normalise(w.text) for w in t.doc[k - 3:k]] == ["as", "well", "as"]


def _others_after(head, states: States):
    """"the expulsion from Ruritania of Ambassador X and seven other representatives" with the conjunct hung on
    another noun: people right after "and" (after the comma that closes an apposition to head) that "other" says
    are more of the same group as head."""
    k = head.right_edge.i + 1
    doc = head.doc
    if k + 1 < len(doc) and doc[k].text == "," and any(c.dep_ == "appos" for c in head.children):
        k += 1   # "the charge d'affaires, Syria's most senior diplomat in London, and two other diplomats"
    if k + 1 >= len(doc) or normalise(doc[k].text) != "and" or doc[k].head == head:
        return None
    t = next((w for w in doc[k + 1:min(k + 6, len(doc))] if w.left_edge.i == k + 1 and w.dep_ == "conj"), None)
    if t is None or t.head == head or not any(c.dep_ == "amod" and normalise(c.text) == "other" for c in t.children) \
            or not (_is_personnel(t, states) or _weak(t)):
        return None
    return t


def people_on_trigger_noun(noun, states: States) -> list:
    """"Managua's ouster of the U.S. envoy and seven of his aides" as the parser may read it: "seven of his
    aides" a conjunct of the trigger noun itself, not of the people; those are more of the people expelled
    (also "the expulsion of the deputy military attaché in Prague, and another Russian embassy official", "... and
    two other diplomats"); so are those conjoined to the status ("declared the ambassador persona non grata, as
    well as three other officials")."""
    return [c for c in noun.children if c.dep_ == "conj" and c.i > noun.i and
            (_some_of_people(c, states) or _another_of_them(c, states) or _others_of_them(c, states))]


def _others_of_them(t, states: States) -> bool:
    """"and two other diplomats" conjoined to the expulsion noun ("the expulsion of the charge d'affaires - the
    most senior diplomat in London - and two other diplomats"): more of the people named before."""
    return number_of(t) is None and any(c.dep_ == "nummod" for c in t.children) and \
        any(c.dep_ == "amod" and normalise(c.text) == "other" for c in t.children) and (_is_personnel(t, states) or _weak(t))


def _another_of_them(t, states: States) -> bool:
    """"another Russian embassy official", "a further diplomat": one more person of the people named before."""
    return t.pos_ == "NOUN" and t.tag_ == "NN" and diplomatic(t, states) and \
        any(c.dep_ in ("det", "amod") and normalise(c.text) in ADDED_PEOPLE and c.i < t.i for c in t.children)



def stranded_conjunct(people, predicate, states: States) -> bool:
    """"declared the Iraqi Ambassador and an attache persona non grata" as the parser may read it: the "and"
    left on the people with no conjunct after it, and the conjunct ("an attache") made a part of the predicate
    ("attache persona"). One more person than the people's own count."""
    if people is None or predicate is None or any(c.dep_ == "conj" for c in people.children) or \
            not any(c.dep_ == "cc" and c.i > people.i for c in people.children):
        return False
    return any(c.dep_ == "compound" and people.i < c.i < predicate.i and _is_personnel(c, states)
               for c in predicate.children)
