"""The loaded gazetteer: entities plus the indexes the resolver asks questions of.

    from gazetteer.store import load_gazetteer
    gaz = load_gazetteer()                                # packaged artifact
    gaz = load_gazetteer(extra_csv="my_entities.csv")     # plus the user's own entities
    gaz.candidates("Sergei Skripl", types=("PERSON",))    # [(Entity, 0.96, 'fuzzy'), ...]

Lookups, cheap and certain first (STYLE.md section 5):

* `country(code)`: by ISO 3166-1 alpha-2 (or reserved) code;
* `lookup_exact(name)`, `lookup_demonym(name)`, `surname_index`: exact normalised keys;
* `candidates(name, types)`: exact hits (method "exact" for a canonical name,
  "alias" for another name, score 1.0), then blocked fuzzy hits (method
  "fuzzy", score 0..1) from one `AliasIndex` per entity type;
* `people_with_role(role_key, country, on_date)`: who held a role on a date.

Load time: reading the artifact is JSON parsing only (the file is decompressed
at once, and the garbage collector paused while the objects are built). The
name indexes need `normalise()` on every name (about 1-2 us a name), so each
entity type's index, the surname index and the role index are built on first
use; call `warm()` in `DoFn.setup` to pay that once per worker up front.
Measured figures are in bench/README.md.

The user extension CSV (`--gazetteer_extra my_entities.csv`) is read by
`gazetteer.extras`; partial dates are read by `gazetteer.dates`.
"""
from __future__ import annotations

import contextlib
import datetime
import gc
import gzip
import importlib.resources
import json
import threading
from pathlib import Path
from typing import Callable, Iterable, NamedTuple, Optional, Sequence, Union

from gazetteer.closed_up_codes import closed_up_hits
from gazetteer.dates import date_bounds, lenient_bounds, role_active
from gazetteer.demonym_forms import clipped_country, derived_country
from gazetteer.extras import merge_extra_rows, read_extra_csv
from gazetteer.index import AliasIndex
from gazetteer.model import INDEXED_TYPES, Entity, Role, country_per_code, normalise, normalise_all
from gazetteer.royal_names import untitled_key
from gazetteer.spanish_surnames import SPANISH_NAMING_STATES, fathers_surname

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

_UNPARSED = object()


def default_artifact():
    """The packaged artifact, `gazetteer/data/gazetteer.jsonl.gz` (works when installed too)."""
    return importlib.resources.files("gazetteer").joinpath("data", "gazetteer.jsonl.gz")


def load_gazetteer(path=None, extra_csv=None) -> "Gazetteer":
    """Load the artifact at `path` (default: the packaged one), merge `extra_csv` if given."""
    with gc_paused():
        entities = read_entities(path if path is not None else default_artifact())
        if extra_csv:
            merge_extra_rows(entities, read_extra_csv(extra_csv))
        return Gazetteer(entities)


# -- reading -------------------------------------------------------------------

def read_entities(path, entity_type: Optional[str] = None) -> list:
    """Entities from a gzip JSON-lines artifact (one `Entity.to_json()` per line).

    The whole file is decompressed at once and each line decoded without
    `json.loads`'s wrapper; records become `Entity`s as `Entity.from_json` makes them.
    With `entity_type`, only the entities of that type, in file order: a line that
    does not contain the type's JSON string at all is not decoded (a few hundred
    countries are read in a fraction of the time all ~33,000 entities take).
    """
    with _open_gzip_binary(path) as handle:
        text = handle.read().decode("utf-8")
    decode = json.JSONDecoder().raw_decode
    entities = []
    with gc_paused():
        _decode_lines(path, text, decode, entities, None if entity_type is None else json.dumps(entity_type))
    if entity_type is not None:
        entities = [e for e in entities if e.entity_type == entity_type]
    return entities


def _decode_lines(path, text: str, decode, entities: list, containing: Optional[str] = None) -> None:
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line or line.isspace() or (containing is not None and containing not in line):
            continue
        try:
            record, end = decode(line)
            if end != len(line) and not line[end:].isspace():
                raise ValueError(f"extra data after the record at column {end + 1}")
            entities.append(_entity_from_record(record))
        except (ValueError, TypeError, AttributeError) as error:
            raise ValueError(f"{path}, line {line_number}: not an entity record: {error}") from error


@contextlib.contextmanager
def gc_paused():
    """Pause the cyclic garbage collector while building many long-lived objects.

    Creating ~100k objects triggers repeated full collections that walk every
    object already built (about a third of load time); none of them is garbage.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_ROLE_FIELDS = frozenset(Role.__dataclass_fields__)
_ROLE_DEFAULTS = {name: spec.default for name, spec in Role.__dataclass_fields__.items()}


def _entity_from_record(record: dict) -> Entity:
    """`Entity.from_json(record)`, faster: the record is used in place, and each Role is
    filled directly (a frozen dataclass's __init__ sets fields one slow call at a time)."""
    roles = record.get("roles")
    if roles:
        record["roles"] = [_role_from_record(role) for role in roles]
    return Entity(**record)


def _role_from_record(record: dict) -> Role:
    if isinstance(record, Role):
        return record
    if not record.keys() <= _ROLE_FIELDS or "role_key" not in record or "title" not in record \
            or "country" not in record:
        return Role(**record)    # raises TypeError naming the bad or missing field
    role = object.__new__(Role)
    fields = role.__dict__
    fields.update(_ROLE_DEFAULTS)
    fields.update(record)
    return role


def _open_gzip_binary(path):
    if isinstance(path, (str, Path)):
        if not Path(path).exists():
            raise FileNotFoundError(
                f"gazetteer artifact not found: {path} (build it, or pass another path)")
        return gzip.open(path, "rb")
    if not path.is_file():   # an importlib.resources Traversable
        raise FileNotFoundError(f"packaged gazetteer artifact not found: {path} (build it first)")
    return gzip.GzipFile(fileobj=path.open("rb"))


# -- the gazetteer ---------------------------------------------------------------

class _TypeIndex(NamedTuple):
    """The name index of one entity type and each of its entities' normalised names."""
    aliases: AliasIndex
    keys_by_position: dict    # entity position -> [normalised canonical name, *normalised aliases]


class Gazetteer:
    """Entities and the indexes to find them by code, name, demonym, surname and role.

    Payloads in the per-type `AliasIndex`es are positions in `entities`. Name
    indexes are built per type on first use (thread-safe); `warm()` builds them all.
    """

    def __init__(self, entities: Iterable[Entity]):
        self.entities = list(entities)
        self.by_id = {entity.entity_id: entity for entity in self.entities}
        self._positions_by_type = {entity_type: [] for entity_type in INDEXED_TYPES}
        for position, entity in enumerate(self.entities):
            self._positions_by_type.setdefault(entity.entity_type, []).append(position)
        self._countries = self._index_countries()
        self._demonyms = self._index_demonyms()
        self._bases: Optional[dict] = None            # built on first derived demonym
        self._role_holders: Optional[dict] = None     # built on first people_with_role()
        self._type_indexes: dict = {}
        self._surname_index: Optional[dict] = None
        self._given_name_counts: Optional[dict] = None
        self._derived: dict = {}   # indexes other modules build from the entities (derived())
        self._build_lock = threading.RLock()

    # -- building ------------------------------------------------------------

    def _index_countries(self) -> dict:
        return country_per_code(self.entities[position] for position in self._positions_by_type["COUNTRY"])

    def _index_demonyms(self) -> dict:
        demonyms = {}
        for position in self._positions_by_type["COUNTRY"]:
            entity = self.entities[position]
            for demonym in entity.demonyms:
                demonyms.setdefault(normalise(demonym), entity)
        return demonyms

    def _demonym_bases(self) -> dict:
        """Normalised demonyms and canonical names of the countries: what `demonym_forms` derives from."""
        with self._build_lock:
            if self._bases is None:
                bases = dict(self._demonyms)
                for position in self._positions_by_type["COUNTRY"]:
                    entity = self.entities[position]
                    bases.setdefault(normalise(entity.canonical_name), entity)
                self._bases = bases
        return self._bases

    def _index_role_holders(self) -> dict:
        """(role_key, country) -> [(start bounds, end bounds, entity)], for date queries."""
        holders: dict = {}
        bounds: dict = {}    # ~70k role dates are ~7k distinct strings: parse each once
        for position in self._positions_by_type["PERSON"]:
            entity = self.entities[position]
            for role in entity.roles:
                country = (role.country or "").upper() or None
                start = bounds.get(role.start, _UNPARSED)
                if start is _UNPARSED:
                    start = bounds[role.start] = lenient_bounds(role.start)
                end = bounds.get(role.end, _UNPARSED)
                if end is _UNPARSED:
                    end = bounds[role.end] = lenient_bounds(role.end)
                holders.setdefault((role.role_key, country), []).append((start, end, entity))
        return holders

    def _type_index(self, entity_type: str) -> Optional[_TypeIndex]:
        """The name index of one type, built on first use."""
        found = self._type_indexes.get(entity_type)
        if found is None and entity_type in self._positions_by_type:
            with self._build_lock:
                found = self._type_indexes.get(entity_type)
                if found is None:
                    with gc_paused():
                        found = self._type_indexes[entity_type] = self._build_type_index(entity_type)
        return found

    def _build_type_index(self, entity_type: str) -> _TypeIndex:
        pairs, keys_by_position = [], {}
        for position in self._positions_by_type[entity_type]:
            keys = normalise_all(self.entities[position].names())
            if entity_type == "PERSON":   # "Ayatollah Ruhollah Khomeini" is also "Ruhollah Khomeini"
                keys += [k for k in dict.fromkeys(map(untitled_key, keys)) if k and k not in keys]
            keys_by_position[position] = keys
            pairs.extend((key, position) for key in keys if key)
        return _TypeIndex(AliasIndex(pairs), keys_by_position)

    def _build_surname_index(self) -> dict:
        index: dict = {}
        for position, keys in self._type_index("PERSON").keys_by_position.items():
            entity = self.entities[position]
            for last in dict.fromkeys(filter(None, map(last_name_token, keys))):
                index.setdefault(last, []).append(entity)
        # a Spanish name's first surname, the father's ("Pinochet" of Augusto Pinochet Ugarte): gazetteer/spanish_surnames.py
        counts = {word: len(people) for word, people in index.items()}
        given = self.given_name_counts
        for position, keys in self._type_index("PERSON").keys_by_position.items():
            entity = self.entities[position]
            if entity.country_code not in SPANISH_NAMING_STATES:
                continue
            for word in dict.fromkeys(filter(None, (fathers_surname(k, given, counts) for k in keys))):
                if entity not in index.get(word, ()):
                    index.setdefault(word, []).append(entity)
        return index

    def _count_given_names(self) -> dict:
        counts: dict = {}
        for keys in self._type_index("PERSON").keys_by_position.values():
            for first in {k.split()[0] for k in keys if " " in k}:
                counts[first] = counts.get(first, 0) + 1
        return counts

    def warm(self, fuzzy: bool = True) -> "Gazetteer":
        """Build every name index (and with `fuzzy`, their gram postings) and the role index now."""
        for entity_type in INDEXED_TYPES:
            type_index = self._type_index(entity_type)
            if fuzzy and type_index is not None:
                type_index.aliases.prepare_fuzzy()
        _ = self.surname_index, self.role_holders
        return self

    def derived(self, name: str, build: Callable[[], object]):
        """What `build()` makes of this gazetteer (an index another module builds from the entities on first
        use, gazetteer/memo.py), made once and kept with it, and so in its snapshot (gazetteer/snapshot.py)."""
        derived = self.__dict__.setdefault("_derived", {})
        if name not in derived:
            with self._build_lock:
                if name not in derived:
                    derived[name] = build()
        return derived[name]

    # -- lookups -------------------------------------------------------------

    @property
    def role_holders(self) -> dict:
        """(role_key, country) -> [(start bounds, end bounds, PERSON entity)], built on first use."""
        if self._role_holders is None:
            with self._build_lock:
                if self._role_holders is None:
                    with gc_paused():
                        self._role_holders = self._index_role_holders()
        return self._role_holders

    @property
    def surname_index(self) -> dict:
        """Normalised last name token -> PERSON entities ("skripal" -> [Sergei, Yulia Skripal]).

        Built from every multi-word name of every person; trailing "jr", "sr",
        "ii".. are skipped. Single-word names are not surnames and are left out.
        """
        if self._surname_index is None:
            with self._build_lock:
                if self._surname_index is None:
                    with gc_paused():
                        self._surname_index = self._build_surname_index()
        return self._surname_index

    @property
    def given_name_counts(self) -> dict:
        """Normalised first token -> how many persons have a multi-word name opening with it
        ("sergei" -> 40); with `surname_index`, tells a given name from a surname."""
        if self._given_name_counts is None:
            with self._build_lock:
                if self._given_name_counts is None:
                    self._given_name_counts = self._count_given_names()
        return self._given_name_counts

    def country(self, code: Optional[str]) -> Optional[Entity]:
        """The COUNTRY entity with this ISO alpha-2 (or reserved) code, any case."""
        return self._countries.get((code or "").strip().upper())

    def countries(self) -> list:
        """Every COUNTRY entity that has a code, one per code."""
        return list(self._countries.values())

    def lookup_demonym(self, name: str) -> Optional[Entity]:
        """The country a demonym names ("British", "Britons" -> United Kingdom; "Slovakian", made from a
        name by an ending of nationality: gazetteer.demonym_forms), or None."""
        key = normalise(name)
        found = self._demonyms.get(key)
        if found is None and key.endswith("s") and not self._exact_hits(key, ("COUNTRY",)):
            found = self._demonyms.get(key[:-1])   # "Britons"; not "Philippines", a country's own name
        if found is None and key and key not in self._demonym_bases():   # not a country's name either
            found = derived_country(key[:-1] if key.endswith("ns") else key, self._demonym_bases())
        if found is None and key and key not in self._demonym_bases():   # "Serbs": the demonym clipped
            found = clipped_country(key, self._demonyms)
            if found is not None and self._names_anything(key):
                found = None   # "Russ", "Georg": a given name; "Tunis": a city
        return found

    def _names_anything(self, key: str) -> bool:
        """Do people bear the normalised word `key` (or it less a plural "s") as a name word, or does any
        entity carry it as a name?"""
        counts = self.given_name_counts
        return any(counts.get(k, 0) or self.surname_index.get(k) or self._exact_hits(k, None)
                   for k in {key, key[:-1] if key.endswith("s") else key})

    def lookup_exact(self, name: str, types: Optional[Sequence[str]] = None) -> list:
        """Entities with a name (canonical or alias) whose normalised form equals `name`'s."""
        return [entity for entity, _ in self._exact_hits(normalise(name), types)]

    def candidates(self, name: str, types: Optional[Sequence[str]] = None, limit: int = 10) -> list:
        """(entity, score, method) for `name`, exact hits first, then fuzzy ones, best first.

        Exact: score 1.0, method "exact" (the canonical name) or "alias" (another
        name). Fuzzy: method "fuzzy" with the AliasIndex score; names shorter
        than 4 characters never match fuzzily. Each entity appears once.
        """
        key = normalise(name)
        found = [(entity, 1.0, method) for entity, method in self._exact_hits(key, types)]
        seen = {id(entity) for entity, _, _ in found}
        for entity, score in self._fuzzy_hits(key, types, limit + len(found)):
            if len(found) >= limit:
                break
            if id(entity) not in seen:
                seen.add(id(entity))
                found.append((entity, score, "fuzzy"))
        return found[:limit]

    def people_with_role(self, role_key: str, country: Optional[str],
                         on_date: Union[str, datetime.date, None]) -> list:
        """PERSON entities holding `role_key` for `country` at some point of `on_date`.

        `on_date` may be partial ("2018", "2018-03") and matches a role that
        overlaps it; a role's missing start or end is open. `on_date` None
        returns every holder ever. Latest-starting holder first.
        """
        holders = self.role_holders.get((role_key, (country or "").upper() or None), [])
        on = date_bounds(on_date)
        active = [(start, entity) for start, end, entity in holders
                  if on is None or role_active(start, end, on)]
        active.sort(key=lambda item: item[0][0] if item[0] else (0, 0, 0), reverse=True)
        people, seen = [], set()
        for _, entity in active:
            if id(entity) not in seen:
                seen.add(id(entity))
                people.append(entity)
        return people

    # -- internals -----------------------------------------------------------

    def _types(self, types: Optional[Sequence[str]]) -> Sequence[str]:
        if isinstance(types, str):
            return (types,)
        return INDEXED_TYPES if types is None else types

    def _exact_hits(self, key: str, types: Optional[Sequence[str]]) -> list:
        """(entity, "exact" | "alias") for every entity of `types` carrying `key`."""
        hits = []
        if not key:
            return hits
        for entity_type in self._types(types):
            type_index = self._type_index(entity_type)
            if type_index is None:
                continue
            for position in type_index.aliases.exact(key):
                method = "exact" if type_index.keys_by_position[position][0] == key else "alias"
                hits.append((self.entities[position], method))
        return hits or closed_up_hits(self, key, types)   # "G8" for "G 8": gazetteer/closed_up_codes.py

    def _fuzzy_hits(self, key: str, types: Optional[Sequence[str]], limit: int) -> list:
        """(entity, score) fuzzy hits over `types`, best first."""
        matches = []
        for entity_type in self._types(types):
            type_index = self._type_index(entity_type)
            if type_index is not None:
                matches.extend(type_index.aliases.fuzzy(key, limit=limit))
        matches.sort(key=lambda match: -match.score)
        return [(self.entities[match.payload], match.score) for match in matches]


def last_name_token(key: str) -> Optional[str]:
    """The last token of a multi-word normalised name, skipping "jr", "sr", "ii"...; else None.
    In "X of Y" (a title: "Salman of Saudi Arabia", "Lord Brittan of Spennithorne") the name is
    before "of": what follows is a place, never a surname."""
    tokens = key.split()
    if "of" in tokens[1:]:
        tokens = tokens[:tokens.index("of", 1)]
    while len(tokens) > 2 and tokens[-1] in NAME_SUFFIXES:
        tokens.pop()
    if len(tokens) < 2 or tokens[-1] in NAME_SUFFIXES:
        return None
    return tokens[-1]
