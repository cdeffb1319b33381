"""PETRARCH2 Phoenix actor dictionaries (MIT, Open Event Data Alliance).

Format: one entry per line; a root name, '+' lines are its aliases, '[CODE
yymmdd-yymmdd]' lines its CAMEO codes with dates ('>yymmdd' or '> yymmdd' = from,
'<yymmdd' = until); '#' starts a comment; '_' is a space. Consecutive roots without
codes share the codes that follow (synonyms). A person's span with a start and no end
ends at the dictionary's horizon, its last dated entry (`source_horizon`, 2015-02-17):
the coders vouch for an office up to the day they last looked, not for ever.

From the Countries file: persons (roots marked "# CountryInfo.txt") with
dated roles (first 3 code letters = ISO alpha-3, the rest the CAMEO agent ->
role key), and cities (aliases under a country header that are not names of
the country itself). From the International file: intergovernmental
organisations (IGO codes, no dates), and from the Countries file a state's
intelligence and security services (blocks coded '<ISO3>SPY'/'<ISO3>COP',
e.g. MOSSAD [ISRSPY], MINISTRY_FOR_STATE_SECURITY_ +STASI [DDRCOP]).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from difflib import SequenceMatcher
from typing import Callable, Dict, Iterator, List, NamedTuple, Optional, Tuple

from gazetteer import igo_twins
from gazetteer.dates import from_yymmdd
from gazetteer.model import Entity, Role, normalise
from gazetteer.roles import LEADING_FIGURE, role_key_for_cameo, role_key_for_title
from gazetteer.sources_common import source_path, stable_id

DIR = "petrarch2-phoenix-actors"
COUNTRIES = "Phoenix.Countries.actors.txt"
INTERNATIONAL = "Phoenix.International.actors.txt"
SOURCE = "phoenix"
_CODE = re.compile(r"\[([A-Z]+)\s*([<>]?\s*\d{6,8})?(?:-(\d{6,8})?)?\]\s*(?:#\s*(.*))?")
TITLE_WORDS = re.compile(r"\b(PRESIDENT|MINISTER|AMBASSADOR|SECRETARY|CHAIRMAN|LEADER|CHIEF|PREMIER|KING|"
                          r"GENERAL|SPOKESMAN|ENVOY|DEPUTY|HEAD|GOVERNOR|MAYOR|COMMANDER|OFFICIAL|DR\.?|MR\.?|MRS\.?|"
                          r"COLONEL|LIEUTENANT|ADMIRAL|BRIGADIER|CAPTAIN|CHANCELLOR|BUNDESKANZLER|KANZLER|SENATOR)\b")
_LOWER = {"of", "and", "the", "for", "in", "on", "de", "da", "del", "van", "von", "bin", "al", "la", "le", "du", "des"}


class Block(NamedTuple):
    names: List[str]             # root first, then aliases
    codes: List[Tuple[str, Optional[str], Optional[str], str]]   # (code, start, end, comment)
    comment: str                 # comment on the root line
    header_code: str             # inline code on the root line without dates ("[RUS]")


def _clean(token: str) -> str:
    return " ".join(token.replace("_", " ").split()).strip(" ,")


def _codes(line: str) -> List[Tuple[str, Optional[str], Optional[str], str]]:
    out = []
    for m in _CODE.finditer(line):
        code, a, b, comment = m.group(1), m.group(2), m.group(3), (m.group(4) or "").strip()
        a = a.replace(" ", "") if a else a   # "[EGYGOV > 140608]"
        start = from_yymmdd(a) if a and not a.startswith("<") else None
        end = from_yymmdd(b) if b else (from_yymmdd(a) if a and a.startswith("<") else None)
        out.append((code, start, end, comment))
    return out


def read_blocks(fname: str) -> Iterator[Block]:
    names: List[str] = []
    codes: list = []
    comment = header = ""
    pending_root = False

    def flush():
        if names:
            yield Block(list(names), list(codes), comment, header)

    with open(source_path(DIR, fname), encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            body, _, cmt = line.partition("#")
            stripped = body.strip()
            if not stripped:
                continue
            if stripped.startswith("+"):
                names.append(_clean(stripped[1:].split("[")[0]))
                comment = comment or cmt.strip()   # "MUAMMAR_GADDAFI_" / "+MUAMMAR_QADHAFI_  # CountryInfo.txt"
                continue
            if stripped.startswith("["):
                codes.extend(_codes(line.strip()))
                pending_root = False
                continue
            # a new root: synonyms of the previous root if that one had no codes yet
            if names and (codes or not pending_root):
                yield from flush()
                names, codes = [], []
            root = _clean(stripped.split("[")[0])
            inline = _codes(line[len(line) - len(line.lstrip()):])
            if not names:
                comment, header = cmt.strip(), ""
                if inline and len(inline) == 1 and not inline[0][1] and not inline[0][2] and len(inline[0][0]) == 3:
                    header = inline[0][0]
                    inline = []
            names.append(root)
            codes.extend(inline)
            pending_root = not inline and not header
        yield from flush()


def _title_case(name: str, acronyms: bool = True) -> str:
    """'VLADIMIR_PUTIN' -> 'Vladimir Putin'; short single tokens stay upper-case when `acronyms`."""
    words = name.split()
    if acronyms and len(words) == 1 and len(name) <= 6:
        return name.upper()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if "." in w and len(w) <= 6 and w.isupper():
            out.append(w)
        elif i and lw in _LOWER:
            out.append(lw)
        elif lw.startswith("mc") and len(lw) > 2:
            out.append("Mc" + lw[2:].capitalize())
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in lw.split("-")))
    return " ".join(out)


# "THE_REAGAN_ADMINISTRATION", "SYRIA'S_GOVERNMENT": a government the source files under a person, not a name of his
_GOVERNMENT_WORDS = re.compile(r"\b(ADMINISTRATION|GOVERNMENT|REGIME|CABINET)$")


def person_aliases(names: List[str]) -> List[str]:
    return [_title_case(n, acronyms=False) for n in names
            if n and not TITLE_WORDS.search(n.upper()) and not _GOVERNMENT_WORDS.search(n.upper())]


_LEADER_TITLES = frozenset({"head_of_state", "head_of_government", "foreign_minister"})


def alias_office(names: List[str]) -> Optional[str]:
    """The one leader's office the source's titled forms of a person's name give ("FOREIGN MINISTER
    ANDREI GROMYKO", "FOREIGN MINISTER GROMYKO" -> foreign_minister), or None (none, or several).
    Phoenix codes many a minister and leader only as a government member ("RUSGOV"); its titled
    aliases say which office."""
    keys = {role_key_for_title(n) for n in names if n and TITLE_WORDS.search(n.upper())}
    keys &= _LEADER_TITLES
    return next(iter(keys)) if len(keys) == 1 else None


def agent_of(code: str, iso3_to_iso2: Dict[str, str]) -> str:
    """The agent part of a CAMEO code: "ZWEGOV" -> "GOV". A territory's or a republic's code may stand between
    the state's and the agent ("GBRVGBELI": an elite of the British Virgin Islands, "SUNRUSGOV": the Russian
    republic's government, both still the state's); the agent follows it: an elite is no official."""
    if len(code) >= 6 and code[:3] in iso3_to_iso2 and code[3:6] in iso3_to_iso2:
        return code[6:]
    return code[3:]


def _roles(block: Block, iso3_to_iso2: Dict[str, str]) -> List[Role]:
    # only a government member with one government span: of several ("GBRGOV 2003-08", "GBRGOV 2007-10"),
    # which held the office the title names the source does not say
    office = alias_office(block.names) if sum(agent_of(code, iso3_to_iso2) == "GOV"
                                              for code, *_ in block.codes) == 1 else None
    return block_roles(block, iso3_to_iso2, office)


def profiled_states(block: Block, iso3_to_iso2: Optional[Dict[str, str]] = None) -> set:
    """The states (CAMEO codes) of which the block profiles a leading figure: a government span and an
    "elite" span of the same state ("[ZWEELI 420101-800418] [ZWEGOV 800418-871231] ..."). The Countries
    dictionary gives such a profile to the heads of state and government and the senior figures around
    them, a cabinet member only his ministry's span ("[ZWEGOVEDU 030101-040228]")."""
    def states(agent: str) -> set:
        return {code[:3] for code, *_ in block.codes if agent_of(code, iso3_to_iso2 or {}) == agent}
    return states("GOV") & states("ELI")


def block_roles(block: Block, iso3_to_iso2: Dict[str, str], office: Optional[str]) -> List[Role]:
    """A role for each of the block's codes; a bare government code ("RUSGOV") holds `office` when given,
    and is titled LEADING_FIGURE for a state the block profiles a leading figure of."""
    roles = []
    profiled = profiled_states(block, iso3_to_iso2)
    for code, start, end, comment in block.codes:
        country = iso3_to_iso2.get(code[:3])
        agent = agent_of(code, iso3_to_iso2)
        key = role_key_for_cameo(agent) if agent else "official"
        title_key = role_key_for_title(comment) if comment and "countryinfo" not in comment.lower() else None
        title = comment or code
        if title_key and key in ("official", "minister"):
            key = title_key
        elif office and agent == "GOV" and key == "official":
            key = office   # a government member the source itself calls "Foreign Minister Gromyko"
        elif agent == "GOV" and key == "official" and len(code) == 6 and code[:3] in profiled:   # no territory's
            title = LEADING_FIGURE
        roles.append(Role(role_key=key, title=title, country=country, start=start, end=end,
                          source=f"{SOURCE}:{code}"))
    return roles


_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@functools.lru_cache(maxsize=4)
def _horizon_of(path: str) -> Optional[str]:
    dates = [d for b in read_blocks(path) for _, start, end, _ in b.codes for d in (start, end)
             if d and _FULL_DATE.match(d)]
    return max(dates) if dates else None


def source_horizon() -> Optional[str]:
    """The last full date any entry of the Countries dictionary records (malformed dates aside):
    the day its coders last vouched for what they wrote (2015-02-17 in the shipped file)."""
    return _horizon_of(source_path(DIR, COUNTRIES))   # by the file's path: a test's made-up file has its own


def guarded(role: Role) -> Role:
    """A span with a start and no end ("[UKRGOV >20140607]") ends at the dictionary's horizon: the
    coders vouch for the office up to the day they last looked, not for ever."""
    horizon = source_horizon()
    if role.start and not role.end and horizon and role.start <= horizon:
        return dataclasses.replace(role, end=horizon)
    return role


# CAMEO's own codes for states whose ISO code is another: Kosovo is "KSV" (the World Bank's), "XKX" here
CAMEO_STATE_CODES = {"KSV": "XKX"}


def with_cameo_codes(iso3_to_iso2: Dict[str, str]) -> Dict[str, str]:
    """`iso3_to_iso2` that also reads the dictionary's own state codes ("[KSVGOV ...]" -> XK)."""
    out = dict(iso3_to_iso2)
    out.update({cameo: iso3_to_iso2[iso] for cameo, iso in CAMEO_STATE_CODES.items() if iso in iso3_to_iso2})
    return out


def person_entities(iso3_to_iso2: Dict[str, str]) -> List[Entity]:
    out = []
    for b in read_blocks(COUNTRIES):
        if "countryinfo" not in b.comment.lower() or not b.codes:
            continue
        aliases = person_aliases(b.names)
        if not aliases:
            continue
        roles = [guarded(r) for r in _roles(b, iso3_to_iso2)]
        if any(r.role_key != "notable" for r in roles):   # ELI spans before/after office add little
            roles = [r for r in roles if r.role_key != "notable"]
        countries = sorted({r.country for r in roles if r.country})
        cc = max(countries, key=lambda c: sum(r.country == c for r in roles)) if countries else None
        name = aliases[0]
        out.append(Entity(entity_id=stable_id("phoenix", "PERSON", name, cc), canonical_name=name,
                          entity_type="PERSON", country_code=cc, aliases=aliases[1:], roles=roles,
                          sources=[SOURCE]))
    return out


_HYPHEN = re.compile(r"\s*[-\u2010\u2011\u2013]\s*")


def _is_country_variant(alias: str, country_names: List[str], known: Dict[str, str]) -> bool:
    """Is a name PETRARCH lists under a country's header a name of the country: a known one, one spelt
    alike, or the plural of the opening word of a longer name ("Solomons" for Solomon Islands)? A name that
    is one part of a country's hyphened name is no spelling of it: "Congo-Léopoldville" names the state by
    its capital of the time, and "Leopoldville" under the Congo's header is that city."""
    n = normalise(alias)
    if n in known:
        return True
    if any(len(c.split()) > 1 and n == c.split()[0] + "s" for c in map(normalise, filter(None, country_names))):
        return True
    return any(SequenceMatcher(None, n, normalise(c)).ratio() >= 0.7 for c in country_names
               if c and n not in {normalise(part) for part in _HYPHEN.split(c)})


def short_country_forms(iso3_to_iso2: Dict[str, str], country_names: Dict[str, List[str]],
                        taken: set) -> Dict[str, List[str]]:
    """ISO code -> the short forms PETRARCH lists under the country's header that are the opening words
    of one of its names and of no other country's ("Burkina" for Burkina Faso, "Antigua", "St Vincent"),
    and no name `taken` (normalised names of cities and other countries: not "Bonn" for the Bonn
    Republic, nor "Sao Tome", a capital, nor "Congo", the opening of two states' names); also the plural
    of such an opening word, as news shortens a state of islands ("the Solomons", "the Caymans"), though
    not of a whole name ("Yemens" is several states)."""
    openings: Dict[str, set] = {}
    whole = {normalise(name or "") for names in country_names.values() for name in names}
    for cc, names in country_names.items():
        for name in names:
            words = normalise(name or "").split()
            for k in range(1, len(words)):
                openings.setdefault(" ".join(words[:k]), set()).add(cc)
    for key in [k for k in openings if " " not in k and k not in whole]:
        openings.setdefault(key + "s", openings[key])
    out: Dict[str, List[str]] = {}
    for b in read_blocks(COUNTRIES):
        cc = iso3_to_iso2.get(b.header_code)
        if not cc:
            continue
        for alias in b.names[1:]:
            key = normalise(alias or "")
            if key and key not in taken and openings.get(key) == {cc}:
                name = _title_case(alias, acronyms=False)
                if key not in {normalise(n) for n in out.setdefault(cc, [])}:
                    out[cc].append(name)
    return out


def people_nouns(iso3_to_iso2: Dict[str, str], demonyms: Dict[str, List[str]], taken: set,
                 country_names: Dict[str, List[str]]) -> Dict[str, List[str]]:
    """ISO code -> the nouns for one of a country's people that PETRARCH lists under the country's header, as
    the country's demonyms, with their plurals: a name that is one of the country's demonyms less its "-ian"
    ("Croat" and "Croats" for Croatia, whose demonym is "Croatian"; "Mongol" for Mongolia), no name
    `taken` (normalised names of cities and countries: "Tunis" is Tunisia's capital, not a Tunisian) and no
    word of a name of a country (`country_names`: "Trinidad" of Trinidad and Tobago is an island)."""
    out: Dict[str, List[str]] = {}
    words = {w for names in country_names.values() for n in names for w in normalise(n or "").split()}
    for b in read_blocks(COUNTRIES):
        cc = iso3_to_iso2.get(b.header_code)
        if not cc:
            continue
        stems = {normalise(d)[:-3] for d in demonyms.get(cc, []) if normalise(d).endswith("ian")}
        for alias in b.names[1:]:
            key = normalise(alias or "")
            if len(key) < 4 or " " in key or key not in stems or key in taken or key in words:
                continue
            noun = _title_case(alias, acronyms=False)
            for form in (noun, noun + "s"):
                if form not in out.setdefault(cc, []):
                    out[cc].append(form)
    return out


_REGION = re.compile(r"\b(oblast|republic|krai|kray|okrug|province|region|territory|district|state|county|"
                     r"governorate|prefecture|department|autonomous|island|islands|valley|river|mountains?)\b", re.I)


# Names the source's file lost a letter of: "+QUBEC_", listed among Canada's provinces (between ONTARIO and
# SASKATCHEWAN), is the province of Québec with its "É" dropped. Held as the province (a region, OTHER), apart
# from the GeoNames city Québec, which a CITY of the same name would merge into.
REPAIRED_PLACES = {"QUBEC": ("Quebec", "OTHER")}


def city_entities(iso3_to_iso2: Dict[str, str], known_names: Dict[str, str],
                  country_names: Dict[str, List[str]]) -> List[Entity]:
    """Aliases listed under a country header that are places, not names of the country.

    Names with a region word ("Tver Oblast", "Komi Republic") become OTHER.
    Foreign-language country names the similarity test misses ("Ryssland")
    can slip through as CITY: a known limitation of this source.
    """
    out = []
    for b in read_blocks(COUNTRIES):
        cc = iso3_to_iso2.get(b.header_code)
        if not cc:
            continue
        for alias in b.names[1:]:
            if not alias or len(alias) < 3 or _is_country_variant(alias, country_names.get(cc, []), known_names):
                continue
            name = _title_case(alias)
            if len(name.split()) == 1 and name.isupper():
                name = name.capitalize()
            etype = "OTHER" if _REGION.search(name) else "CITY"
            name, etype = REPAIRED_PLACES.get(alias.upper(), (name, etype))
            out.append(Entity(entity_id=stable_id("phoenix", etype, name, cc), canonical_name=name,
                              entity_type=etype, country_code=cc, sources=[SOURCE]))
    return out


_GENERIC = re.compile(r"\b(ENVOY|MONITOR|BODIES|OFFICIALS?|SPOKESMAN|TROOPS|FORCES?|PEACEKEEPERS?|SOLDIERS|"
                      r"DELEGATION|MISSION|INSPECTORS?|WORKERS?|STAFF|TEAM|SECRETARIAT|CHIEF|HEAD|SECRETARY|GENERAL|PRESIDENT|"
                      r"SPOKESPERSON|AMBASSADOR|OBSERVERS?|MEMBERS?|COUNTRIES|NATIONS_MEMBERS)\b")


def _generic(name: str) -> bool:
    """A generic group or an official, no body ("ASEAN COUNTRIES", "UN SECRETARY GENERAL"); a member word inside
    the "of" phrase of a body's name names what the body is of ("ORGANIZATION OF PETROLEUM EXPORTING COUNTRIES")."""
    m = _GENERIC.search(name)
    return m is not None and not re.search(r"\bOF\b", name[:m.start()])


def igo_entities() -> List[Entity]:
    """Intergovernmental organisations (IGO codes without dates, not people or generic groups), one entity
    for the records of one body (gazetteer/igo_twins.py)."""
    records, kept = [], []
    for b in read_blocks(INTERNATIONAL):
        if not b.codes or not all(c[0].startswith("IGO") and not c[1] and not c[2] for c in b.codes):
            continue
        # a name with a member word only in its "of" phrase comes after the others, so that a body keeps its
        # name and id ("OPEC" of "ORGANIZATION OF PETROLEUM EXPORTING COUNTRIES")
        names = [n for n in b.names if n and not _GENERIC.search(n)] \
            + [n for n in b.names if n and _GENERIC.search(n) and not _generic(n)]
        if not names:
            continue
        records.append(([_title_case(n[4:] if n.startswith("THE ") else n) for n in names],
                        [c[0] for c in b.codes], b.comment))
    out = []
    for group in igo_twins.grouped(records):
        names = [n for i in group for n in records[i][0]]
        out.append(Entity(entity_id=stable_id("phoenix", "ORG", names[0], None), canonical_name=names[0],
                          entity_type="ORG", aliases=names[1:], sources=[SOURCE]))
    return out


def igo_ruler_entities(person_name: Optional[Callable[[str], bool]] = None) -> List[Entity]:
    """The people who led intergovernmental organisations ("# IGOrulers.txt" in the International file:
    "KOFI_ANNAN_ [IGOUNO 970101-061231]" is Kofi Annan, head of the UN 1997-2006): a person of no
    state, a role at the organisation for each dated code. A name of one word ("HAMMARSKJOLD_") is
    no canonical name: the first of two words or more is, if any. The file's other officials of such
    bodies, unmarked ("EMEKA_ANYAOKU_ [IGOCWN 900701-000403] # The Commonwealth", "HANS_BLIX_ [IGOUNOIAE
    ...]"), are people too: a block of dated IGO codes whose every name could be a person's
    (`person_name`, the build's `sources_phoenix_unmarked.is_person_name`; a body's block has no dates).
    Without `person_name`, only the marked heads."""
    out = []
    for b in read_blocks(INTERNATIONAL):
        comments = [b.comment, *(c[3] or "" for c in b.codes)]
        marked = any("igorulers" in c.lower() for c in comments)
        if not marked and not (person_name is not None and b.codes
                               and all(code.startswith("IGO") for code, *_ in b.codes)
                               and all(person_name(n) for n in person_aliases(b.names))):
            continue
        aliases = [n for n in person_aliases(b.names) if len(n.split()) > 1 and "," not in n]
        # the rotating presidency of the European councils is a state's minister's, whom the national
        # sources know with his state ("IGOEUREEC 1986-07-01": Geoffrey Howe)
        roles = [Role(role_key="official", title=code, country=None, start=start, end=end, source=f"{SOURCE}:{code}")
                 for code, start, end, _ in b.codes if code.startswith("IGO") and not code.startswith("IGOEUR") and start]
        if not aliases or not roles:
            continue
        out.append(Entity(entity_id=stable_id("phoenix", "PERSON", aliases[0], None), canonical_name=aliases[0],
                          entity_type="PERSON", aliases=aliases[1:], roles=roles, sources=[SOURCE]))
    return out


_SECURITY_AGENTS = ("SPY", "COP", "MILSPY")
_DIRECTOR = re.compile(r"\bDIRECTORS?\b")


def security_service_entities(iso3_to_iso2: Dict[str, str], taken: Dict[str, str] = None) -> List[Entity]:
    """A state's intelligence / security services, one entity per block, with the state as country.

    The coder's blocks group bodies that share a code (GCHQ with MI5 and MI6,
    the CIA with the NSA): a block naming a body the gazetteer already has
    (`taken`: normalised ORG name -> country, names of other bodies) is such a
    group, and is left out rather than made into one wrong body; so is a
    block with two short acronyms (DGSE with DCRI). Titles ('Director of ...')
    are no bodies. A one-word name of five or more letters is a word ('Mossad',
    'Stasi'), not an acronym.
    """
    taken = taken or {}
    out = []
    for b in read_blocks(COUNTRIES):
        if "countryinfo" in b.comment.lower() or b.header_code or not b.codes:
            continue
        ccs = {iso3_to_iso2.get(c[:3]) for c, _, _, _ in b.codes}
        if len(ccs) != 1 or None in ccs or not all(c[3:] in _SECURITY_AGENTS for c, _, _, _ in b.codes):
            continue
        cc = ccs.pop()
        names = [n for n in b.names if n and not TITLE_WORDS.search(n) and not _DIRECTOR.search(n)]
        if not names or any(taken.get(normalise(n)) in (cc, "") for n in names):
            continue
        if sum(1 for n in names if " " not in n and len(n) <= 4) > 1:
            continue
        names = [n.capitalize() if " " not in n and len(n) >= 5 else _title_case(n) for n in names]
        out.append(Entity(entity_id=stable_id("phoenix", "ORG", names[0], cc), canonical_name=names[0],
                          entity_type="ORG", country_code=cc, aliases=names[1:], sources=[SOURCE]))
    return out


def place_and_org_entities(iso3_to_iso2: Dict[str, str], known_names: Dict[str, str] = None,
                           country_names: Dict[str, List[str]] = None) -> List[Entity]:
    return igo_entities() + city_entities(iso3_to_iso2, known_names or {}, country_names or {})
