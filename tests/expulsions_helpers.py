"""Test scaffolding for the transforms/expulsions/ package: mentions and sentences without the pipeline.

`mentions_for(text)` finds names from a tiny hand-written table (a few countries,
demonyms, capitals, governments and leaders) and returns resolved `Mention`s as
the real resolver would: countries, capitals, governments and leaders in office
carry `acts_for`; demonyms carry only `country_code`.
"""
from __future__ import annotations

import re
from typing import Optional

from transforms.records import Mention, Sentence

# alias -> (entity_type, spaCy label, country_code, acts_for, canonical name)
_COUNTRIES = {
    "PL": ["Poland"], "SI": ["Slovenia"], "SK": ["Slovakia"], "BG": ["Bulgaria"], "MD": ["Moldova"], "DE": ["Germany"], "FR": ["France"], "IT": ["Italy"], "ES": ["Spain"],
    "BE": ["Belgium"], "NL": ["the Netherlands", "Netherlands"], "IE": ["Ireland"], "SE": ["Sweden"],
    "CZ": ["the Czech Republic", "Czech Republic"], "LU": ["Luxembourg"], "LT": ["Lithuania"],
    "LV": ["Latvia"], "EE": ["Estonia"], "GR": ["Greece"], "PT": ["Portugal"], "DK": ["Denmark"],
    "GB": ["Britain", "Great Britain", "the United Kingdom", "United Kingdom", "UK", "the UK"],
    "US": ["the United States", "United States", "U.S.", "US", "America"],
    "RU": ["Russia", "the Russian Federation", "Russian Federation", "the Russian federation", "Russian federation"],
    "CA": ["Canada"], "IN": ["India"], "EC": ["Ecuador"], "SY": ["Syria"], "AU": ["Australia"],
    "CN": ["China"], "JP": ["Japan"], "NO": ["Norway"], "FI": ["Finland"], "UA": ["Ukraine"],
    "MX": ["Mexico"], "SU": ["the Soviet Union", "Soviet Union"],
}
_DEMONYMS = {
    "PL": ["Polish"], "DE": ["German"], "FR": ["French"], "GB": ["British", "Britons"],
    "US": ["American", "Americans"], "RU": ["Russian", "Russians"], "CA": ["Canadian"],
    "IN": ["Indian"], "EC": ["Ecuadorian"], "SY": ["Syrian"], "CN": ["Chinese"], "JP": ["Japanese"],
    "NO": ["Norwegian"], "SU": ["Soviet"], "MX": ["Mexican"], "UA": ["Ukrainian"],
}
_CAPITALS = {"RU": "Moscow", "US": "Washington", "GB": "London", "PL": "Warsaw", "EC": "Quito",
             "CA": "Ottawa", "IN": "New Delhi", "CN": "Beijing", "JP": "Tokyo", "NO": "Oslo", "FR": "Paris"}
_GOVERNMENT = {"the Kremlin": "RU", "Kremlin": "RU", "the State Department": "US", "State Department": "US",
               "the Foreign Office": "GB", "the Russian Foreign Ministry": "RU", "the White House": "US"}
# leaders: (country, in office -> acts_for)
_PEOPLE = {"Donald Trump": ("US", False), "Theresa May": ("GB", True), "Vladimir Putin": ("RU", True),
           "Joe Biden": ("US", True), "Biden": ("US", True), "President Trump": ("US", True),
           "Justin Trudeau": ("CA", True), "Jonas Gahr Store": ("NO", True), "Ivan Petrov": ("RU", False),
           "John Smith": ("GB", False)}
_ORGS = {"the European Union": None, "European Union": None, "NATO": None, "the Communist Party": None,
         "the Council of Europe": None}


def _table() -> dict[str, tuple[str, str, Optional[str], Optional[str], str]]:
    t = {}
    for cc, names in _COUNTRIES.items():
        for n in names:
            t[n] = ("COUNTRY", "GPE", cc, cc, names[0].removeprefix("the "))
    for cc, names in _DEMONYMS.items():
        for n in names:
            t[n] = ("NORP", "NORP", cc, None, cc)
    for cc, n in _CAPITALS.items():
        t[n] = ("CITY", "GPE", cc, cc, n)
    for n, cc in _GOVERNMENT.items():
        t[n] = ("ORG", "ORG", cc, cc, n.removeprefix("the "))
    for n, (cc, in_office) in _PEOPLE.items():
        t[n] = ("PERSON", "PERSON", cc, cc if in_office else None, n)
    for n in _ORGS:
        t[n] = ("ORG", "ORG", None, None, n.removeprefix("the "))
    return t


_TABLE = _table()
_ALIASES = sorted(_TABLE, key=len, reverse=True)
_PATTERN = re.compile("|".join(rf"(?<![\w.]){re.escape(a)}(?!\w)" for a in _ALIASES))


def mentions_for(text: str, article_id: str = "t1") -> list[Mention]:
    """Resolved mentions for every table name in `text` (longest match wins)."""
    out = []
    for m in _PATTERN.finditer(text):
        etype, label, cc, acts_for, canonical = _TABLE[m.group()]
        out.append(Mention(article_id, m.start(), m.end(), m.group(), label, etype, f"test:{canonical}",
                           canonical, cc, acts_for, None, 1.0, "exact"))
    return out


_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"\u201d\u2019]?|$)")


def sentences_for(text: str) -> list[Sentence]:
    """A simple sentence splitter; abbreviations such as "U.S." are kept inside a sentence."""
    protected = re.sub(r"\b(?:U\.S\.|St\.|Mr\.|Mrs\.|Dr\.|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)", lambda m: m.group().replace(".", "\x00"), text)
    out = []
    for m in _SENTENCE.finditer(protected):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        if b > a:
            out.append(Sentence(a, b))
    return out


def extract(text: str, published_date: Optional[str] = "2022-04-07", article_id: str = "t1"):
    """Run the extractor on a test text with table mentions and the simple splitter."""
    from transforms.expulsions import extract_events
    return extract_events(article_id, text, published_date, sentences_for(text), mentions_for(text, article_id))


def tuples(events, modality: Optional[str] = None):
    """(expelling, expelled, count, at_least, year, modality) of each event, optionally of one modality."""
    return [(e.expelling_country, e.expelled_country, e.count, e.at_least, e.event_year, e.modality)
            for e in events if modality is None or e.modality == modality]


# made-up names for the parse-rule tests: surface -> (code, kind), as the resolver would give them
READING_NAMES = {
    "Ruritania": ("RR", "state"), "Ruritanian": ("RR", "norp"), "Freedonia": ("FD", "state"),
    "Freedonian": ("FD", "norp"), "Strelsau": ("RR", "capital"), "Fredville": ("FD", "capital"),
}


def grammar_readings(nlp, text: str, names: dict) -> list:
    """(actor, expelled, count, modality) of each reading of `text` by the parse rules (grammar.py) that
    names people expelled; `names` maps a surface form to (code, kind), as the resolver would give it."""
    from transforms.expulsions import grammar as g
    doc = nlp(text)
    found = [(m.start(), m.end(), *names[m.group()]) for m in
             re.finditer(r"\b(" + "|".join(sorted(names, key=len, reverse=True)) + r")\b", text)]
    return [(r.actor, r.expelled, r.count, r.modality) for r in g.read_sentence(doc[:], g.States(found))
            if r.has_object and not r.other_sense]


# made-up states for whole-article tests: surface -> (code, entity type, acts for its state)
MADE_UP = {"Ruritania": ("RR", "COUNTRY", True), "Freedonia": ("FD", "COUNTRY", True),
           "Graustark": ("GK", "COUNTRY", True), "Syldavia": ("SV", "COUNTRY", True),
           "Ruritanian": ("RR", "NORP", False), "Freedonian": ("FD", "NORP", False),
           "Graustarkian": ("GK", "NORP", False), "Syldavian": ("SV", "NORP", False),
           "Strelsau": ("RR", "CITY", True), "Fredville": ("FD", "CITY", True), "Edelweiss": ("GK", "CITY", True),
           "Klow": ("SV", "CITY", True), "House of Commons": ("RR", "ORG", False),
           "STRELSAU": ("RR", "CITY", True)}   # a dateline


def made_up_rows(text: str, published: str = "2020-05-01", sentence: str = r"[^.]+\.") -> set:
    """(expelling, expelled, count, modality) of every event the extractor, with the parse, gives for a text
    about the made-up states of MADE_UP (resolved as the resolver would: a country and its capital act for
    it; a nationality and a parliament only name it); `sentence` is the pattern of one sentence."""
    return {(e.expelling_country, e.expelled_country, e.count, e.modality)
            for e in made_up_events(text, published, sentence)}


def made_up_modalities(text: str) -> set:
    """The modalities of every event made_up_rows gives for a text."""
    return {modality for _, _, _, modality in made_up_rows(text)}


def made_up_events(text: str, published: str = "2020-05-01", sentence: str = r"[^.]+\.",
                   names: Optional[dict] = None, sentences: Optional[list] = None) -> list:
    """The events of `made_up_rows`, whole; `names`: the surface forms to resolve (default MADE_UP);
    `sentences`: the text's sentences as the recogniser split them, in place of the `sentence` pattern."""
    from transforms.expulsions import extract_events
    from transforms.expulsions.story import default_parse
    names = MADE_UP if names is None else names
    mentions = []
    for m in re.finditer(r"\b(" + "|".join(sorted(names, key=len, reverse=True)) + r")\b", text):
        code, kind, acts = names[m.group()]
        label = {"NORP": "NORP", "ORG": "ORG"}.get(kind, "GPE")
        mentions.append(Mention("a", m.start(), m.end(), m.group(), label, kind, country_code=code,
                                acts_for=code if acts else None))
    if sentences is None:
        sentences = [Sentence(m.start(), m.end()) for m in re.finditer(sentence, text)]
    return extract_events("a", text, published, sentences, mentions, default_parse)
