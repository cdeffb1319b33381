"""When two names are too different to be one organisation, one place or one group.

Fuzzy matching forgives a garbled or differently spelt name ("International
Labour Organisation" for the "International Labor Organization"), but most
words of an organisation's name only say what kind of body it is
(International, Organization, Ministry, Party, Council ...). What tells two
bodies apart is the rest: the "International Cocoa Organization" is not the
"International Labor Organization", however alike the two strings are. A
fuzzy link between organisations needs their distinctive words to agree, each
spelt alike on both sides. The same holds for a place named with a feature word
(the "Korean Peninsula" is not the "Kola Peninsula"). And a plural is another
word, not a misspelling: "Europeans" (a party) is not "European", the
"Americas" are not "America", "State" is not the "States". This module only vetoes.

An abbreviation ("GDP", "EV", "C.A.R.") is a code many bodies share: `is_abbreviation`
tells the resolver to want the body's country in the article before it links one; a party
named by one ordinary word ("Justice", "Union") needs its country named in the article too.
"""
from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from gazetteer.lookalike import spelling_variants
from gazetteer.model import INSTITUTION_WORDS, normalise

# Words that say what kind of body a name is, not which one (besides gazetteer.model.INSTITUTION_WORDS).
GENERIC_WORDS = INSTITUTION_WORDS | {
    "international", "organization", "organisation", "organizations", "organisations", "national", "world",
    "association", "federation", "institute", "institution", "foundation", "society", "corporation", "corp",
    "inc", "ltd", "co", "foreign", "affairs", "ministry", "ministries", "party", "parties", "movement",
    "front", "alliance", "coalition", "union", "board", "bureau", "directorate", "secretariat", "centre",
    "center", "forum", "network", "programme", "program", "fund", "trust", "club", "conference", "organ",
    "body", "news", "agency", "press", "media", "broadcasting", "corporation", "general", "central",
}
# Words that say what kind of place a name is.
FEATURE_WORDS = {"peninsula", "island", "islands", "isle", "sea", "gulf", "river", "mountains", "mountain",
                 "strait", "straits", "bay", "lake", "valley", "desert", "region", "province", "state", "county",
                 "district", "coast", "ocean", "canal", "basin", "plateau", "delta", "city", "republic",
                 "kingdom", "territory", "territories", "oblast", "prefecture", "reef", "shoal", "cape", "port"}
WORD_MIN_RATIO = 85   # two spellings of one distinctive word ("kremlin"/"kremlyn" 86, "democrats"/"democratic" 84)


@functools.lru_cache(maxsize=None)
def stop_words() -> set:
    """spaCy's English stop words, imported on first use: importing spaCy costs ~1 CPU s, which the
    process that only builds and launches the job graph need not pay (it imports the resolver)."""
    from spacy.lang.en.stop_words import STOP_WORDS
    return STOP_WORDS


def distinctive_words(name: str, generic: set = GENERIC_WORDS) -> list:
    """The words of a normalised organisation name that tell it from others of its kind."""
    stop = stop_words()
    return [w for w in normalise(name).split() if w not in generic and w not in stop and len(w) > 1]


def same_word(a: str, b: str) -> bool:
    """Two spellings or forms of one word: the same first letter, and one slip apart, alike overall or
    one the other's stem ("labour"/"labor", "xinhua"/"xinhau", "korea"/"koreans"; not "taliban"/"italian",
    "democrats"/"democratic")."""
    short, long_ = sorted((a, b), key=len)
    return a == b or (a[:1] == b[:1] and (OSA.distance(a, b) <= 1 or fuzz.ratio(a, b) >= WORD_MIN_RATIO
                                          or len(short) >= 4 and long_.startswith(short)))


def _covered(words: list, others: list) -> bool:
    return all(any(same_word(w, o) for o in others) for w in words)


def organisations_agree(query: str, name: str, generic: set = GENERIC_WORDS) -> bool:
    """May `query` (a name in the text) be a spelling of the organisation name `name`?

    Each distinctive word of either must have a like-spelt counterpart in the other; a name of
    generic words only ("Foreign Ministry") is judged elsewhere and passes here.
    """
    a, b = distinctive_words(query, generic), distinctive_words(name, generic)
    if not a:
        return True
    return _covered(a, b) and _covered(b, a)


def reordered(a: str, b: str) -> bool:
    """Are two normalised names the same words in another order ("national awami party" /
    "awami national party")? A person's name may be written surname first, but a body whose words
    stand otherwise is another body: the Democratic Progressive and the Progressive Democratic party."""
    wa, wb = a.split(), b.split()
    return (len(wa) == len(wb) > 1 and not all(same_word(x, y) for x, y in zip(wa, wb))
            and _covered(wa, wb) and _covered(wb, wa))


def plural_of(a: str, b: str) -> bool:
    """Is one normalised name the other with a plural ending ("europeans"/"european", "americas")?"""
    return a != b and (a in (b + "s", b + "es") or b in (a + "s", a + "es"))


def other_feature(key: str, e) -> bool:
    """Does the normalised name `key` say what kind of place it is ("valley"), and every name of place `e`
    another kind ("river")? The "Mississippi Valley" is no Mississippi River, "New York State" no New York
    City, however alike the strings."""
    mine = FEATURE_WORDS & set(key.split())
    if not mine:
        return False
    kinds = [FEATURE_WORDS & set(normalise(n).split()) for n in e.names() if n.strip()]
    return bool(kinds) and all(k and not (k & mine) for k in kinds)


def kind_named_after(word_after: str, e) -> bool:
    """Does the word right after a name in the text (`word_after`) say in lower case what kind of place it
    names ("region", "province", "valley"), a kind no name of place `e` has? "The mineral-rich Guayana region"
    of Venezuela is a region so named, no misspelt Guyana; "Guyana's capital" and "the Sinai peninsula" (a name
    with its kind) are not read so."""
    if not word_after.isalpha() or not word_after.islower() or word_after not in FEATURE_WORDS:
        return False
    return not any(word_after in normalise(n).split() for n in e.names() if n.strip())


WORD_GROWN_MIN_CHARS = 4   # a shorter word is a code or a stem ("col" of Colombia), no word of its own


def word_extended(a: str, b: str) -> bool:
    """Is one normalised name the other with one word made longer at its end by two letters or more, every
    other word the same ("southern africa"/"south africa", "parana river"/"para river")? A word grown
    at its end is another word, a derivative or a longer name, where a misspelling changes letters."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    differ = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(differ) != 1:
        return False
    short, long_ = sorted(differ[0], key=len)
    return len(short) >= WORD_GROWN_MIN_CHARS and long_.startswith(short) and len(long_) - len(short) >= 2


def word_swapped(key: str, names) -> bool:
    """Is the normalised place name `key` each of `names` (normalised) of as many words with one word put for
    another, where any is one word off: a word that looks like the other (the same two letters open it) but is
    two letters or more longer or shorter and neither opens nor ends with it ("el salado"/"el salvador")? A
    misspelling keeps a word's length within a letter ("el salvadr", "guinea bisau"); a shortened word opens
    the other ("central african rep"); a word of another form is no lookalike ("czechoslovak state")."""
    differing = []
    for name in names:
        wa, wb = key.split(), name.split()
        if len(wa) < 2 or len(wa) != len(wb):
            continue
        differ = [(x, y) for x, y in zip(wa, wb) if x != y]
        if len(differ) == 1:
            differing.append(differ[0])
    return bool(differing) and all(x[:2] == y[:2] and abs(len(x) - len(y)) >= 2
                                   and not (y.startswith(x) or x.startswith(y) or y.endswith(x) or x.endswith(y))
                                   for x, y in differing)


def _code_like(name: str) -> bool:
    """A code of capitals, perhaps mixed ("CoPA", "NATO"): matched as written, never as a misspelling."""
    return " " not in name.strip() and sum(c.isupper() for c in name) >= 2


# The words that end a company's registered name ("American Express Co", "British Petroleum Co PLC",
# "Anglo American Corp"): no state's body, no place and no person ends its name so.
CORPORATE_SUFFIXES = frozenset({"co", "cos", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc",
                                "llc", "lp", "bancorp", "bancshares", "holdings", "group", "ag", "sa", "nv", "gmbh",
                                "spa", "bv"})


def registered_company_name(text: str) -> bool:
    """Is `text` a company's registered name: a capitalised company's suffix after its first word ("Georgia
    Co", "Boston Corp.", "Whitbread PLC"; not "Co-operative", not "Group of Seven")?"""
    words = text.split()
    return len(words) > 1 and any(w.rstrip(".,").lower() in CORPORATE_SUFFIXES and w[:1].isupper() for w in words[1:])


def lookalike_name(text: str, e) -> bool:
    """Is entity `e`, found by a fuzzy match for `text`, only a lookalike: an organisation whose
    distinctive words differ, a place whose name beside its feature word differs, the plural
    (or singular) of the name, a city for one word, a one-word compound of the name and more, an
    organisation named only by generic words in the text but not in its names or by its words in
    another order ("National Awami Party" is no "Awami National Party"), a place's name with a word grown
    longer ("Southern Africa" is no South Africa) or of another kind ("Mississippi Valley" is no Mississippi
    River), a country's name with one word put for another ("El Salado" is no El Salvador), a code, or a
    country whose every name starts with another letter ("Inland" of "Inland Revenue" is no Finland;
    a misspelt country keeps its first letter: "Somaila", "Surinam", "Phillipines")?"""
    key = normalise(text)
    if any(plural_of(key, normalise(n)) for n in e.names()):
        return True
    if e.entity_type not in ("PERSON", "ORG") and any(word_extended(key, normalise(n)) for n in e.names()
                                                     if not _code_like(n)):
        return True   # "Southern Africa" is no South Africa, the "Parana River" no Para River (a body's
        # adjective varies in its form: the "Free Democrat Party" is the Free Democratic Party)
    if e.entity_type != "ORG" and registered_company_name(text):
        return True   # "Georgia Co", a unit of a company, is no misspelt Georgia; "Boston Corp" no Boston
    if e.entity_type not in ("PERSON", "ORG") and other_feature(key, e):
        return True   # the "Mississippi Valley" is no Mississippi River
    if e.entity_type == "COUNTRY" and key and not any(normalise(n)[:1] == key[:1] for n in e.names()):
        return True
    if e.entity_type == "COUNTRY" and word_swapped(key, [normalise(n) for n in e.names()]):
        return True   # "El Salado", a village, is no misspelt El Salvador
    if len(text.split()) == 1:
        if e.entity_type == "PERSON":
            # a bare surname is another person's only if spelt the same way ("Trump" is not Trudeau)
            return not any(spelling_variants(key, n.split()[-1]) for n in map(normalise, e.names()) if n)
        if e.entity_type == "CITY":
            return True   # a city's other spellings are its names: "Kansala" is not Kassala, "Berisha" not Benicia
        joined = key.replace(" ", "")
        if any(len(joined) > len(n) and (joined.startswith(n) or joined.endswith(n))
               for n in (normalise(x).replace(" ", "") for x in e.names() if not x.isupper()) if len(n) >= 4):
            return True   # a compound holds the name and more: "IS-Somalia" is no Somalia, "YChina" no China
    if e.entity_type == "ORG":
        if not distinctive_words(text) and all(distinctive_words(n) for n in e.names() if n and not _code_like(n)):
            return True   # generic words only ("Press Association") are no misspelt "Repeal Association"
        return not any(organisations_agree(text, n) and kinds_agree(key, normalise(n)) and codes_in(text, n)
                       and not reordered(key, normalise(n))
                       for n in e.names() if not _code_like(n))   # "Copra" is no misspelt "CoPA"
    words = set(key.split())
    if FEATURE_WORDS & words or len(words - stop_words()) > 1:
        # "Korean Peninsula" is not the "Kola Peninsula", "VOA Somali" not Somalia
        return not any(organisations_agree(text, n, FEATURE_WORDS | GENERIC_WORDS) for n in e.names())
    return False


# Words that say what kind of body a name names: two names of different kinds are two bodies
# ("National Resistance Council", a parliament, is not the "National Resistance Movement").
BODY_KIND_WORDS = frozenset({
    "council", "movement", "party", "front", "alliance", "coalition", "union", "league", "committee",
    "commission", "assembly", "congress", "parliament", "senate", "court", "ministry", "department",
    "agency", "bank", "fund", "army", "police", "service", "organization", "organisation", "association",
    "federation", "institute", "foundation", "society", "bureau", "board", "office", "authority",
    "directorate", "secretariat", "tribunal", "corporation",
    "government", "embassy", "consulate", "legation", "mission",   # "Embassy of the Union of Soviet Socialist
})                                                                  # Republics" is no "Government of" it


def kinds_agree(a: str, b: str) -> bool:
    """Do two normalised body names, when both say what kind of body they name, share a kind?"""
    ka = [w for w in _head_part(a).split() if w in BODY_KIND_WORDS]
    kb = [w for w in _head_part(b).split() if w in BODY_KIND_WORDS]
    return not ka or not kb or any(same_word(x, y) for x in ka for y in kb)


def _head_part(name: str) -> str:
    """The words before a name's first "of", when they hold a kind word: the body's own kind, not the
    kind words of the state or body it is of ("embassy" of "Embassy of the Union of Soviet Socialist
    Republics", not "union")."""
    head = name.split(" of ")[0]
    return head if head != name and any(w in BODY_KIND_WORDS for w in head.split()) else name


def codes_in(text: str, name: str) -> bool:
    """Is every code the text writes in capitals ("ZAPU", "PF") a word of `name`, spelt the same? A
    letter makes another code: "PF-ZAPU" is not "ZANU-PF"."""
    words = set(normalise(name).split())
    return all(w.lower() in words for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1 and w.isupper())


def is_party_code(text: str, label: str, e) -> bool:
    """Is `e` a political party named here by a name many share as a code or an adjective: an
    abbreviation ("GDP", "EV", "DP"), or a word the recogniser calls a group's (NORP: "Democratic",
    "Republicans")? Such a name is that party only in a story about its country."""
    return (e.entity_type == "ORG" and bool(e.country_code) and "partyfacts" in e.sources
            and (is_abbreviation(text) or label.split("|")[0] == "NORP"))


def is_one_word_party(text: str, e) -> bool:
    """Is `e` a political party named here by one word that is no code ("Justice", "Union",
    "Community", "Mass.")? Thousands of parties bear such words as names, and the words are
    everyday English or abbreviations of other things: such a name is that party only in a story
    that names the party's country."""
    return (e.entity_type == "ORG" and bool(e.country_code) and "partyfacts" in e.sources
            and len(normalise(text).split()) == 1 and not is_abbreviation(text))


def needs_its_country(text: str, label: str, e) -> bool:
    """A party's code or one-word name: the article's countries decide (`resolver._choose_by_context`)."""
    return is_party_code(text, label, e) or is_one_word_party(text, e)


def is_abbreviation(text: str) -> bool:
    """A short code in capitals, with or without dots: "GDP", "EV", "C.A.R.", "S.F."."""
    letters = text.strip().replace(".", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def body_named_elsewhere(text: str, named: list):
    """The one organisation among `named` (entities the article names in full) that a generic name
    ("the Foreign Ministry", "the Central Bank": generic words only) speaks of again: one of its
    names holds the generic words as a phrase ("Russia Foreign Ministry"). None when the name is
    not generic or several named bodies fit (a US and a Soviet ministry)."""
    key = normalise(text)
    if len(key.split()) < 2 or distinctive_words(text):
        return None
    fits = {e.entity_id: e for e in named if e.entity_type == "ORG"
            and any(f" {key} " in f" {normalise(n)} " for n in e.names())}
    return next(iter(fits.values())) if len(fits) == 1 else None


_AGENCY_LIST = re.compile(r"(?:\s*[A-Z][A-Za-z.&-]*(?:\s+[A-Z][A-Za-z.&-]*)*\s*[,/]\s*)*")


def in_agency_brackets(context_before: str) -> bool:
    """Does a dateline's name stand in its agencies' brackets, first or after others ("LONDON, March 4
    (AP) -", "TEL AVIV (REUTERS, AFP) -")?"""
    tail = (context_before or "").rstrip()
    k = tail.rfind("(")
    return k >= 0 and _AGENCY_LIST.fullmatch(tail[k + 1:]) is not None


def agency_candidates(found: list) -> list:
    """Of the bodies a dateline's agency name ("LONDON, March 4 (AP) -") may be, those that may file a
    story: no political party ("AP" is also a dozen parties' code), no town."""
    return [e for e in found if e.entity_type == "ORG" and "partyfacts" not in e.sources]
