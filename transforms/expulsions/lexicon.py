"""Word lists for the expulsion extractor (everything but the trigger words, which are
data in patterns/triggers.jsonl, loaded by triggers.py).

Everything here is lower-case, accent-free and uses a straight apostrophe, the
form `tokens.fold` gives a token. No list names a country, a person or an article:
who acts and who is expelled comes from resolved mentions.
"""
from __future__ import annotations

import re

from gazetteer.alternation import words_pattern

# --- around a trigger ---------------------------------------------------------
BE_AUX = {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting", "'s"}
ADVERB_FILLERS = {"also", "now", "not", "all", "both", "each", "reportedly", "subsequently", "later",
                  "then", "summarily", "promptly", "formally", "officially", "already", "just",
                  "recently", "immediately", "instead", "effectively", "quickly", "swiftly"}
ADJECTIVAL_BEFORE = {"the", "a", "an", "two", "three", "these", "those", "newly", "recently", "its",
                     "their", "our", "his", "her", "previously"}

# --- who is expelled -------------------------------------------------------------
# (tokens, number, strong): number 's' singular, 'p' plural, 'm' mass noun
_PEOPLE_TAILS = ("staff", "staffers", "staffer", "employees", "employee", "officials", "official",
                 "personnel", "workers", "officers", "officer", "members", "member", "agents", "agent",
                 "representatives", "representative", "operatives", "operative")


def _number_of(word: str) -> str:
    if word in ("staff", "personnel", "corps"):
        return "m"
    return "p" if word.endswith("s") else "s"


def _build_personnel():
    entries = {}
    for s, p in (("diplomat", "diplomats"), ("ambassador", "ambassadors"), ("envoy", "envoys"),
                 ("consul", "consuls"), ("attache", "attaches"), ("spy", "spies"),
                 ("consul-general", "consuls-general"), ("emissary", "emissaries"),
                 ("counsellor", "counsellors"), ("counselor", "counselors")):
        entries[(s,)] = ("s", True)
        entries[(p,)] = ("p", True)
    for s, p in (("charge", "charges"),):
        entries[(s, "d'affaires")] = ("s", True)
        entries[(p, "d'affaires")] = ("p", True)
    entries[("consul", "general")] = ("s", True)
    entries[("consuls", "general")] = ("p", True)
    entries[("high", "commissioner")] = ("s", True)
    entries[("high", "commissioners")] = ("p", True)
    entries[("head", "of", "mission")] = ("s", True)
    entries[("chief", "of", "mission")] = ("s", True)
    entries[("deputy", "chief", "of", "mission")] = ("s", True)
    entries[("deputy", "head", "of", "mission")] = ("s", True)
    for rank in ("first", "second", "third"):
        entries[(rank, "secretary")] = ("s", True)
        entries[(rank, "secretaries")] = ("p", True)
    for head in ("intelligence", "diplomatic", "embassy", "consulate", "consular", "mission", "delegation"):
        for tail in _PEOPLE_TAILS + (("corps",) if head == "diplomatic" else ()):
            entries[(head, tail)] = (_number_of(tail), True)
    entries[("intelligence", "personnel")] = ("m", True)
    return entries


PERSONNEL = _build_personnel()
PERSONNEL_MAX_LEN = max(len(k) for k in PERSONNEL)
# nouns that are diplomatic only with a nationality or a mission beside them
WEAK_PERSONNEL = {(w,): (_number_of(w), False) for w in _PEOPLE_TAILS}
# weak nouns a nationality does not make diplomatic, only a mission: "12 embassy workers", "workers at the
# consulate", never "thousands of Jordanian workers" (labour migrants)
MISSION_ONLY_PEOPLE = {"workers", "worker"}

MISSION_WORDS = {"embassy", "embassies", "consulate", "consulates", "mission", "missions", "delegation",
                 "legation", "chancery", "commission"}
# "expelled anyone": only in sentences that assert nothing
PRONOUN_OBJECTS = {"anyone", "anybody", "nobody", "them", "everyone"}
# words that open a clause of time or grounds inside a sentence: the subject of a passive after one of them stands
# after it ("recalled its ambassador after two diplomats were expelled": the diplomats, not the ambassador)
SUBORDINATORS = frozenset({"after", "because", "since", "when", "once", "until", "although", "though", "whereas",
                           "while"})

# words allowed between a count and the noun: "45 other senior Russian diplomats"
NP_MODIFIERS = {
    "other", "more", "additional", "further", "senior", "junior", "top", "undeclared", "declared",
    "accredited", "alleged", "suspected", "military", "defence", "defense", "naval", "air", "press",
    "cultural", "trade", "commercial", "economic", "political", "deputy", "acting", "former",
    "remaining", "single", "new", "foreign", "resident", "serving", "own", "regular", "lower-ranking",
    "high-ranking", "low-ranking", "ranking", "career", "so-called", "purported", "covert",
}
# "military personnel": members of armed forces, no diplomats unless a mission is named with them (a "military
# attache" is one, by his own noun)
ARMED_FORCES_PEOPLE = {("military", "personnel"), ("military", "observers"), ("military", "observer")}
DETERMINERS_ONE = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "one"}
OWN_MARKERS = {"our"}

# --- counts ------------------------------------------------------------------------
UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}
AT_LEAST_BEFORE = (("more", "than"), ("over",), ("at", "least"), ("upwards", "of"), ("in", "excess", "of"),
                   ("no", "fewer", "than"), ("no", "less", "than"), ("not", "less", "than"))
APPROXIMATE_BEFORE = (("some",), ("about",), ("around",), ("nearly",), ("almost",), ("approximately",),
                      ("roughly",), ("up", "to"), ("as", "many", "as"), ("fewer", "than"), ("less", "than"),
                      ("a", "total", "of"), ("total", "of"))
# "all but one of Latvia's diplomats", "all except two": the number is who stays; how many go is not said
ALL_BUT_BEFORE = (("all", "but"), ("all", "except"), ("all", "save"), ("all", "bar"), ("everyone", "but"),
                  ("everyone", "except"))
COORDINATORS = (("along", "with"), ("as", "well", "as"), ("together", "with"), ("alongside",),
                ("plus",), ("and",))

# --- actors ----------------------------------------------------------------------------
LOCATIVE_PREPOSITIONS = {"in", "at", "to", "into", "inside", "within", "across", "toward", "towards",
                         "near", "outside"}
# a plural subject made of states: "29 Western countries", "partner nations"
STATE_PLURALS = {"countries", "nations", "states", "republics", "kingdoms", "monarchies", "governments", "allies", "partners",
                 "capitals"}
# a name before one of these nouns says which group the state belongs to and names no state itself: "the only EU
# country to expel", "a NATO member", "fellow EU member states"
MEMBER_NOUNS = {"country", "nation", "state", "member", "members", "ally", "partner", "member-state"}
# a state after one of these and "of" is the other side of a relation, not who the phrase names: "Groucho, an ally of
# Graustark, warned he would declare ...", "the president of Freedonia, a close ally of Graustark, expelled ..."
RELATION_NOUNS = {"ally", "allies", "friend", "friends", "critic", "critics", "opponent", "opponents", "foe", "foes",
                  "enemy", "enemies", "rival", "rivals", "adversary", "adversaries", "supporter", "supporters",
                  "backer", "backers", "patron", "protege", "client", "neighbour", "neighbours", "neighbor",
                  "neighbors"}
JOINT_WORDS = {"together", "collectively", "jointly"}   # "have together expelled": a sum, not one state's act
# "were expelled world wide in 1981", "expelled around the world": a sum over every state that expelled, no one state's act
WORLDWIDE = (("worldwide",), ("world-wide",), ("world", "wide"), ("globally",), ("around", "the", "world"),
             ("across", "the", "world"), ("throughout", "the", "world"), ("all", "over", "the", "world"),
             ("around", "the", "globe"), ("across", "the", "globe"))
# "45 Russian diplomats have been expelled across Europe", "throughout the European Union": a region of many states
# as where it happened is a sum over them, as the world is (a place of one state, "across the border", is not one)
MANY_STATE_REGIONS = (("europe",), ("asia",), ("africa",), ("the", "americas"), ("latin", "america"),
                      ("south", "america"), ("eastern", "europe"), ("western", "europe"), ("central", "europe"),
                      ("the", "west"), ("the", "middle", "east"), ("the", "balkans"), ("scandinavia",),
                      ("the", "continent"), ("the", "region"), ("the", "bloc"), ("the", "eu"),
                      ("the", "european", "union"), ("the", "alliance"))
WORLDWIDE += tuple((p,) + r for p in ("across", "throughout", "around") for r in MANY_STATE_REGIONS) + \
    tuple(("all", "over") + r for r in MANY_STATE_REGIONS)


def worldwide_first(words) -> bool:
    """Do `words` (normalised, right after a trigger) open with one of WORLDWIDE?"""
    words = tuple(words)
    return any(words[:len(w)] == w for w in WORLDWIDE)
RETALIATION_CUES = ("in response", "retaliat", "reciproc", "tit-for-tat", "in kind", "in return",
                    "mirror", "responded", "in turn")
SUPRANATIONAL_CODES = {"european union": "EU", "eu": "EU", "european commission": "EU"}   # (the Commission's
# delegations were the Union's missions abroad: "expelled the European Commission envoy")
# "the British government", "the Russian Foreign Ministry": a nationality acting as its state
GOVERNMENT_NOUNS = {"government", "governments", "authorities", "administration", "ministry", "foreign",
                    "officials", "cabinet", "leadership", "regime", "junta", "side"}
# an unnamed government body as subject: "the Foreign Ministry said it was expelling ..."
GOVERNMENT_BODY = ("foreign ministry", "ministry of foreign affairs", "foreign office", "the government",
                   "interior ministry", "the ministry", "the authorities", "foreign affairs ministry")

# --- other senses -----------------------------------------------------------------------
OTHER_SENSE_BODIES = {"party", "organisation", "organization", "council", "club", "school", "university",
                      "college", "league", "federation", "association", "church", "team", "competition",
                      "tournament", "parliament", "assembly", "academy", "order", "society"}
# a seat one is put out of in an organisation of many states ("from the place which they occupy at the United Nations")
SEATS = {"place", "places", "seat", "seats", "chair", "chairs"}
OTHER_SENSE_PEOPLE = {"migrants", "migrant", "refugees", "refugee", "immigrants", "immigrant", "asylum",
                      "aliens", "students", "student", "pupils", "players", "player", "settlers",
                      "criminals", "prisoners", "foreigners"}

MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# a law or a treaty a year names ("the 1961 Vienna Convention", "the Vienna Convention of 1961", "the 1972 Simla
# Agreement"): the year is the document's, never the time of an expulsion told beside it
DOCUMENT_NOUNS = ("convention", "conventions", "treaty", "agreement", "accord", "accords", "act", "protocol",
                  "memorandum", "charter", "pact", "declaration", "constitution", "law", "statute", "resolution")
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}

# Words that may stand between an expulsion noun and its "of" ("the expulsion on Monday of", "the
# expulsions last week of"); any other noun before "of" heads a phrase of its own ("the expulsion
# follows the murder of a former spy": the spy is the murder's, not the expulsion's).
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend",
              "month", "year", "day", "today", "yesterday", "morning", "afternoon", "evening", "night", "spring",
              "summer", "autumn", "winter"} \
    | set(MONTHS) | MONTH_ABBREVIATIONS


# nouns after a diplomatic noun that make it a modifier, not people: "a spy swap", "the diplomat row"
PERSONNEL_AS_MODIFIER = frozenset({"swap", "swaps", "ring", "rings", "scandal", "scandals", "row", "rows", "network",
                                   "networks", "affair", "trial", "exchange", "exchanges", "novel", "thriller", "film",
                                   "agency", "satellite", "satellites", "plane", "planes"})


# the objects of "leave" that are the country left ("to leave the country", "to leave their posts"); any other
# common noun makes it another leaving ("asked the ambassador to leave a message")
LEFT_PLACES = frozenset({"country", "city", "capital", "territory", "territories", "kingdom", "republic", "soil", "island",
                         "islands", "state", "nation", "post", "posts"})
# a determiner before a thing left ("leave a message", "leave his car"); "the" may open a state's name
THING_DETERMINERS = frozenset({"a", "an", "his", "her", "their", "its", "some"})


# "persona-non-grata", "personae-non-gratae": the Latin phrase hyphenated, as some newsrooms write it
_PNG_HYPHENATED = re.compile(r"\b(personae?)-(non)-(gratae?)\b", re.IGNORECASE)
# "personas non grata(s)": the English plural some newsrooms and translations give the Latin one
_PNG_ENGLISH_PLURAL = re.compile(r"\b(persona)s(\s+non\s+grat)(a)s?\b", re.IGNORECASE)


# "persons non grata": the English "persons" for the Latin (translations); read as "persona", the same length
_PNG_PERSONS = re.compile(r"\b(perso)(n)s(?=\s+non\s+grat)", re.IGNORECASE)


def standard_png(text: str) -> str:
    """`text` with "persona non grata" as both readers know it, three words in the Latin singular or plural:
    "persona-non-grata" with spaces, "personas non grata" as "personae non grata", "persons non grata" as
    "persona non grata" (same length, so every offset stays)."""
    if "-non-" in text.lower():
        text = _PNG_HYPHENATED.sub(lambda m: m.group().replace("-", " "), text)
    if "personas" in text.lower():
        text = _PNG_ENGLISH_PLURAL.sub(lambda m: m.group(1) + "e" + m.group(2) + m.group(3) +
                                       ("e" if m.group().lower().endswith("s") else ""), text)
    if "persons non" in text.lower():
        text = _PNG_PERSONS.sub(lambda m: m.group(1) + m.group(2) + ("A" if m.group(2).isupper() else "a"), text)
    return text



# the trigger nouns long enough that two letters swapped side by side ("explusion", "expulsoin", OCR and hurried
# typing) can be no other word; the swap is undone in the text (same length, so every offset stays)
_SWAPPABLE_NOUNS = ("expulsion", "expulsions", "deportation", "deportations")


def _swapped(word: str) -> set[str]:
    return {word[:k] + word[k + 1] + word[k] + word[k + 2:] for k in range(len(word) - 1) if word[k] != word[k + 1]}


_SWAPS = {w: right for right in _SWAPPABLE_NOUNS for w in _swapped(right) if w not in _SWAPPABLE_NOUNS}
# (every swapped form opens with a letter, so "not after a word character" is \b here, and faster in Python's re)
# (the forms as one prefix tree, the longest first at each branch as in the longest-first alternation, one try per
# letter instead of one per form, gazetteer/alternation.py: 5,931 Reuters sentences 0.061 -> 0.025 CPU s, the same text)
_SWAPPED = re.compile(r"(?<!\w)(?:" + words_pattern(_SWAPS, r"\b") + ")", re.IGNORECASE)


def _case_as(model: str, word: str) -> str:
    return "".join(c.upper() if m.isupper() else c for c, m in zip(word, model))


# a translation's "for" before a verb of leaving and its place, after a time given ("72 hours for leave Venezuela",
# Spanish "para salir"): the English "to" ("30 days for leave each year" is time off)
_FOR_LEAVING = re.compile(r"\b(hours|days|weeks|hrs)\sfor(?=\s+(?:leave|abandon|depart|quit|exit)\s+(?:the\s|[A-Z]))", re.I)


def standard_words(text: str) -> str:
    """`text` as both readers know its words: "persona non grata" in its standard forms (`standard_png`), a
    trigger noun with two letters swapped side by side written right ("the explusion of 18 Soviet diplomats"),
    and a translation's "72 hours for leave" as "72 hours  to leave"; the same length, so every offset stays."""
    text = standard_png(text)
    if "ex" in text.lower() or "de" in text.lower():
        text = _SWAPPED.sub(lambda m: _case_as(m.group(), _SWAPS[m.group().lower()]), text)
    if " for " in text:
        text = _FOR_LEAVING.sub(lambda m: m.group(1) + "  to", text)
    return text


_PAIRED_DASHES = re.compile(r" ([\u2013\u2014]) ([^\u2013\u2014.;:!?]{1,80}?) \1 (?=\w)")


def dashes_as_commas(text: str) -> str:
    """`text` with a phrase set off by a pair of dashes set off by commas instead ("25 British nationals – including
    journalists and diplomats – 48 hours to leave"), as the parser reads an aside best; same length, so every
    offset stays. A single dash (a dateline, a break) stays."""
    if "\u2013" not in text and "\u2014" not in text:
        return text
    return _PAIRED_DASHES.sub(lambda m: f" , {m.group(2)} , ", text)


# a few words quoted inside a clause: an opening mark after a word and a space, lower case after it, closed within
# the sentence ('condemned the "irresponsible actions" of X', 'ordering the envoy "to leave no later than 1 May."')
_PARTIAL_QUOTE = re.compile(r"(?<=\w )([\"\u201c])(?=[a-z])([^\"\u201c\u201d\n]{1,80}?)([\"\u201d])")


def partial_quotes_unmarked(text: str) -> str:
    """`text` with the marks of a partial quotation (a few words in lower case quoted inside a clause) made spaces,
    as the parser reads the clause best: 'ordering the chargé d'affaires "to leave by 1 September"' is an order to
    leave, where the marks make the parser hang "to leave" on another noun. Same length, so every offset stays;
    a quoted sentence (capital first) keeps its marks."""
    if '"' not in text and "\u201c" not in text:
        return text
    return _PARTIAL_QUOTE.sub(lambda m: f" {m.group(2)} ", text)
