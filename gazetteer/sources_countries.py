"""Countries, their capitals, foreign ministries and governments, from sources/countries.csv.

countries.csv is the hand-checked country table (see sources_countries_seed.py
for where each column comes from). From each row this module makes:

* a COUNTRY entity (QID or "iso:XX"), with official name, variants, demonyms;
* a CITY entity for the capital, `acts_for` the country ("Moscow" -> RU);
* an ORG entity for the foreign ministry, `acts_for` the country, with the
  name patterns news uses ("Russian Foreign Ministry", "Ministry of Foreign
  Affairs of Russia");
* an ORG entity for the government, `acts_for` the country ("the Kenyan
  Government", "the Government of Kenya");
* an ORG entity for the defence ministry ("the British Defence Ministry", "Russia's
  defence ministry", "Ministry of Defence of Ukraine"), not acting for the country in
  diplomacy; where the gazetteer already holds the state's defence ministry by a name of
  its own (the curated "United States Department of Defense"), it takes that name, so
  that the build folds the generated names into that body.

Former states with a demonym (the Soviet Union, Czechoslovakia, East Germany,
Yugoslavia, South and North Vietnam, South and North Yemen, Rhodesia) get a foreign ministry and a
government too, not a capital. A former state that shares its code with a state of today
(West Germany and South Vietnam share DE and VN) carries the `former-state` source tag, so that
the code names the state of today (`gazetteer.model.country_per_code`).
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, NamedTuple, Optional

from gazetteer.model import FORMER_STATE, Entity, article_for, normalise
from gazetteer.sources_common import read_csv, split_list, stable_id

SOURCE = "countries.csv"


class CountryRow(NamedTuple):
    iso2: str
    iso3: str
    qid: str
    name: str
    official_name: str
    aliases: List[str]
    demonyms: List[str]
    capital: str
    capital_aliases: List[str]
    kind: str
    no_demonym_reason: str
    note: str


def read_country_rows() -> List[CountryRow]:
    rows = []
    for r in read_csv("countries.csv"):
        rows.append(CountryRow(
            iso2=r["iso2"], iso3=r["iso3"], qid=r["qid"], name=r["name"], official_name=r["official_name"],
            aliases=split_list(r["aliases"]), demonyms=split_list(r["demonyms"]), capital=r["capital"],
            capital_aliases=split_list(r["capital_aliases"]), kind=r["kind"],
            no_demonym_reason=r["no_demonym_reason"], note=r["note"]))
    return rows


def current_rows(rows: List[CountryRow]) -> List[CountryRow]:
    """Rows for current states and territories (ISO 3166-1 plus Kosovo), not former states."""
    return [r for r in rows if r.kind in ("iso", "user-assigned")]


def iso3_to_iso2(rows: List[CountryRow]) -> Dict[str, str]:
    out = {r.iso3: r.iso2 for r in rows if r.kind != "former" or r.iso3 in ("SUN", "YUG", "CSK", "DDR", "SCG", "ANT")}
    return out


def name_to_iso2(rows: List[CountryRow]) -> Dict[str, str]:
    """normalise(name or alias) -> ISO2, current states first so they win."""
    out: Dict[str, str] = {}
    for r in current_rows(rows) + [r for r in rows if r.kind == "former"]:
        for n in [r.name, r.official_name, *r.aliases]:
            if n:
                out.setdefault(normalise(n), r.iso2)
    return out


def spelling_variants(name: str, aliases: List[str]) -> List[str]:
    """The aliases that are other spellings of the name, not other names: as many words, the same
    last three letters ("Rumania", "Roumania" for Romania; no "Burma" for Myanmar, no "Republic of ...");
    and the hyphenated name written with a space ("Guinea Bissau", "Timor Leste")."""
    variants = [a for a in aliases if len(a.split()) == len(name.split()) and a[-3:] == name[-3:] and a != name
                and a[:1] == name[:1]]
    return variants + [name.replace("-", " ")] if "-" in name else variants


def joined_by_hyphen(name: str) -> List[str]:
    """The name of a state of two parts joined by "and" with a hyphen for the "and", as news writes it
    ("Trinidad-Tobago", "Antigua-Barbuda", "Sao Tome-Principe"); none for "Saint Vincent and the Grenadines"."""
    parts = name.split(" and ")
    if len(parts) != 2 or not all(parts) or parts[1].lower().startswith("the ") or "," in name \
            or any(len(p.split()) > 3 for p in parts):
        return []   # no long official name ("United Kingdom of Great Britain and Northern Ireland")
    return [parts[0] + "-" + parts[1]]


def variant_demonyms(name: str, variants: List[str], demonyms: List[str]) -> List[str]:
    """A spelling of the name makes its demonyms the same way ("Rumania" -> "Rumanian", "Rumanians";
    "Guinea Bissau" -> "Guinea Bissauan")."""
    return [v + d[len(name):] for v in variants for d in demonyms if d.startswith(name) and len(d) > len(name)]


_SAINT = ("Saint ", "St. ", "St ")


def saint_written_otherwise(names: List[str]) -> List[str]:
    """The other ways news writes the "Saint" a state's name opens with ("Saint Lucia": "St. Lucia", "St
    Lucia"; "Saint Lucian": "St. Lucian"), not among `names` already. (Not for capitals: "St. John's" is
    Newfoundland's as much as Antigua's "Saint John's".)"""
    out: List[str] = []
    for n in names:
        opening = next((o for o in _SAINT if n.startswith(o) and len(n) > len(o)), None)
        if opening is not None:
            out += [o + n[len(opening):] for o in _SAINT if o != opening]
    return [v for i, v in enumerate(out) if v not in names and v not in out[:i]]


def country_entity(r: CountryRow) -> Entity:
    variants = spelling_variants(r.name, r.aliases)
    aliases = list(r.aliases) + ([r.official_name] if r.official_name else []) \
        + [v for v in variants if v not in r.aliases]
    aliases += [v for n in [r.name, *aliases] for v in joined_by_hyphen(n) if v not in aliases and v != r.name]
    aliases += saint_written_otherwise([r.name, *aliases])
    if r.iso3 and r.kind != "former":
        aliases.append(r.iso3)
    demonyms = list(r.demonyms) + [d for d in variant_demonyms(r.name, variants, r.demonyms) if d not in r.demonyms]
    demonyms += saint_written_otherwise(demonyms)
    return Entity(
        entity_id=r.qid or f"iso:{r.iso2}", canonical_name=r.name, entity_type="COUNTRY",
        country_code=r.iso2, aliases=aliases, demonyms=demonyms,
        sources=[SOURCE, FORMER_STATE] if r.kind == "former" else [SOURCE])


def capital_entity(r: CountryRow) -> Entity:
    return Entity(
        entity_id=stable_id("capital", "CITY", r.capital, r.iso2), canonical_name=r.capital,
        entity_type="CITY", country_code=r.iso2, aliases=list(r.capital_aliases),
        acts_for=r.iso2, sources=[SOURCE])


FOREIGN_MINISTRY_OTHER_NAMES = ("Ministry of External Relations", "Ministry for External Relations",
                                "Ministry of Foreign Relations")
FOREIGN_OFFICE = "Foreign Office"


def foreign_ministry_entity(r: CountryRow, own_foreign_office: bool = False) -> Entity:
    """The state's foreign ministry by the names English news gives it with the state's name. `own_foreign_office`:
    a body of the state's own already bears a "Foreign Office" name (Britain's, Germany's), which it keeps."""
    name = r.name
    the = article_for(name)
    canonical = f"Ministry of Foreign Affairs of {the}{name}"
    aliases = [f"{name} Ministry of Foreign Affairs", f"Foreign Ministry of {the}{name}",
               f"{name} Foreign Ministry", f"{name}'s Foreign Ministry", f"{name}'s Ministry of Foreign Affairs",
               # the words in the order English news also writes them: "Brazil's Foreign Affairs Ministry"
               f"{name} Foreign Affairs Ministry", f"{name}'s Foreign Affairs Ministry",
               f"Foreign Affairs Ministry of {the}{name}"]
    if r.official_name:
        aliases.append(f"Ministry of Foreign Affairs of the {r.official_name}")
    for d in r.demonyms:
        if d[:1].isupper() and not d.endswith("s"):
            aliases += [f"{d} Foreign Ministry", f"{d} Ministry of Foreign Affairs", f"{d} Foreign Affairs Ministry"]
    # the names some states give it, which news writes with any state ("the French Ministry for External
    # Relations" of 1981-86, Brazil's "Ministry of External Relations", Cuba's "Ministry of Foreign Relations")
    demonym = next((d for d in r.demonyms if d[:1].isupper() and not d.endswith("s")), None)
    for kind in FOREIGN_MINISTRY_OTHER_NAMES:
        aliases += [f"{kind} of {the}{name}"] + ([f"{demonym} {kind}"] if demonym else [])
    # English news calls many a state's foreign ministry its "Foreign Office" ("Pakistan's Foreign Office", "the
    # Indian Foreign Office", "the Foreign Office of Bangladesh"); with the state named, never bare (a bare "the
    # Foreign Office" is the British one, or the story's state's: gazetteer/foreign_bodies.py)
    if not own_foreign_office:
        aliases += [f"{name} {FOREIGN_OFFICE}", f"{name}'s {FOREIGN_OFFICE}", f"{FOREIGN_OFFICE} of {the}{name}"] \
            + ([f"{demonym} {FOREIGN_OFFICE}"] if demonym else [])
    return Entity(
        entity_id=stable_id("foreign-ministry", "ORG", canonical, r.iso2), canonical_name=canonical,
        entity_type="ORG", country_code=r.iso2, aliases=aliases, acts_for=r.iso2, sources=[SOURCE])


def _named_by_country(r: CountryRow, body: str) -> tuple[str, List[str]]:
    """(canonical name, aliases) of a body news names by its country: "Government of Kenya", "Kenya Government",
    "Kenya's Government", "Government of the Republic of Kenya", "Kenyan Government"."""
    canonical = f"{body} of {article_for(r.name)}{r.name}"
    aliases = [f"{r.name} {body}", f"{r.name}'s {body}"]
    if r.official_name:
        aliases.append(f"{body} of the {r.official_name}")
    aliases += [f"{d} {body}" for d in r.demonyms if d[:1].isupper() and not d.endswith("s")]
    return canonical, aliases


def government_entity(r: CountryRow) -> Entity:
    """The country's government as news names it: "the Government of Kenya", "the Kenyan Government"."""
    canonical, aliases = _named_by_country(r, "Government")
    return Entity(
        entity_id=stable_id("government", "ORG", canonical, r.iso2), canonical_name=canonical,
        entity_type="ORG", country_code=r.iso2, aliases=aliases, acts_for=r.iso2, sources=[SOURCE])


# words that name a legislature: a state whose body the gazetteer holds by such a name has its parliament
LEGISLATURE_WORDS = frozenset({"parliament", "congress", "duma", "bundestag", "knesset", "majlis", "sejm", "rada",
                               "storting", "riksdag", "folketing", "diet", "sabha", "cortes"})


def parliament_entity(r: CountryRow, taken: Dict[str, str]) -> Optional[Entity]:
    """The country's parliament as news names it by the country: "the Parliament of Kenya", "the Kenyan
    Parliament", "Kenya's parliament". None where a body of the country already bears a legislature's
    name (the curated "Parliament of the United Kingdom", the Bundestag, the United States Congress) or
    any body bears one of those names: a legislature the gazetteer knows by its own name keeps it.
    `taken`: normalised name of a body -> its country."""
    if any(code == r.iso2 and LEGISLATURE_WORDS & set(key.split()) for key, code in taken.items()):
        return None
    canonical, aliases = _named_by_country(r, "Parliament")
    if any(normalise(n) in taken for n in [canonical, *aliases]):
        return None
    return Entity(
        entity_id=stable_id("parliament", "ORG", canonical, r.iso2), canonical_name=canonical,
        entity_type="ORG", country_code=r.iso2, aliases=aliases, sources=[SOURCE])


def parliament_entities(taken: Dict[str, str]) -> List[Entity]:
    """`parliament_entity` for every current state."""
    return [e for e in (parliament_entity(r, taken) for r in current_rows(read_country_rows())) if e is not None]


# how news names a defence ministry: "Ministry of Defence of Ukraine", "Russia's Ministry of Defense",
# "the Polish Ministry of National Defence"; and "the British Defence Ministry", "Russia's defence ministry"
DEFENCE_MINISTRY_KINDS = ("Ministry of Defence", "Ministry of Defense", "Ministry of National Defence",
                          "Ministry of National Defense")
DEFENCE_MINISTRY_SHORT_KINDS = ("Defence Ministry", "Defense Ministry")
# a body's name that says it is a state's defence ministry ("Ministry of Defence (UK)", "Department of Defense")
_DEFENCE_BODY = re.compile(r"\b(ministry|department) of (national )?defen[cs]e\b|\bdefen[cs]e (ministry|department)\b")


def is_defence_ministry_name(name: str) -> bool:
    return bool(_DEFENCE_BODY.search(normalise(name)))


def defence_ministry_entity(r: CountryRow, own_name: Optional[str] = None) -> Entity:
    """The state's defence ministry by the names news gives it. `own_name`: the name under which the
    gazetteer already holds that body, which the entity then bears (the build merges the two)."""
    name, the = r.name, article_for(r.name)
    demonyms = [d for d in r.demonyms if d[:1].isupper() and not d.endswith("s")]
    aliases: List[str] = []
    for kind in DEFENCE_MINISTRY_KINDS:
        aliases += [f"{kind} of {the}{name}", f"{name} {kind}", f"{name}'s {kind}"] + [f"{d} {kind}" for d in demonyms]
        if r.official_name:
            aliases.append(f"{kind} of the {r.official_name}")
    for kind in DEFENCE_MINISTRY_SHORT_KINDS:
        aliases += [f"{name} {kind}", f"{name}'s {kind}"] + [f"{d} {kind}" for d in demonyms]
    canonical = f"Ministry of Defence of {the}{name}"
    if own_name:
        aliases.append(canonical)
        canonical = own_name
    return Entity(
        entity_id=stable_id("defence-ministry", "ORG", canonical, r.iso2), canonical_name=canonical,
        entity_type="ORG", country_code=r.iso2, aliases=[a for a in aliases if a != canonical], sources=[SOURCE])


def defence_ministry_entities(bodies: List[Entity]) -> List[Entity]:
    """`defence_ministry_entity` for every current state and every former state with a demonym, each under
    the name of the state's defence ministry among `bodies` (the first, in their order), if there is one."""
    own: Dict[str, str] = {}
    for e in bodies:
        if e.entity_type == "ORG" and e.country_code and any(is_defence_ministry_name(n) for n in e.names()):
            own.setdefault(e.country_code, e.canonical_name)
    rows = read_country_rows()
    states = current_rows(rows) + [r for r in rows if r.kind == "former" and r.demonyms]
    return [defence_ministry_entity(r, own.get(r.iso2)) for r in states]


def country_entities(own_foreign_office: Iterable[str] = ()) -> List[Entity]:
    """The states, their capitals, foreign ministries and governments. `own_foreign_office`: the codes of the
    states a body of whose (a curated one) already bears a "Foreign Office" name."""
    own_foreign_office = set(own_foreign_office)
    rows = read_country_rows()
    out = [country_entity(r) for r in rows]
    out += [capital_entity(r) for r in current_rows(rows) if r.capital]
    # former states had foreign ministries and governments too ("the Soviet Foreign Ministry")
    former = [r for r in rows if r.kind == "former" and r.demonyms]
    out += [foreign_ministry_entity(r, r.iso2 in own_foreign_office) for r in current_rows(rows) + former]
    out += [government_entity(r) for r in current_rows(rows) + former]
    return out


def missing_demonyms() -> List[CountryRow]:
    return [r for r in read_country_rows() if not r.demonyms]
