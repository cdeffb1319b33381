"""Which gazetteer names inside a longer name are names of their own (used by `recognise.merge_spans`).

A gazetteer name strictly inside a kept span is usually reported as a nested
mention: "Russia" in "the Russia-Ukraine talks", "Trump" in "the Trump
Administration", "British" in "the British Government". Some are only a piece
of the longer name and name nothing by themselves:

* inside a place the gazetteer knows whole, every piece is the place's own
  name: "Orleans" in "New Orleans", "Abbas" in "Bandar Abbas", "Papua" in
  "Papua New Guinea", "Wales" in "New South Wales";
* inside a person's name only that person is named: "Vladimir" in "Vladimir
  Putin" is no Russian city, "Douglas" in "Douglas Paal" no Manx town, and a
  known person's name in the middle of another's is a given name ("Sharif" in
  "Ahmed Sharif Chaudhry"); the surname that ends the name ("Putin") stays, and
  so does a country inside a span the model took for a person without the
  gazetteer agreeing ("Myanmar Andrew Kirkwood", "U.S. Dlrs"): countries are
  seldom names of people, towns often are;
* a piece of a longer nested place stays a piece: "Wales" in "New South Wales" in
  "the University of New South Wales";
* the opening words of a nationality name no person or town: "Costa" in "Costa Rican" is no person
  (a name the model ran into a nationality, "Russian - Maria Zakharova", ends the span and stays);
* a demonym counts only where it qualifies an institution ("the British
  Government", not "the British Museum's" people), and not where it follows "of" inside the
  institution's name and so qualifies a word of that name (`demonym_of_a_word`): the "American" of
  "the Organization of American States" is no American, and the "Arab" of "the League of Arab States"
  no one state's;
* a country's name that ends a longer name right after a capitalised word of that name, with no
  "of" or "for" between (`brand_country`), is part of a brand, a company's name in its own language:
  "Credit Suisse", "Air France", "Banca d'Italia", and so is a region's ("Latin America"); the
  country of "the Bank of Japan", "the Embassy of Russia", "Voice of America", "Soviet Georgia",
  and of a part of it ("Eastern Ukraine", "Atlantic Canada") is named.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from gazetteer.org_names import CORPORATE_SUFFIXES   # the words that end a company's registered name

_PLACES = ("GAZ:CITY", "GAZ:COUNTRY")
_PEOPLE = ("PERSON", "GAZ:PERSON")
_INSTITUTIONS = ("ORG", "FAC", "GAZ:ORG")
_RUN_ON_LABELS = frozenset({"GAZ:ORG", "GAZ:COUNTRY", "GAZ:NORP", "GAZ:PARTY"})   # names no person bears


def names_something(inner_label: str, inner_end: int, outer_label: str, outer_end: int,
                    outer_gazetteer_label: Optional[str] = None) -> bool:
    """Is the gazetteer name `inner_label` (ending at token `inner_end`) inside the kept span
    `outer_label` (ending at `outer_end`; what the gazetteer knows that whole span as, if anything)
    a mention of its own?"""
    outer = outer_label.split("|")
    if outer_gazetteer_label in _PLACES or any(lab in _PLACES for lab in outer):
        return False
    known_person = outer_gazetteer_label == "GAZ:PERSON" or "GAZ:PERSON" in outer
    if outer[0] in _PEOPLE or known_person:
        if inner_label == "GAZ:PERSON":
            return inner_end == outer_end
        # a country is seldom part of a person's name: a span the model ran on ("Myanmar Andrew Kirkwood")
        return inner_label == "GAZ:COUNTRY" and not known_person
    if inner_label == "GAZ:NORP":
        return outer[0] in _INSTITUTIONS
    if (outer[0] == "NORP" or outer_gazetteer_label == "GAZ:NORP") and inner_label in ("GAZ:PERSON", "GAZ:CITY") \
            and inner_end < outer_end:
        return False   # a nationality's opening words: "Costa" in "Costa Rican" is no Portuguese prime minister
    return True


def without_pieces(nested) -> set:
    """The nested names (start, end, label) less those inside a longer nested name they are a piece
    of: "Wales" in "New South Wales" in "the University of New South Wales"."""
    return {(s, e, lab) for s, e, lab in nested
            if all(names_something(lab, e, olab, oe, olab) for os, oe, olab in nested
                   if os <= s and e <= oe and (os, oe) != (s, e))}


LINKING_WORDS = frozenset({"of", "for", "in", "to", "and", "de", "du", "des", "del", "della", "di", "do", "da",
                           "-", "\u2013", "/", "(", ",", "'s", "\u2019s", "the"})


# Words that name a part of the country after them ("Eastern Ukraine", "Western Australia", "Atlantic
# Canada"): the country is named.
PART_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
                        "southeastern", "southwestern", "upper", "lower", "greater", "atlantic", "pacific"})


def word_before(doc: Doc, start: int) -> int:
    """The token of the word before token `start`, past the line breaks a wrapped text puts between
    the words of one name ("Latin\nAmerica", "New\nJersey"); -1 when there is none."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def word_after(doc: Doc, end: int) -> int:
    """The token of the word from token `end` on, past line breaks; len(doc) when there is none."""
    i = end
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


# Head words of the names of seas, straits, rivers and other features of the earth, which often take
# a state's name: "the South China Sea", "the Taiwan Strait", "the Gulf of Guinea", "the Panama Canal", "China Lake";
# and of an American or a British county, which takes a town's or a people's name that is no town of its own
# ("Dakota County", "Orange County": no town Dakota, no French or Australian Orange).
FEATURE_WORDS = frozenset({"sea", "seas", "ocean", "strait", "straits", "gulf", "bay", "bight", "canal", "channel",
                           "river", "peninsula", "basin", "delta", "county"})
# ... and those that only end such a name ("China Lake", "Jordan Creek"; "the Island of Cyprus" is Cyprus)
FEATURE_WORDS_AFTER = FEATURE_WORDS | {"lake", "lakes", "creek", "island", "islands", "mountains"}
# Head words that stand before the name they take ("Lake Chad").
FEATURE_WORDS_BEFORE = frozenset({"lake"})
# A state's name that is also a landmass's, which a compass word before it makes the landmass: "North
# America", "Central America" and "South America" are continents and a region, no parts of the United States
# (unlike "Eastern Ukraine" or "Atlantic Canada", see PART_WORDS).
LANDMASS_NAMES = frozenset({"america"})


def feature_part(doc: Doc, start: int, end: int, outer_spans) -> bool:
    """Is the name at tokens [start, end) a piece of a continent's ("Central America"), a sea's, a strait's
    or a river's name among
    `outer_spans` ((start, end) pairs): right before the feature word that ends it ("the East China
    Sea", "the Taiwan Strait", "the Panama Canal"), or ending it after "<feature> of" ("the Gulf of
    Guinea", "the Sea of Japan") or after "Lake" ("Lake Chad"), the feature's word capitalised ("the Iran
    International channel" is a broadcaster's)? Such a name names the feature, not
    the state or the town: "the U.S. Gulf Coast" and "the Bank of Japan" still name theirs."""
    nxt, before = word_after(doc, end), word_before(doc, start)
    if end - start == 1 and doc[start].lower_ in LANDMASS_NAMES and before >= 0 and doc[before].lower_ in PART_WORDS \
            and any(os <= before and end <= oe for os, oe in outer_spans):
        return True   # "Central America"
    for os, oe in outer_spans:
        if not (os <= start and end <= oe) or (os, oe) == (start, end):
            continue
        last = word_before(doc, oe)
        if nxt == last and doc[last].lower_ in FEATURE_WORDS_AFTER and doc[last].text[:1].isupper():
            return True   # "the South China Sea"
        if word_after(doc, end) < oe or before < os:
            continue
        if doc[before].lower_ in FEATURE_WORDS_BEFORE and doc[before].text[:1].isupper():
            return True   # "Lake Chad"
        head = word_before(doc, before)
        if doc[before].lower_ == "of" and head >= os and doc[head].lower_ in FEATURE_WORDS and doc[head].text[:1].isupper():
            return True   # "the Gulf of Guinea"
    return False


def heads_a_feature_name(doc: Doc, start: int, end: int) -> bool:
    """Is the name at tokens [start, end), which only the gazetteer found, right before a capitalised feature
    word, across a wrapped line or not ("China Lake, Calif.", "the Niger Delta", "Jordan River water")? The
    longer name is the lake's, the river's or the delta's (another place, which the gazetteer does not
    hold), no mention of the state."""
    nxt = word_after(doc, end)
    return nxt < len(doc) and doc[nxt].lower_ in FEATURE_WORDS_AFTER and doc[nxt].text[:1].isupper()


def _ends_with_suffix(doc: Doc, os: int, oe: int) -> bool:
    return any(doc[k].lower_.rstrip(".") in CORPORATE_SUFFIXES and doc[k].text[:1].isupper() for k in range(os + 1, oe))


def _words(doc: Doc, os: int, oe: int) -> tuple:
    return tuple(t.lower_ for t in doc[os:oe] if not t.is_space and t.lower_ not in ("'s", "\u2019s"))


def registered_name_after(doc: Doc, end: int, joined: bool = False, start: Optional[int] = None) -> bool:
    """Do capitalised words from token `end` on (past line breaks; `joined`: only after an "and" or "&" there)
    reach a company's suffix within four words ("Television and Communications Corp", "Medical Inc")? A suffix in
    capitals that spells the initials of the name from token `start` on is the name's initials ("Saudi Press
    Agency SPA"), no suffix."""
    initials = "" if start is None else "".join(t.text[0] for t in doc[start:end] if t.is_alpha)
    i = word_after(doc, end)
    if joined:
        if i >= len(doc) or doc[i].lower_ not in ("and", "&"):
            return False
        i += 1
    words = 0
    for k in range(i, len(doc)):
        if doc[k].is_space:
            continue
        if doc[k].lower_ in ("and", "&") and words:
            continue
        if not (doc[k].is_alpha and doc[k].text[:1].isupper()) or words == 4:
            return False
        if doc[k].lower_ in CORPORATE_SUFFIXES:
            return words > 0 and not (start is not None and doc[k].text.isupper() and doc[k].text == initials)
        initials += doc[k].text[0]
        words += 1
    return False


def _registered_elsewhere(doc: Doc, words: tuple) -> bool:
    """Does the article write `words` (lower case) elsewhere cut at the "and" of a company's registered name
    ("American Television" of "American Television and Communications Corp")?"""
    n = len(words)
    return any(doc[i].lower_ == words[0] and _words(doc, i, i + n) == words and registered_name_after(doc, i + n, True)
               for i in range(len(doc) - n))


def company_part(doc: Doc, start: int, end: int, outer_spans) -> bool:
    """Is the name at tokens [start, end) inside a longer name among `outer_spans` that is a company's:
    one with a company's suffix ("American" in "American Express Co", "America" in "Combined Insurance
    Co of America"), or one that goes on after "and" to such a suffix ("American Television and
    Communications Corp", cut by the model at its "and"), or the opening words of such a name the story
    gives elsewhere ("British Petroleum said" after "British Petroleum Co PLC", "Time owns 82 pct of
    American Television")? A state's name or demonym there is part of the company's
    name, no mention of the state; "the British Government", "the Bank of Japan" and "Royal Bank of
    Canada" still name theirs."""
    registered = None
    for os, oe in outer_spans:
        if not (os <= start and end <= oe) or (os, oe) == (start, end):
            continue
        if any(doc[k].lower_.rstrip(".") in CORPORATE_SUFFIXES and doc[k].text[:1].isupper()
               for k in range(os, oe) if not (start <= k < end)):
            return True
        if registered is None:
            registered = [_words(doc, a, b) for a, b in outer_spans if _ends_with_suffix(doc, a, b)]
        words = _words(doc, os, oe)
        if len(words) > 1 and any(len(r) > len(words) and r[:len(words)] == words for r in registered):
            return True   # "British Petroleum" after "British Petroleum Co PLC"
        if len(words) > 1 and _registered_elsewhere(doc, words):
            return True   # "American Television" after "American Television and Communications Corp"
    return False


def brand_country(doc: Doc, start: int, end: int, outer_spans, gazetteer_spans=()) -> bool:
    """Is the country's name at tokens [start, end) the last word(s) of a longer kept name among
    `outer_spans` ((start, end) pairs of names that are no person's: "told Reuters Peru" taken for a
    person's name is run on), right after a capitalised word of it that links nothing ("Credit
    Suisse", "Air France"; not "week Germany", a span the model ran on), not after "of" ("Bank of
    Japan"), and that is no name the gazetteer knows (`gazetteer_spans`: (start, end, label))?"""
    before = word_before(doc, start)   # "Latin\nAmerica" wrapped at the line's end is "Latin America"
    if before < 0 or doc[before].lower_ in LINKING_WORDS | PART_WORDS or not doc[before].text[:1].isupper() \
            or any(s <= before < e for s, e, _ in gazetteer_spans):
        return False
    return any(os < start and oe == end for os, oe in outer_spans)


def province_named_like_state(doc: Doc, start: int, end: int, outer_spans, gazetteer_spans=()) -> bool:
    """Is the country's name at tokens [start, end) the name of a province of a federation, in a longer name
    among `outer_spans` ((start, end) pairs) that is the name and "State" and nothing more ("Niger State" of
    Nigeria, "Mexico State", "the State of Mexico"), which the gazetteer does not know as the country's
    (`gazetteer_spans`: (start, end, label); "the State of Israel" is its formal name)?"""
    known = {(s, e) for s, e, _ in gazetteer_spans}
    for os, oe in outer_spans:
        if not (os <= start and end <= oe) or (os, oe) == (start, end) or (os, oe) in known:
            continue
        before = [t.text for t in doc[os:start] if not t.is_space and t.lower_ != "the"]
        after = [t.text for t in doc[end:oe] if not t.is_space]
        if (before, after) in (([], ["State"]), (["State", "of"], [])):
            return True
    return False


def people_bear(person_names, countries) -> frozenset:
    """The countries' names that known people's names hold as a word of their own, not after "of" (a
    surname: "Hamilton Jordan", a given name: "Chad Mitchell"; not "Philippe of Belgium")."""
    words = set()
    for name in person_names:
        parts = name.split()
        words.update(w for i, w in enumerate(parts) if len(parts) > 1 and (i == 0 or parts[i - 1].lower() not in LINKING_WORDS))
    return frozenset(words) & frozenset(countries)


def word_of_a_persons_name(doc: Doc, start: int, end: int, person_spans, gazetteer_spans=(),
                           borne: frozenset = frozenset()) -> bool:
    """Is the country's name at tokens [start, end), one known people bear (`borne`, from `people_bear`), a
    word of a person's name among `person_spans` ((start, end) of the people's names the model found),
    right after a capitalised word of that name
    ("Vernon Jordan", "Chris Chad Grayling", "Jorge Arreaza Montserrat": a surname or a given name, no
    state), not after "of" ("King Hussein of Jordan"), a function word or a word in "-ing" (a heading in
    title case the model took for a name) or a body's or a state's name the gazetteer knows (`gazetteer_spans`:
    (start, end, label); "told Reuters Peru was current" runs two names together), and not opening it
    ("Myanmar Andrew Kirkwood", a span the model ran on, names the country)?"""
    before = word_before(doc, start)
    if doc[start:end].text not in borne:
        return False   # "told Reuters Peru was current": no one is called Peru, a name run on
    if before < 0 or doc[before].lower_ in LINKING_WORDS or not doc[before].text[:1].isupper() \
            or not doc[before].is_alpha or doc[before].is_stop or doc[before].lower_.endswith("ing"):
        return False   # "... Press Secretary Regarding Russia's Expulsion", "Talks About Jordan": a heading's words
    if any(gs <= before < ge and label in _RUN_ON_LABELS for gs, ge, label in gazetteer_spans):
        return False   # "told Reuters Peru was current": two names the model ran together
    return any(ps <= before and end <= pe for ps, pe in person_spans)


def demonym_of_a_word(doc: Doc, start: int, outer_spans) -> bool:
    """Is the demonym at token `start` inside a longer kept name among `outer_spans` ((start, end)
    pairs), right after an "of" of that name ("the Organization of American States", "the
    Confederation of British Industry"), so that it qualifies a word of the name and names no state
    by itself, unlike "the British Government" or "the Royal Thai Embassy"?"""
    before = word_before(doc, start)
    return before >= 0 and doc[before].lower_ == "of" and any(os <= before and start < oe for os, oe in outer_spans)
