"""Words at the edges of a model's span that belong to the sentence, not to the name.

The model sometimes takes a word on either side of a name into its span:

* an indefinite article that opens a sentence: "An Indian External Affairs Ministry statement
  said ..." names the ministry, "A Soviet Embassy spokesman" the embassy. "A"/"An" is never the
  first word of such a name; a person's span is left alone ("An Chang-ho" is a Korean name), and so
  is a span the gazetteer knows whole ("A Coruña").
* a preposition that opens a sentence: "Following Bratislava's expulsion of three diplomats" names
  Bratislava, "After Moscow's reply" Moscow; only where what is left is a country or town the gazetteer
  matched on its own.
* a word that opens a sentence before "the": "Later the Foreign Affairs Ministry said ..." names the
  ministry; a name of the model's goes on after its first word with "the" only as a person's byname
  ("Alexander the Great"), so a person's span is left alone, and so is one the gazetteer knows whole.
* a word in lower case after a place's name: "travelled to the Czech Republic days before" is
  the Czech Republic. Only where what is left is a country or town the gazetteer matched on its own
  ("Gulf states", "Baltic states" stay as they are: no state is called "Gulf").

An envoy's host run into the envoy's name: "British Ambassador to Beijing Caroline Wilson" read as one
body, "Beijing Caroline Wilson". Where a title word and "to" stand before the span, a place the
gazetteer matched opens it and two or more capitalised words follow, the place is the host and the
words after it a person's name.

A body's name the model ended before "of" and its state: "the Reserve Bank of Zimbabwe" read as
"Reserve Bank". Where a body's head word (bank, council, court, ...: `_HEADS_BEFORE_OF`) ends the span
and "of" and a country the gazetteer matched follow, the country is the end of the body's name. Bodies
a state acts by (its government, embassy, parliament) are left as they are: what they say is the state's.

A name the model cut off after a function word: "act with the Group of Seven" read as "the Group
of". Where the span ends in "of", "and", "for" or "the" and a name the gazetteer matched begins inside
it and runs past its end, the span ends where the gazetteer's name begins (nothing is left of "the Group
of" but "the", so the gazetteer's "Group of Seven" stands alone).

A town and its state after a comma read as one body or one person: "held at Placencia, Belize on 16
February". Where a country the gazetteer matched ends the span after a comma, and one to three capitalised
words, none a body's, stand before the comma, those words are a place of their own and the country another
("Bank Negara, Malaysia" and "Ministry of Foreign Affairs, Belize" stay whole).

And a person's name the model cut in two: "Mr. Valeriy Nikolayevich Ivanov" read as "Valeriy
Nikolayevich" and "Ivanov", two people's spans with nothing but a space between them in one sentence,
is one name (news never runs two people's names together without a comma or a word).

All read token shapes and the gazetteer's own spans only, before the model's and the gazetteer's
spans are merged, so the span that is left can agree with the gazetteer's.
"""
from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Doc

from gazetteer.given_names import is_title_word
from gazetteer.org_names import GENERIC_WORDS

_INDEFINITE = frozenset({"a", "an"})
_PEOPLE = frozenset({"PERSON"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_PLACE_NAMES = frozenset({"GAZ:COUNTRY", "GAZ:CITY"})


def _capitalised(token) -> bool:
    return token.text[:1].isupper()


def without_indefinite_article(doc: Doc, start: int, end: int, label: str, known: frozenset) -> int:
    """The span's start past an opening "A"/"An" before a capitalised word (see the module's doc)."""
    if label in _PEOPLE or (start, end) in known or end - start < 2:
        return start
    if doc[start].lower_ in _INDEFINITE and _capitalised(doc[start + 1]):
        return start + 1
    return start


def without_opening_word_before_the(doc: Doc, start: int, end: int, label: str, known: frozenset) -> int:
    """The span's start at "the" where the word before it opens the sentence and a capitalised word follows
    ("Later the Foreign Affairs Ministry"; see the module's doc)."""
    if label in _PEOPLE or (start, end) in known or end - start < 3 or not doc[start].is_sent_start:
        return start
    if doc[start + 1].text == "the" and _capitalised(doc[start + 2]):
        return start + 1
    return start


_OPENING_PREPOSITIONS = frozenset({"following", "after", "before", "despite", "amid", "during", "unlike",
                                   "like", "since", "without", "from", "under", "with", "against", "within"})


def without_opening_preposition(doc: Doc, start: int, end: int, places: frozenset) -> int:
    """The span's start past a sentence's opening preposition, where what is left is a place the gazetteer
    matched by itself (see the module's doc)."""
    if end - start >= 2 and doc[start].is_sent_start and doc[start].lower_ in _OPENING_PREPOSITIONS and \
            any(s == start + 1 and e <= end for s, e in places):
        return start + 1
    return start


def without_lower_case_tail(doc: Doc, start: int, end: int, label: str, places: frozenset) -> int:
    """The span's end before trailing lower-case words, where what is left is a place the gazetteer
    matched by itself (see the module's doc)."""
    if label not in _PLACE_LABELS:
        return end
    cut = end
    while cut > start + 1 and doc[cut - 1].is_alpha and doc[cut - 1].is_lower:
        cut -= 1
    first = start + 1 if doc[start].lower_ == "the" else start   # either span may open with "the"
    return cut if cut < end and any(s <= first < e == cut for s, e in places) else end


_DANGLING = frozenset({"of", "and", "for", "the"})


def without_dangling_tail(doc: Doc, start: int, end: int, known: frozenset) -> int:
    """The span's end before a name the gazetteer matched that the span cut off after a function word
    ("the Group of" before "Seven"); `end` where there is none (module doc)."""
    if end - start < 2 or doc[end - 1].lower_ not in _DANGLING:
        return end
    runs_on = [ks for ks, ke in known if start < ks < end < ke]
    return min(runs_on) if runs_on else end


def _name_word(token) -> bool:
    """A capitalised word or a middle initial ("I." in "Anatoly I. Antonov")."""
    return (token.is_alpha and token.text[:1].isupper()) or re.fullmatch(r"[A-Z]\.", token.text) is not None


def host_and_name(doc: Doc, start: int, end: int, label: str, places: frozenset) -> list:
    """The span as [(start, end, label)], or as the host place and the person's name after it, where a
    place the gazetteer matched opens it after "<Title> to" or "<Title> to the" (module doc)."""
    first = start + 1 if doc[start].lower_ == "the" else start     # the model may take "the" in
    to = first - 2 if first >= 2 and doc[first - 1].lower_ == "the" else first - 1
    if label == "PERSON" or to < 1 or doc[to].text != "to" or not is_title_word(doc[to - 1].text):
        return [(start, end, label)]
    hosts = [pe for ps, pe in places if ps == first and pe <= end - 2]
    if len(hosts) != 1 or not all(_name_word(t) for t in doc[hosts[0]:end]) \
            or not (doc[hosts[0]].is_alpha and doc[end - 1].is_alpha):
        return [(start, end, label)]
    return [(first, hosts[0], "GPE"), (hosts[0], end, "PERSON")]


_TOWN_WORDS = 3   # the most words a town's name before ", <country>" has here


def town_and_state(doc: Doc, start: int, end: int, label: str, countries: frozenset) -> list:
    """The span as [(start, end, label)], or as a town and the country after its comma (module doc)."""
    if label not in ("ORG", "FAC", "PERSON"):
        return [(start, end, label)]
    state = [s for s, e in countries if e == end and start + 1 <= s - 1 <= start + _TOWN_WORDS
             and doc[s - 1].text == ","]
    if len(state) != 1:
        return [(start, end, label)]
    comma = state[0] - 1
    town = doc[start:comma]
    if not all(t.is_alpha and _capitalised(t) and t.lower_ not in GENERIC_WORDS for t in town):
        return [(start, end, label)]
    return [(start, comma, "GPE"), (state[0], end, "GPE")]


_HEADS_BEFORE_OF = frozenset({"bank", "council", "commission", "court", "assembly", "authority", "agency",
                              "committee", "league", "group", "service", "services"})


def through_of_country(doc: Doc, start: int, end: int, label: str, countries: frozenset) -> int:
    """The body's span's end past "of <country>" where its head word ends it (module doc)."""
    if label != "ORG" or end + 1 >= len(doc) or doc[end].text != "of" or doc[end - 1].lower_ not in _HEADS_BEFORE_OF:
        return end
    after = [e for s, e in countries if s == end + 1]
    return after[0] if len(after) == 1 else end


def _runs_on(doc: Doc, end: int, start: int) -> bool:
    """Does the span ending at token `end` run straight into one starting at `start` (one space)?"""
    return (end == start and doc[end - 1].whitespace_ == " " and not doc[start].is_sent_start
            and doc[end - 1].text[:1].isupper() and doc[start].text[:1].isupper())


def joined_people(doc: Doc, ner: Sequence) -> list:
    """The model's spans with two people's spans that run into each other made one (module doc)."""
    out = []
    for s, e, lab in sorted(ner):
        if out and lab == "PERSON" and out[-1][2] == "PERSON" and _runs_on(doc, out[-1][1], s):
            out[-1] = (out[-1][0], e, lab)
        else:
            out.append((s, e, lab))
    return out


def trimmed_edges(doc: Doc, ner: Sequence, gazetteer: Sequence) -> list:
    """The model's (start, end, label) spans with sentence words cut from their edges, and a person's
    name cut in two made whole."""
    known = frozenset((s, e) for s, e, _ in gazetteer)
    places = frozenset((s, e) for s, e, lab in gazetteer if lab in _PLACE_NAMES)
    countries = frozenset((s, e) for s, e, lab in gazetteer if lab == "GAZ:COUNTRY")
    out = []
    for s, e, lab in ner:
        s = without_indefinite_article(doc, s, e, lab, known)
        s = without_opening_preposition(doc, s, e, places)
        s = without_opening_word_before_the(doc, s, e, lab, known)
        e = without_lower_case_tail(doc, s, e, lab, places)
        e = through_of_country(doc, s, e, lab, countries)
        e = without_dangling_tail(doc, s, e, known)
        if e - s == 1 and doc[s].lower_ == "the" or e <= s:
            continue   # nothing of the name left: the gazetteer's stands alone
        out += [piece for a, b, label in host_and_name(doc, s, e, lab, places)
                for piece in town_and_state(doc, a, b, label, countries)]
    return joined_people(doc, out)
