"""Regenerate gazetteer/sources/countries.csv (the hand-checked country table).

This is a maintainer's tool, not part of the normal build: `gazetteer.build`
only reads the CSV this writes, so a clone can rebuild without any extra
package. It takes names, alternative spellings, demonyms and capitals from the
MIT-licensed `countryinfo` package (pinned in requirements-build.txt), the
Wikidata QIDs of states from the shipped world-leaders-2021 file, and applies
the hand corrections below (common English short names, news variants,
plural demonyms, ambiguous names removed, former states).

    pip install -r requirements-build.txt
    python -m gazetteer.sources_countries_seed     # rewrites gazetteer/sources/countries.csv

Review the diff of countries.csv before committing it.
"""
from __future__ import annotations

import csv
import glob
import json
import os
import re
from typing import Dict, List

from gazetteer.model import normalise

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sources", "countries.csv")
WORLD_LEADERS = os.path.join(HERE, "sources", "wikidata-officeholders", "world-leaders-2021.wikidata.csv")
FIELDS = ["iso2", "iso3", "qid", "name", "official_name", "aliases", "demonyms",
          "capital", "capital_aliases", "kind", "no_demonym_reason", "note"]

# Common English short names where countryinfo's differ.
NAME = {
    "CZ": "Czechia", "CI": "Côte d'Ivoire", "MK": "North Macedonia", "SZ": "Eswatini",
    "BS": "Bahamas", "GM": "Gambia", "TL": "East Timor", "VA": "Vatican City",
    "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands", "MF": "Saint Martin",
    "SX": "Sint Maarten", "PS": "Palestine", "FM": "Micronesia",
    "GS": "South Georgia and the South Sandwich Islands", "TF": "French Southern Territories",
    "US": "United States", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "MO": "Macau", "SH": "Saint Helena",
}
# Extra news variants (official names, abbreviations, older names).
ALIASES = {
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "the States"],
    "RU": ["Russian Federation"], "CZ": ["Czech Republic", "the Czech Republic"],
    "NL": ["Holland", "the Netherlands", "Kingdom of the Netherlands"],
    "CI": ["Ivory Coast", "Cote d'Ivoire", "Republic of Côte d'Ivoire"],
    "KR": ["Republic of Korea", "ROK"], "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "CN": ["PRC", "People's Republic of China", "mainland China"], "TW": ["Republic of China"],
    "IR": ["Islamic Republic of Iran", "Persia"], "SY": ["Syrian Arab Republic"],
    "AE": ["UAE", "U.A.E.", "Emirates"], "VA": ["Holy See", "Vatican"], "MM": ["Burma"],
    "SZ": ["Swaziland", "Kingdom of Eswatini"], "MK": ["Macedonia", "Republic of North Macedonia", "FYROM"],
    "TR": ["Türkiye", "Turkiye", "Republic of Türkiye"], "GM": ["The Gambia"], "BS": ["The Bahamas"],
    "TL": ["Timor-Leste"], "CD": ["DRC", "DR Congo", "Congo-Kinshasa", "Congo-Léopoldville", "Congo-Leopoldville"], "CG": ["Congo-Brazzaville"],
    "CV": ["Cabo Verde"], "FM": ["Federated States of Micronesia"], "PS": ["State of Palestine", "Palestinian territories"],
    "DE": ["Deutschland", "Federal Republic of Germany"], "SA": ["KSA"], "BA": ["Bosnia"],
    "LA": ["Lao PDR"], "VN": ["Viet Nam"], "MO": ["Macao"], "KZ": ["Republic of Kazakhstan"],
    "FK": ["Falklands", "Malvinas"], "UA": ["the Ukraine"], "BY": ["Belorussia", "Byelorussia"], "MD": ["Moldavia"],
    "KG": ["Kirghizia"], "NZ": ["N.Z."], "CZ_": [],
}
DEMONYMS = {
    "GB": ["British", "Briton", "Britons", "Brits"], "US": ["American", "Americans"],
    "NL": ["Dutch", "Dutchman", "Dutchmen"], "CZ": ["Czech", "Czechs"], "EC": ["Ecuadorian", "Ecuadorians"],
    "AR": ["Argentine", "Argentines", "Argentinian"], "ES": ["Spaniard", "Spaniards"], "DK": ["Dane", "Danes"],
    "SE": ["Swede", "Swedes"], "FI": ["Finn", "Finns"], "PL": ["Poles"], "TR": ["Turk", "Turks"],
    "PH": ["Filipinos", "Philippine"], "KG": ["Kyrgyz"], "TJ": ["Tajik", "Tajiks"], "MV": ["Maldivian"],
    "CV": ["Cape Verdean"], "DJ": ["Djiboutian"], "GI": ["Gibraltarian"], "IS": ["Icelandic"],
    "KZ": ["Kazakh", "Kazakhs"], "UZ": ["Uzbek", "Uzbeks"], "HK": ["Hongkonger", "Hong Konger"],
    "MO": ["Macanese"], "SI": ["Slovenian"], "SK": ["Slovaks"], "LA": ["Lao"], "BW": ["Batswana", "Botswanan"],
    "SA": ["Saudi", "Saudis"], "CW": ["Curaçaoan"], "VA": ["Vatican"], "AX": ["Ålander", "Ålandic"],
    "TC": ["Turks and Caicos Islander"], "VG": ["British Virgin Islander"], "VI": ["U.S. Virgin Islander"],
    "GF": ["French Guianese"], "BL": ["Barthélemois"], "SX": ["Sint Maartener"], "MF": ["Saint-Martinois"],
    "NZ": ["Kiwi", "Kiwis"], "IL": ["Israelis"], "PK": ["Pakistanis"], "IQ": ["Iraqis"],
    "TH": ["Thais"], "CN": ["Chinese"], "JP": ["Japanese"], "AF": ["Afghans"], "GR": ["Greeks"],
    "CH": ["Swiss"], "FR": ["French", "Frenchman", "Frenchmen"], "IE": ["Irish"],
    "UA": ["Ukrainians"], "RU": ["Russians"], "MM": ["Burmese", "Myanmar"],
}
# Other spellings English news uses for a state's people ("an Ecuadorean diplomat" is AP style, "Azeri" and
# "Byelorussian" the wires' usual forms; "Moldavian" the Soviet-era one, as the alias "Moldavia" is).
NEWS_DEMONYMS = {
    "EC": ["Ecuadorean", "Ecuadoreans"], "AR": ["Argentinean", "Argentineans", "Argentinians"],
    "AZ": ["Azeri", "Azeris"], "BY": ["Belarussian", "Belarussians", "Byelorussian", "Belorussian"],
    "SR": ["Surinamese"], "KM": ["Comorian", "Comorians"], "NP": ["Nepali", "Nepalis"],
    "KG": ["Kyrgyzstani", "Kyrgyzstanis"], "SV": ["Salvadorean", "Salvadoreans"], "BF": ["Burkinabé"],
    "TJ": ["Tajikistani"], "TM": ["Turkmenistani"], "MD": ["Moldavian", "Moldavians"],
}
for _code, _dems in NEWS_DEMONYMS.items():
    DEMONYMS.setdefault(_code, []).extend(_dems)
# Former names of today's states and their demonyms, as news of 1950-1997 wrote them ("Zaire expelled
# ...", "the Ceylonese Government"); the Phoenix/CountryInfo actor dictionary lists most of them as
# the same state's names. Only names with one successor, and none that is a common word ("Siamese").
FORMER_NAMES = {
    "CD": (["Zaire", "Zaïre", "Republic of Zaire"], ["Zairean", "Zairian", "Zaireans", "Zairians"]),
    "BJ": (["Dahomey"], ["Dahomeyan"]),
    "KH": (["Kampuchea", "Democratic Kampuchea", "People's Republic of Kampuchea"], ["Kampuchean"]),
    "LK": (["Ceylon"], ["Ceylonese"]), "TH": (["Siam"], []), "BF": (["Upper Volta"], []),
    "BZ": (["British Honduras"], []), "WS": (["Western Samoa"], []),
    "ZM": (["Northern Rhodesia"], ["Northern Rhodesian", "Northern Rhodesians"]),   # not Rhodesia (RH), the south
}
for _code, (_names, _dems) in FORMER_NAMES.items():
    ALIASES.setdefault(_code, []).extend(_names)
    DEMONYMS.setdefault(_code, []).extend(_dems)
# Demonyms countryinfo gives a territory that belong to a state, or that are wrong (misspelt, a place's name,
# an old ethnic name). Its "Argentinean" and "Ecuadorean" are kept: both are common news spellings.
DROP_DEMONYMS = {"IO": "Indian", "HK": "Chinese", "MO": "Chinese", "MQ": "French", "RE": "French",
                 "YT": "French", "TF": "French", "PM": "French", "MP": "American", "SJ": "Norwegian",
                 "GG": "Channel Islander", "JE": "Channel Islander", "DM": "Dominican", "CG": "Congolese",
                 "CX": "Christmas Island", "GI": "Gibraltar", "DJ": "Djibouti", "KG": "Kirghiz",
                 "TJ": "Tadzhik", "MV": "Maldivan", "CV": "Cape Verdian", "HM": "Heard and McDonald Islander",
                 }
NO_DEMONYM_REASON = {
    "AQ": "no permanent population", "BV": "uninhabited", "HM": "uninhabited",
    "UM": "uninhabited outlying islands; no common English demonym",
    "BQ": "three separate islands; no common English demonym",
    "IO": "no permanent native population ('Indian' belongs to India)",
    "MQ": "'French' belongs to France (overseas region)", "RE": "'French' belongs to France (overseas region)",
    "YT": "'French' belongs to France (overseas department)", "TF": "no permanent population ('French' belongs to France)",
    "PM": "'French' belongs to France (overseas collectivity)", "MP": "'American' belongs to the United States",
    "SJ": "'Norwegian' belongs to Norway", "GG": "'Channel Islander' is shared by Guernsey and Jersey",
    "JE": "'Channel Islander' is shared by Guernsey and Jersey",
    "CX": "no common English demonym", "GS": "no permanent population",
    "CG": "'Congolese' is shared with DR Congo and assigned to it (the far more frequent referent)",
    "DM": "'Dominican' is shared with the Dominican Republic and assigned to it (the far more frequent referent)",
}
# Aliases that would mislead a lookup (generic words, shared names, demonyms).
BAD_ALIASES = {"island", "mann", "prathet", "thai", "togolese", "montenegrin", "guiana", "congo",
               "holy see vatican city state", "nation of brunei the abode of peace", "amelika samoa"}
CAPITAL = {
    "US": ("Washington, D.C.", ["Washington", "Washington D.C.", "Washington DC", "District of Columbia"]),
    "CN": ("Beijing", ["Peking"]), "KZ": ("Astana", ["Nur-Sultan"]), "UA": ("Kyiv", ["Kiev"]),
    "VA": ("", []), "HK": ("", []), "MO": ("", []), "BQ": ("Kralendijk", []),
    "MM": ("Naypyidaw", ["Nay Pyi Taw", "Naypyitaw"]), "IN": ("New Delhi", []),
    "PS": ("Ramallah", []), "BR": ("Brasília", ["Brasilia"]), "CO": ("Bogotá", ["Bogota"]),
    "IS": ("Reykjavík", ["Reykjavik"]), "PF": ("Papeete", []), "GU": ("Hagåtña", ["Hagatna"]),
    "MD": ("Chișinău", ["Chisinau", "Kishinev"]), "CI": ("Yamoussoukro", []),
    "KR": ("Seoul", []), "SZ": ("Mbabane", ["Lobamba"]), "GB": ("London", []),
}
MANUAL_QID = {"AF": "Q889", "NL": "Q55", "DK": "Q35", "HK": "Q8646", "MO": "Q14773", "PR": "Q1183",
              "GL": "Q223", "EH": "Q6250", "FO": "Q4628", "GI": "Q1410", "BM": "Q23635", "XK": "Q1246"}
NOT_STATE_QID = {"Q29999", "Q756617"}   # Kingdom of the Netherlands / of Denmark: not the ISO entries
EXTRA_ROWS = [
    dict(iso2="SU", iso3="SUN", qid="Q15180", name="Soviet Union", official_name="Union of Soviet Socialist Republics",
         aliases=["USSR", "U.S.S.R.", "Soviet Russia"], demonyms=["Soviet", "Soviets", "Sov", "Sovs"], capital="", kind="former",
         note="ISO 3166-3 reserved code; Moscow is mapped to RU"),
    dict(iso2="YU", iso3="YUG", qid="Q36704", name="Yugoslavia", official_name="Socialist Federal Republic of Yugoslavia",
         aliases=["SFRY", "SFR Yugoslavia", "Federal Republic of Yugoslavia", "FRY"],
         demonyms=["Yugoslav", "Yugoslavs", "Yugoslavian"], capital="", kind="former",
         note="ISO 3166-3 reserved code; the Federal Republic of Yugoslavia (1992-2003) kept the code YU"),
    dict(iso2="CS", iso3="CSK", qid="Q33946", name="Czechoslovakia", official_name="Czechoslovak Socialist Republic",
         aliases=["Czecho-Slovakia", "Czech and Slovak Federative Republic"], demonyms=["Czechoslovak", "Czechoslovakian"],
         capital="", kind="former", note="ISO 3166-3 code CS (1974-1993), later reused for Serbia and Montenegro"),
    dict(iso2="CS", iso3="SCG", qid="Q37024", name="Serbia and Montenegro", official_name="State Union of Serbia and Montenegro",
         aliases=["Union of Serbia and Montenegro"], demonyms=[],
         capital="", kind="former", no_demonym_reason="no common English demonym for the state union",
         note="ISO 3166-3 code CS (2003-2006)"),
    dict(iso2="DD", iso3="DDR", qid="Q16957", name="East Germany", official_name="German Democratic Republic",
         aliases=["GDR", "DDR"], demonyms=["East German", "East Germans"], capital="", kind="former",
         note="ISO 3166-3 reserved code"),
    dict(iso2="DE", iso3="DEU", qid="Q713750", name="West Germany", official_name="Federal Republic of Germany (1949-1990)",
         aliases=["FRG", "Bonn Republic"], demonyms=["West German", "West Germans"], capital="", kind="former",
         note="no ISO code of its own; country_code DE (its legal successor)"),
    # the divided states of the Cold War: North Vietnam and South Yemen had ISO 3166 codes of their own (VD, YD,
    # now ISO 3166-3); South Vietnam and North Yemen share theirs with the state they became part of, as West
    # Germany does (the gazetteer's country index keeps the state of today for a shared code)
    dict(iso2="VD", iso3="VDR", qid="Q172640", name="North Vietnam", official_name="Democratic Republic of Vietnam",
         aliases=["Democratic Republic of Viet Nam", "DRV", "North Viet Nam"], demonyms=["North Vietnamese"], capital="", kind="former",
         note="ISO 3166-3 code VD (1974-1977); reunified with South Vietnam as Vietnam in 1976"),
    dict(iso2="VN", iso3="VNM", qid="Q180573", name="South Vietnam", official_name="Republic of Vietnam",
         aliases=["Republic of Viet Nam", "RVN", "South Viet Nam"], demonyms=["South Vietnamese"], capital="", kind="former",
         note="no ISO code of its own (1955-1975); country_code VN, the Vietnam it became part of"),
    dict(iso2="YD", iso3="YMD", qid="Q199841", name="South Yemen", official_name="People's Democratic Republic of Yemen",
         aliases=["People's Republic of South Yemen", "Democratic Yemen", "PDRY"], demonyms=["South Yemeni", "South Yemenis"],
         capital="", kind="former", note="ISO 3166-3 code YD (1974-1990); united with North Yemen as Yemen in 1990"),
    dict(iso2="YE", iso3="YEM", qid="Q267584", name="North Yemen", official_name="Yemen Arab Republic",
         aliases=["YAR"], demonyms=["North Yemeni", "North Yemenis"], capital="", kind="former",
         note="ISO code YE (1974-1990), kept by the Republic of Yemen it became part of"),
    # Rhodesia had an ISO 3166 code of its own (RH) until it became Zimbabwe in 1980: a count of the 1960s-70s
    # names the state of the time, as for North Vietnam (the colony's name "Southern Rhodesia" and the name of
    # 1979, "Zimbabwe Rhodesia", are the same territory's)
    dict(iso2="RH", iso3="RHO", qid="Q217169", name="Rhodesia", official_name="Republic of Rhodesia",
         aliases=["Southern Rhodesia", "Zimbabwe Rhodesia", "Zimbabwe-Rhodesia"],
         demonyms=["Rhodesian", "Rhodesians", "Southern Rhodesian", "Southern Rhodesians"], capital="", kind="former",
         note="ISO 3166-3 code RH (1974-1980); Zimbabwe from 1980; newsnorm correction: "
              "these names were Zimbabwe's aliases"),
    dict(iso2="AN", iso3="ANT", qid="", name="Netherlands Antilles", official_name="",
         aliases=["Antilles néerlandaises"], demonyms=["Netherlands Antillean"], capital="Willemstad", kind="former",
         note="ISO 3166-3 reserved code (dissolved 2010)"),
    dict(iso2="XK", iso3="XKX", qid="Q1246", name="Kosovo", official_name="Republic of Kosovo",
         aliases=[], demonyms=["Kosovan", "Kosovar", "Kosovars"], capital="Pristina", kind="user-assigned",
         note="XK is a user-assigned code used by the EU and others, not ISO 3166-1"),
]


def _countryinfo_rows() -> Dict[str, dict]:
    import countryinfo  # build-time only
    data_dir = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    rows = {}
    for path in sorted(glob.glob(os.path.join(data_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            j = json.load(f)
        code = (j.get("ISO") or {}).get("alpha2")
        if not code or code in ("AN", "CS"):
            continue
        if code in rows and not j.get("demonym"):
            continue  # duplicate PS / VA entries: keep the richer one
        rows[code] = j
    return rows


def _latin(s: str) -> bool:
    return all(ord(c) < 0x250 or c in "\u2019\u02bb" for c in s)


def _plurals(dems: List[str]) -> List[str]:
    out = []
    for d in dems:
        out.append(d)
        if re.search(r"(an|i|er)$", d) and " " not in d.strip():
            out.append(d + "s")
    return out


def _world_leader_qids(names_to_code: Dict[str, str]) -> Dict[str, str]:
    qids = {}
    with open(WORLD_LEADERS, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["countryid"] in NOT_STATE_QID:
                continue
            code = names_to_code.get(normalise(row["country"]))
            if code:
                qids[code] = row["countryid"]
    return qids


def build_rows() -> List[dict]:
    rows = []
    for code, j in _countryinfo_rows().items():
        name = NAME.get(code, j["name"])
        alts = [a.strip() for a in j.get("altSpellings", []) if len(a.strip()) > 3]
        alts = [a for a in alts if _latin(a) and "," not in a and normalise(a) not in BAD_ALIASES]
        official = next((a for a in alts if re.search(r"\b(of|Republic|Kingdom|Commonwealth|State|Federation|Confederation)\b", a)), "")
        aliases = sorted(set(alts + ALIASES.get(code, []) + ([j["name"]] if j["name"] != name else [])) - {name})
        dem = [d.strip() for d in re.split(r"[,/]", j.get("demonym") or "") if d.strip()]
        dem = [d for d in dem if DROP_DEMONYMS.get(code) != d]
        dem = sorted(set(_plurals(dem) + DEMONYMS.get(code, [])))
        cap, cap_aliases = CAPITAL.get(code, (j.get("capital") or "", []))
        if isinstance(cap, list) or normalise(cap) == normalise(name):
            cap = ""
        rows.append(dict(iso2=code, iso3=j["ISO"]["alpha3"], qid="", name=name, official_name=official,
                         aliases=aliases, demonyms=dem, capital=cap, capital_aliases=cap_aliases,
                         kind="iso", no_demonym_reason="" if dem else NO_DEMONYM_REASON.get(code, "no common English demonym"),
                         note="countryinfo (MIT) + newsnorm corrections"))
    rows += [dict(r, capital_aliases=r.get("capital_aliases", []), no_demonym_reason=r.get("no_demonym_reason", ""))
             for r in EXTRA_ROWS]
    names = {}
    for r in rows:
        if r["kind"] in ("iso", "user-assigned"):
            for n in [r["name"], *r["aliases"]]:
                names.setdefault(normalise(n), r["iso2"])
    qids = _world_leader_qids(names)
    for r in rows:
        if not r["qid"]:
            r["qid"] = MANUAL_QID.get(r["iso2"]) or (qids.get(r["iso2"]) if r["kind"] == "iso" else "") or ""
    return sorted(rows, key=lambda r: (r["iso2"], r["qid"]))


def write(rows: List[dict], path: str = OUT) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            out = dict(r)
            for k in ("aliases", "demonyms", "capital_aliases"):
                out[k] = "|".join(r[k])
            w.writerow({k: out.get(k, "") for k in FIELDS})


if __name__ == "__main__":
    write(build_rows())
    print("wrote", OUT)
