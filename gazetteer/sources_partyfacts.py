"""Political parties from Party Facts (MIT; Döring & Regel 2019).

partyfacts-core-parties.csv gives each party's country (ISO3), native name,
short name and ' / '-separated English names; partyfacts-wikidata.csv adds
Wikidata QIDs, and the party's short and native names as Wikidata has them ("PP", "Partido Popular"
for the row "AP/PP", "Alianza-Partido Popular / Partido Popular"), which are names of the party too. Each party becomes an ORG with its country and, where given, its first and
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


def _names(r: Dict[str, str], label: str = "") -> List[str]:
    """The row's English names. ' / ' parts that together make the party's Wikidata label are one name
    ("Muslim / National Unity Alliance" is the Muslim National Unity Alliance, no party called "Muslim")."""
    english = [_MARKER.sub(" ", n).strip() for n in r["name_english"].split(" / ")]
    if len(english) > 1 and label and normalise(" ".join(english)) == normalise(label):
        return [label]
    return [n for n in english if n]


def label_names_it(label: str, names: List[str]) -> bool:
    """Is a party's Wikidata label a name to find it by? A label of several words is; a one-word label
    only where it is the word the party's other names are built on ("Likud" in "HaLikud" and
    "Likud-National Liberal Movement"), never a word the row does not use ("Red", "Dawn", "Hats")."""
    if not label or not label.isascii():
        return False
    if len(label.split()) > 1:
        return True
    word = normalise(label)
    return any(w.endswith(word) for n in names for w in re.split(r"[\s\-–/]+", normalise(n)) if w)


def _canonical(r: Dict[str, str], label: str = "") -> str:
    english = _names(r, label)
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
    linked = list(read_csv(DIR, "partyfacts-wikidata.csv"))
    qids = {r["partyfacts_id"]: r["wikidata_id"] for r in linked}
    # the Wikidata label: the name English reference works use ("Likud" for the row "HaLikud")
    labels = {r["partyfacts_id"]: _MARKER.sub(" ", r["name"]).strip() for r in linked if r.get("name")}
    wikidata_names = {r["partyfacts_id"]: [n for n in (_MARKER.sub(" ", r.get("name_short") or "").strip(),
                                                       _MARKER.sub(" ", r.get("name_native") or "").strip())
                                           if len(n) > 1] for r in linked}
    rows = [r for r in read_csv(DIR, "partyfacts-core-parties.csv") if not r["technical"]]
    canon = {r["partyfacts_id"]: _canonical(r, labels.get(r["partyfacts_id"], "")) for r in rows}
    # a label that is the own name of another party of the country is no name of this one (the label
    # "Fiji Labour Party" on the row of Fiji's People's Democratic Party): mislinked rows keep their own names
    row_names = {r["partyfacts_id"]: {(r["country"], normalise(n))
                                      for n in _names(r) + [r["name"], canon[r["partyfacts_id"]]]} for r in rows}
    named_by = Counter(n for names in row_names.values() for n in names)

    def another_partys(r, label: str) -> bool:
        key = (r["country"], normalise(label))
        return named_by[key] - (key in row_names[r["partyfacts_id"]]) > 0
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
        label = labels.get(r["partyfacts_id"], "")
        # ... or when the party's Wikidata label is that very title ("Likud" for "Likud-National Liberal Movement")
        agrees = bool(title) and organisations_agree(base, name)
        wiki = title if title and titles[title] == 1 and (agrees or title == label and not another_partys(r, label)) \
            else None
        if wiki:
            name = wiki
        elif shared[normalise(name)] > 1:
            country_label = r["country"] if r["country"] in REGION_STATE else \
                COUNTRY_LABEL.get(cc) or (country_names or {}).get(cc) or r["country"]
            name = f"{name} ({country_label})"
        aliases = _names(r, label) + [canon[r["partyfacts_id"]], _MARKER.sub(" ", r["name"]).strip()] \
            + ([base] if wiki and agrees else [])   # the title without its bracket, when it says the same
        if r["name_short"] and len(r["name_short"]) > 1:
            aliases += [s.strip() for s in r["name_short"].split(" / ") if s.strip()]
        aliases += EXTRA_ALIASES.get(r["partyfacts_id"], [])
        aliases += [n for n in wikidata_names.get(r["partyfacts_id"], []) if normalise(n) not in
                    {normalise(a) for a in aliases}]   # Wikidata's own short and native names
        aliases += [label] if label_names_it(label, aliases) and not another_partys(r, label) else []
        qid = qids.get(r["partyfacts_id"], "")
        out.append(Entity(entity_id=qid if is_qid(qid) else f"partyfacts:{r['partyfacts_id']}",
                          canonical_name=name, entity_type="ORG", country_code=cc,
                          aliases=[a for a in aliases if a], sources=[SOURCE],
                          founded=_year(r["year_first"]), dissolved=_year(r["year_last"])))
    return out
