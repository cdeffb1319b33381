"""The user extension CSV: the user's own entities, merged into the gazetteer at load.

The user extension CSV (`--gazetteer_extra my_entities.csv`) has a header row
and these columns (only `name` and `type` are required; `#` starts a comment line):

    name     canonical name, e.g. "Sergei Skripal"
    aliases  other names separated by "|", e.g. "Sergey Skripal|S. Skripal"
    type     COUNTRY, PERSON, ORG, CITY or OTHER
    country  ISO 3166-1 alpha-2 code, e.g. GB
    role     PERSON only: a role key from gazetteer.roles.ROLE_KEYS, e.g. ambassador
    start    when the role began: YYYY, YYYY-MM or YYYY-MM-DD (empty: unknown/open)
    end      when the role ended: same forms (empty: still held/unknown)

A row whose normalised name, type and country equal an existing entity's adds
its aliases and role to that entity instead of creating a new one; so does a
second row for the same person (one row per role). A bad row raises ValueError
naming the file and line.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import NamedTuple, Optional, Sequence

from gazetteer.dates import date_bounds
from gazetteer.model import INDEXED_TYPES, Entity, Role, normalise
from gazetteer.roles import ROLE_KEYS

EXTRA_COLUMNS = ("name", "aliases", "type", "country", "role", "start", "end")
REQUIRED_EXTRA_COLUMNS = ("name", "type")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class ExtraRow(NamedTuple):
    """One validated row of the user extension CSV."""
    line: int
    name: str
    aliases: list
    entity_type: str
    country: Optional[str]
    role: Optional[Role]


def read_extra_csv(path) -> list:
    """Validated rows of the user extension CSV; ValueError naming the line for a bad one."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        columns = None
        rows = []
        for cells in reader:
            if not any(cell.strip() for cell in cells) or cells[0].lstrip().startswith("#"):
                continue
            if columns is None:
                columns = _extra_columns(path, reader.line_num, cells)
                continue
            try:
                rows.append(_parse_extra_row(columns, cells, reader.line_num, Path(path).name))
            except ValueError as error:
                raise ValueError(f"{path}, line {reader.line_num}: {error}") from None
    if columns is None:
        raise ValueError(f"{path}: no header row; expected columns {', '.join(EXTRA_COLUMNS)}")
    return rows


def _extra_columns(path, line: int, cells: list) -> list:
    """The header's column names, lower-cased; ValueError if unknown or required ones missing."""
    columns = [cell.strip().lower() for cell in cells]
    unknown = [name for name in columns if name not in EXTRA_COLUMNS]
    missing = [name for name in REQUIRED_EXTRA_COLUMNS if name not in columns]
    if unknown or missing:
        raise ValueError(f"{path}, line {line}: unknown columns {unknown}, missing columns {missing}; "
                         f"expected {', '.join(EXTRA_COLUMNS)}")
    return columns


def _parse_extra_row(columns: list, cells: list, line: int, source: str) -> ExtraRow:
    """One CSV row as an ExtraRow; ValueError saying what is wrong."""
    if len(cells) > len(columns):
        raise ValueError(f"{len(cells)} cells but {len(columns)} columns")
    record = dict(zip(columns, cells))
    cell = {column: record.get(column, "").strip() for column in EXTRA_COLUMNS}
    if not normalise(cell["name"]):
        raise ValueError("empty name")
    entity_type = cell["type"].upper()
    if entity_type not in INDEXED_TYPES:
        raise ValueError(f"type {cell['type']!r} is not one of {', '.join(INDEXED_TYPES)}")
    country = cell["country"].upper() or None
    if country is not None and not _COUNTRY_CODE.match(country):
        raise ValueError(f"country {cell['country']!r} is not a two-letter ISO code")
    aliases = [alias.strip() for alias in cell["aliases"].split("|") if alias.strip()]
    role = _parse_extra_role(cell, entity_type, country, source)
    return ExtraRow(line, cell["name"], aliases, entity_type, country, role)


def _parse_extra_role(cell: dict, entity_type: str, country: Optional[str], source: str) -> Optional[Role]:
    """The row's Role, or None when it has none; ValueError for an inconsistent one."""
    if not cell["role"]:
        if cell["start"] or cell["end"]:
            raise ValueError("start/end given without a role")
        return None
    if entity_type != "PERSON":
        raise ValueError(f"only a PERSON can have a role (type is {entity_type})")
    if cell["role"] not in ROLE_KEYS:
        raise ValueError(f"role {cell['role']!r} is not one of {', '.join(ROLE_KEYS)}")
    start, end = date_bounds(cell["start"]), date_bounds(cell["end"])
    if start and end and start[0] > end[1]:
        raise ValueError(f"start {cell['start']} is after end {cell['end']}")
    return Role(role_key=cell["role"], title=cell["role"].replace("_", " "), country=country,
                start=cell["start"] or None, end=cell["end"] or None, source=f"extra:{source}")


def merge_extra_rows(entities: list, rows: Sequence[ExtraRow]) -> None:
    """Add the rows to `entities` in place: new entities, or aliases/roles of existing ones."""
    by_key = {_merge_key(e.canonical_name, e.entity_type, e.country_code): e for e in entities}
    for row in rows:
        key = _merge_key(row.name, row.entity_type, row.country)
        entity = by_key.get(key)
        if entity is None:
            entity = by_key[key] = _new_extra_entity(row, key)
            entities.append(entity)
        _add_names_and_role(entity, row)


def _merge_key(name: str, entity_type: str, country: Optional[str]) -> tuple:
    return normalise(name), entity_type, country or None


def _new_extra_entity(row: ExtraRow, key: tuple) -> Entity:
    slug = key[0].replace(" ", "_")
    return Entity(entity_id=f"extra:{row.entity_type.lower()}:{row.country or 'xx'}:{slug}",
                  canonical_name=row.name, entity_type=row.entity_type,
                  country_code=row.country, sources=["extra"])


def _add_names_and_role(entity: Entity, row: ExtraRow) -> None:
    known = {normalise(name) for name in entity.names()}
    for alias in [row.name, *row.aliases]:
        if normalise(alias) not in known:
            entity.aliases.append(alias)
            known.add(normalise(alias))
    if row.role is not None and row.role not in entity.roles:
        entity.roles.append(row.role)
