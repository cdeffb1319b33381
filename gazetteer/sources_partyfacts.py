"""Political parties from Party Facts (MIT; Döring & Regel 2019).

partyfacts-core-parties.csv gives each party's country (ISO3), native name,
short name and ' / '-separated English names; partyfacts-wikidata.csv adds
Wikidata QIDs. Each party becomes an ORG with its country and, where given, its first and
last year (`founded`, `dissolved`: a party is named by its short form only while it exists). Where the same
English name is used in several countries the canonical name says which
("Labour Party (UK)"), so the UK Labour Party and the Australian Labor Party
stay apart.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Dict, List, Optional
from urllib.parse import unquote

from gazetteer.model import Entity, normalise
from gazetteer.org_names import organisations_agree
from gazetteer.sources_common import is_qid, read_csv

DIR = "partyfacts"
SOURCE = "partyfacts"
_MARKER = re.compile(r"\s*\[[^\]]*\]\s*")
# Common English names the data lacks (partyfacts_id -> aliases).
EXTRA_ALIASES = {"5124": ["Chinese Communist Party", "CCP", "CPC", "Communist Party of China"]}
COUNTRY_LABEL = {"GB": "UK", "US": "US"}
# Party Facts codes that are no ISO 3166-1 country: the state the region belongs (or belonged) to
# (ISO 3166-2 parents: Northern Ireland GB-NIR, Newfoundland CA-NL, Somaliland, Transnistria, Zanzibar),
# the state a divided country became (South Vietnam, South Yemen), and the EU for the European
# Parliament's groups. A regional party is a national party, never an international body.
# Austria-Hungary's parties (AUH) span several of today's states and keep no country.
REGION_STATE = {"NIR": "GB", "NFL": "CA", "SML": "SO", "PMR": "MD", "ZZB": "TZ", "VNR": "VN", "YMD": "YE",
                "EUN": "EU"}


def _names(r: Dict[str, str]) -> List[str]:
    english = [_MARKER.sub(" ", n).strip() for n in r["name_english"].split(" / ")]
    return [n for n in english if n]


def _canonical(r: Dict[str, str]) -> str:
    english = _names(r)
    name = _MARKER.sub(" ", r["name"]).strip()
    first = english[0] if english else name
    if name.lower().startswith(first.lower()) and len(name) > len(first) and name.isascii():
        return name   # "Labour" -> "Labour Party"
    return first


def wikipedia_title(r: Dict[str, str]) -> Optional[str]:
    """The English Wikipedia title the row links to ("Conservative Party (UK)"), or None (no English
    page, or a page about an election rather than the party)."""
    url = r.get("wikipedia") or ""
    prefix = "https://en.wikipedia.org/wiki/"
    if not url.startswith(prefix):
        return None
    title = unquote(url[len(prefix):]).replace("_", " ").strip()
    if not title or "#" in title or "election" in title.lower():
        return None
    return title


def _year(value: str) -> Optional[str]:
    """A Party Facts year column ("1900", "1900.0", "") as "YYYY", or None."""
    value = (value or "").strip().split(".")[0]
    return value if len(value) == 4 and value.isdigit() else None


def party_entities(iso3_to_iso2: Dict[str, str], country_names: Dict[str, str] = None) -> List[Entity]:
    qids = {r["partyfacts_id"]: r["wikidata_id"] for r in read_csv(DIR, "partyfacts-wikidata.csv")}
    rows = [r for r in read_csv(DIR, "partyfacts-core-parties.csv") if not r["technical"]]
    canon = {r["partyfacts_id"]: _canonical(r) for r in rows}
    shared = Counter(normalise(c) for c in canon.values())
    titles = Counter(wikipedia_title(r) for r in rows)
    out = []
    for r in rows:
        cc = iso3_to_iso2.get(r["country"]) or REGION_STATE.get(r["country"])
        name = canon[r["partyfacts_id"]]
        # the party's own Wikipedia title names it as English reference works do ("Conservative Party
        # (UK)" for the row called "Conservatives"), when it is that party's alone and says the same
        title = wikipedia_title(r)
        base = re.sub(r"\s*\([^)]*\)$", "", title or "")
        wiki = title if title and titles[title] == 1 and organisations_agree(base, name) else None
        if wiki:
            name = wiki
        elif shared[normalise(name)] > 1:
            label = r["country"] if r["country"] in REGION_STATE else \
                COUNTRY_LABEL.get(cc) or (country_names or {}).get(cc) or r["country"]
            name = f"{name} ({label})"
        aliases = _names(r) + [canon[r["partyfacts_id"]], _MARKER.sub(" ", r["name"]).strip()] + ([base] if wiki else [])
        if r["name_short"] and len(r["name_short"]) > 1:
            aliases += [s.strip() for s in r["name_short"].split(" / ") if s.strip()]
        aliases += EXTRA_ALIASES.get(r["partyfacts_id"], [])
        qid = qids.get(r["partyfacts_id"], "")
        out.append(Entity(entity_id=qid if is_qid(qid) else f"partyfacts:{r['partyfacts_id']}",
                          canonical_name=name, entity_type="ORG", country_code=cc,
                          aliases=[a for a in aliases if a], sources=[SOURCE],
                          founded=_year(r["year_first"]), dissolved=_year(r["year_last"])))
    return out
