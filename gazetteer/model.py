"""The gazetteer's record types and the one normalisation function.

`normalise()` is used both when the index is built and when a mention is looked
up, so the two can never drift apart.

The built artifact (`gazetteer/data/gazetteer.jsonl.gz`) holds one JSON object
per line, each an `Entity` as written by `Entity.to_json()`.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, asdict
from typing import Optional

ENTITY_TYPES = ("COUNTRY", "PERSON", "ORG", "CITY", "NORP", "OTHER")
INDEXED_TYPES = ("COUNTRY", "PERSON", "ORG", "CITY", "OTHER")   # the types with a name index (a NORP is a country's demonym)

# Words that make a name an institution, never a person ("the Trump Administration responded").
INSTITUTION_WORDS = {"administration", "government", "ministry", "office", "department", "party", "council",
                     "committee", "agency", "embassy", "mission", "parliament", "congress", "senate", "court",
                     "army", "police", "service", "services", "union", "league", "bank", "company", "group",
                     "cabinet", "commission", "assembly", "authority", "kremlin", "house"}

_APOSTROPHES = "\u2019\u2018\u02bc`\u00b4"
_POSSESSIVE = re.compile(r"'s$")
_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")


def article_for(name: str) -> str:
    """'the ' for a state's name that takes it in running text ("the United Kingdom", "the Soviet
    Union", "the Philippines"), else ''."""
    first = name.split()[0].lower()
    plural = name.endswith("s") and not name.endswith(("us", "ss"))
    return "the " if first in ("united", "democratic", "republic", "central", "czech", "soviet") or plural else ""


@functools.lru_cache(maxsize=1 << 16)   # the resolver asks the same names over and over
def normalise(name: str) -> str:
    """Fold a name to its lookup key.

    Lower-cases, strips accents, drops a trailing possessive and a leading "the",
    turns punctuation into spaces except dots inside abbreviations ("U.S." ->
    "us"), and squeezes white space.

    Pure-ASCII names (almost all of them) take a fast path with the same
    result: no accents to strip, and one `bytes.translate` drops the dots and
    turns the other punctuation into spaces. tests/gazetteer/test_model.py
    checks it against the reference rules on every artifact name.
    """
    if not name:
        return ""
    if not name.isascii():
        return _normalise_unicode(name)
    s = name.lower().strip()
    if s.endswith("'s") or s.endswith("`s"):    # "`" is one of the apostrophes
        s = s[:-2]
    if "&" in s:
        s = s.replace("&", " and ")
    s = " ".join(s.encode("ascii").translate(_ASCII_PUNCTUATION_TO_SPACE, b".").decode("ascii").split())
    if s.startswith("the "):
        s = s[4:]
    return s


def normalise_all(names) -> list:
    """`normalise()` of each name, not remembered: for building an index of many distinct names,
    which would only push the names lookups repeat out of `normalise`'s memory."""
    fold_name = normalise.__wrapped__
    return [fold_name(name) for name in names]


def _ascii_punctuation_table() -> bytes:
    """bytes.translate table: every ASCII byte that is neither a word character nor space -> b" "."""
    word_or_space = re.compile(r"[\w\s]")
    return bytes(code if word_or_space.match(chr(code)) else 32 for code in range(256))


_ASCII_PUNCTUATION_TO_SPACE = _ascii_punctuation_table()


def fold(text: str) -> str:
    """The first steps of `normalise()`: accents stripped, apostrophes straight, case folded.
    Punctuation and possessives stay, so a word keeps its shape ("Russia's" -> "russia's",
    "," -> ","): the expulsion extractor folds its tokens with this."""
    if text.isascii():
        return text.lower().replace("`", "'")
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a in _APOSTROPHES:
        s = s.replace(a, "'")
    return s.casefold()


def _normalise_unicode(name: str) -> str:
    """`normalise()` for any string (the reference rules, step by step)."""
    s = fold(name).strip()
    s = _POSSESSIVE.sub("", s)
    s = s.replace(".", "")
    s = s.replace("&", " and ")
    s = _NON_WORD.sub(" ", s)
    s = _SPACES.sub(" ", s).strip()
    s = _LEADING_THE.sub("", s)
    return s


@dataclass(frozen=True)
class Role:
    """A position a person held: what, for which country, and when.

    `role_key` is one of gazetteer.roles.ROLE_KEYS (head_of_state,
    head_of_government, foreign_minister, ...); `title` is the source's own
    wording. Dates are ISO strings (YYYY, YYYY-MM or YYYY-MM-DD) or None when
    open or unknown.
    """
    role_key: str
    title: str
    country: Optional[str]
    start: Optional[str] = None
    end: Optional[str] = None
    source: str = ""


@dataclass
class Entity:
    entity_id: str
    canonical_name: str
    entity_type: str                      # one of ENTITY_TYPES (never NORP: demonyms live on countries)
    country_code: Optional[str] = None    # ISO 3166-1 alpha-2, or a reserved code (SU, EU, YU, CS, DD...)
    aliases: list = field(default_factory=list)    # other names, abbreviations, spellings
    demonyms: list = field(default_factory=list)   # COUNTRY only: "British", "Briton", "Dutch"
    acts_for: Optional[str] = None        # a city/org used for its state: Moscow, the Kremlin -> "RU"
    roles: list = field(default_factory=list)      # PERSON only: list[Role]
    sources: list = field(default_factory=list)
    population: Optional[int] = None      # CITY only, where a source gives it (GeoNames)
    region: Optional[str] = None          # CITY: GeoNames first-level region code (a US state's "FL")
    known_names: Optional[int] = None     # CITY: how many alternate names GeoNames holds (a sign of fame)
    founded: Optional[str] = None         # ORG: the year it began, where a source gives it (Party Facts)
    dissolved: Optional[str] = None       # ORG: the year it ended, if it did
    sex: Optional[str] = None             # PERSON: 'm' or 'f' where a source gives it (IfG, Wikidata cabinets)

    def to_json(self) -> dict:
        d = asdict(self)
        return {k: v for k, v in d.items() if v not in (None, [], "")}

    @classmethod
    def from_json(cls, d: dict) -> "Entity":
        d = dict(d)
        d["roles"] = [r if isinstance(r, Role) else Role(**r) for r in d.get("roles", [])]
        return cls(**d)

    def names(self) -> list:
        """Canonical name first, then aliases (not demonyms)."""
        return [self.canonical_name, *self.aliases]


# the source tag of a news agency, broadcaster or paper: where it is based says nothing of where a
# story it files or is quoted in is set ("told Reuters" is no British story)
NEWS_MEDIA = "news-media"


def reports_news(e: Entity) -> bool:
    """Is `e` a news agency, broadcaster or paper (the curated rows so noted)?"""
    return NEWS_MEDIA in (e.sources or ())


# the source tag of a state that no longer exists (the Soviet Union, West Germany, South Vietnam): some share
# their code with the state of today they became part of (West Germany and Germany are DE, South Vietnam and
# Vietnam VN), and a code names the state of today
FORMER_STATE = "former-state"


def is_former_state(e: Entity) -> bool:
    """Is `e` a state that no longer exists (a countries.csv row of kind 'former')?"""
    return FORMER_STATE in (e.sources or ())


def country_per_code(countries) -> dict:
    """{upper-case code: the COUNTRY entity the code names} for `countries` in the gazetteer's order: the first
    of the state of today, else the first former state ("VN" is Vietnam, never South Vietnam; "SU" the Soviet
    Union)."""
    out: dict = {}
    for e in countries:
        code = (e.country_code or "").upper()
        if code and (code not in out or is_former_state(out[code]) and not is_former_state(e)):
            out[code] = e
    return out
