"""Which gazetteer names the recogniser looks for in text, by entity type.

Names are matched case-sensitively, as written, and one-word country names,
demonyms and capitals also in capitals ("JAPAN", "DOHA"), and so are a news agency's one-word names
("REUTERS", "XINHUA": a wire's credit), and an international body's initials also as a word
("Nato", "Ecowas", "Saarc"), as much of the press writes those it says as one. Ambiguous single words are left
to the trained NER and the resolver: a person's bare surname ("May") or a
single ordinary word is not a phrase to match. A party's short forms ("Labour", "Tories",
"Democrats") are phrases of their own label, PARTY (gazetteer/party_forms.py).
"""
from __future__ import annotations

import re
from typing import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from gazetteer import city_phrases, closed_up_codes, party_forms
from gazetteer.family_name_last import NAMED_BY_FAMILY_NAME_FIRST
from gazetteer.hyphenated_given_names import hyphenated_given_names
from gazetteer.model import Entity, normalise, reports_news

COMMON_WORDS = {
    "The", "A", "An", "And", "Or", "Of", "In", "On", "At", "To", "For", "By", "With", "From", "As", "It", "He",
    "She", "We", "They", "You", "I", "Is", "Be", "Are", "Was", "Will", "May", "Can", "Must", "Said", "Says",
    "Today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
    "Party", "Government", "State", "States", "Union", "Republic", "National", "People", "Council", "Office",
    "Ministry", "Minister", "President", "Prime", "Foreign", "Army", "Police", "Court", "Parliament",
    "Congress", "Senate", "Assembly", "Committee", "Commission", "Agency", "Bank", "Group", "Front", "Alliance",
    "Movement", "Centre", "Center", "Left", "Right", "Green", "Greens", "Labour", "Labor", "Liberal",
    "Conservative", "Democrats", "Republicans", "Independent", "Free", "New", "Our", "Home", "Us",
    "North", "South", "East", "West", "Central", "General", "Embassy", "Mission", "Press", "News", "Post",
    "Times", "Star", "Sun", "Mail", "Guardian", "Post", "Daily", "Reform", "Unity", "Justice", "Forward",
    "Together", "Change", "Hope", "Future", "Way", "Voice", "Freedom", "Solidarity", "Progress",
}


def _matchable(name: str, entity: Entity) -> bool:
    name = name.strip()
    if len(name) < 2 or not name[0].isupper() or name in COMMON_WORDS:
        return False
    if len(name) == 3 and name.isupper() and name.lower() in STOP_WORDS:
        return False                          # ISO codes that are words in capitals: "AND", "ARE", "CAN"
    if " " not in name:
        if entity.entity_type == "PERSON":
            return False                      # bare surnames are decided in context
        if entity.entity_type == "ORG" and not (name.isupper() or any(c.isupper() for c in name[1:])) \
                and not entity.acts_for:
            return False                      # single ordinary-looking words: leave to NER
    return True


LEADER_ROLES = {"head_of_state", "head_of_government", "foreign_minister"}


def leader_surnames(e: Entity) -> list:
    """Surnames of heads of state and government and foreign ministers: "Biden", "Trump".

    Leaders are named by surname alone; the resolver decides who is meant from
    the article's countries and date. Short or ordinary words are not used, nor the last word of the name
    of someone of a state that writes the family name first and names its people by it: "Rongji" of Zhu
    Rongji is a given name, a piece of the full name ("Zhu Rongji said" is one mention), no name of its own.
    """
    if e.entity_type != "PERSON" or not any(r.role_key in LEADER_ROLES for r in e.roles):
        return []
    if e.country_code in NAMED_BY_FAMILY_NAME_FIRST:
        return []
    last = e.canonical_name.split()[-1] if e.canonical_name else ""
    if len(last) < 4 or not last[0].isupper() or not last[1:].islower() or last in COMMON_WORDS:
        return []
    return [last]


def phrases_by_label(entities: Iterable[Entity]) -> dict[str, list[str]]:
    """{label: [phrase, ...]} for the gazetteer_matcher component."""
    out: dict[str, set] = {}
    entities = list(entities)
    taken = None
    codes = None    # closed-up codes naming one entity ("g8"), gazetteer.closed_up_codes
    others = None   # surnames and places, which an initials' word must not be ("Pace", "Gatt")
    states = None   # every name of a country, normalised
    for e in entities:
        if city_phrases.geonames_only(e):   # towns named like words and people: see gazetteer.city_phrases
            taken = city_phrases.taken_words(entities) if taken is None else taken
            names = city_phrases.text_names(e, taken, COMMON_WORDS)
            out.setdefault("CITY", set()).update(names)
            out["CITY"].update(city_phrases.respelt_names(e, names, taken, COMMON_WORDS))   # "Erzerum"
            out["CITY"].update(city_phrases.capitals_forms(e, names))
            continue
        for last in leader_surnames(e):
            out.setdefault("PERSON", set()).add(last)
        label = e.entity_type
        for name in e.names():
            if _matchable(name, e):
                out.setdefault(label, set()).add(name)
                if (name.startswith("the ") or name.startswith("The ")) and _matchable(name[4:], e):
                    out[label].add(name[4:])   # not "Union" from "The Union", "River" from "The River"
        out.setdefault(label, set()).update(hyphenated_given_names(e))   # "Park Chung-hee" for "Park Chung Hee"
        if e.entity_type == "COUNTRY":
            states = _country_names(entities) if states is None else states
            out[label].update(n for n in spaced_country_names(e, states) if _matchable(n, e))   # "Guinea Bissau"
        if e.entity_type == "ORG":
            codes = closed_up_codes.closed_up_index(entities)[0] if codes is None else codes
            out.setdefault(label, set()).update(n for n in closed_up_forms(e, codes) if _matchable(n, e))
        for d in e.demonyms:
            if _matchable(d, e) or (d and d[0].isupper() and len(d) > 2):
                out.setdefault("NORP", set()).add(d)
        for label, caps in capitals_forms(e):
            out.setdefault(label, set()).update(caps)
        forms = initials_as_a_word(e)
        if forms:
            others = _people_and_places(entities) if others is None else others
            out.setdefault("ORG", set()).update(f for f in forms if f.lower() not in others)
    # a party's short forms ("Labour", "Tories"), where they are no other name already matched
    named = set().union(*out.values()) if out else set()
    out[party_forms.LABEL] = party_forms.party_phrases(entities) - named
    return {k: sorted(v) for k, v in out.items()}


def _country_names(entities) -> set:
    return {normalise(n) for e in entities if e.entity_type == "COUNTRY" for n in e.names()}


def spaced_country_names(e: Entity, states: set) -> set:
    """A country's name of two parts joined by a hyphen, written spaced too, as copy often writes it ("Congo
    Leopoldville", "Guinea Bissau", "Timor Leste"); not when both parts are names of states ("Serbia-Montenegro",
    "Zimbabwe-Rhodesia"): spaced, they may be two states in a list. `states`: every country's names, normalised."""
    out = set()
    for name in e.names():
        parts = name.split("-")
        if len(parts) == 2 and all(p.strip()[:1].isupper() for p in parts) \
                and not all(normalise(p) in states for p in parts):
            out.add(" ".join(p.strip() for p in parts))
    return out


_SPACED_CODE = re.compile(r"[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)+")


def closed_up_forms(e: Entity, codes: dict) -> set:
    """A body's code written spaced or hyphenated in the gazetteer, also closed up ("G 8" -> "G8"), where the
    closed-up key names this body alone (`codes`, gazetteer.closed_up_codes)."""
    forms = set()
    for name in e.names():
        if _SPACED_CODE.fullmatch(name):
            closed = closed_up_codes.closed_up_key(normalise(name))
            if closed and closed in codes:
                forms.add(re.sub(r"[ -]", "", name))
    return forms


def capitals_forms(e: Entity) -> list:
    """ALL-CAPS forms of one-word country names, demonyms and capital cities, for datelines,
    list heads and tables ("DOHA -", "CANADA:", "INDONESIA  1.19"). Names of several words
    already match in any case."""
    if e.entity_type == "COUNTRY":
        names = [n for n in e.names() if " " not in n.strip() and _matchable(n, e)]
        demonyms = [d for d in e.demonyms if " " not in d and len(d) > 2 and d[:1].isupper()]
        return [("COUNTRY", {n.upper() for n in names if len(n) > 3}), ("NORP", {d.upper() for d in demonyms})]
    if e.entity_type == "CITY" and e.acts_for:
        return [("CITY", {n.upper() for n in e.names() if " " not in n.strip() and len(n) > 3 and _matchable(n, e)})]
    if e.entity_type == "ORG" and reports_news(e):   # a wire's credit: "REUTERS - The embassies ...", "(XINHUA)"
        return [("ORG", {n.upper() for n in e.names() if " " not in n.strip() and len(n) > 3 and n[:1].isupper()
                         and n not in COMMON_WORDS})]
    return []


INITIALS_AS_A_WORD_MIN = 4   # "Nato", "Opec", "Saarc"; three letters ("Who", "Imf") stay in capitals


def initials_as_a_word(e: Entity) -> set:
    """An international body's initials written as a word ("Nato" for NATO, "Ecowas", "Saarc"): each
    one-word name of four capitals or more of a body of no state; no common word ("Pace" is left out by
    the caller, as a surname and a town)."""
    if e.entity_type != "ORG" or e.country_code or e.acts_for:
        return set()
    forms = {n.strip().title() for n in e.names()
             if " " not in n.strip() and n.strip().isalpha() and n.strip().isupper()
             and len(n.strip()) >= INITIALS_AS_A_WORD_MIN}
    return {f for f in forms if f not in COMMON_WORDS and f.lower() not in STOP_WORDS}


def _people_and_places(entities: list) -> set:
    """The lower-case words that are a known person's last name or a place's one-word name."""
    words = set()
    for e in entities:
        if e.entity_type == "PERSON":
            words.update(n.split()[-1].lower() for n in e.names() if " " in n.strip())
        elif e.entity_type == "CITY":
            words.update(n.strip().lower() for n in e.names() if " " not in n.strip())
    return words
