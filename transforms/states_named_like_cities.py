"""A name both a state's (a province's) and a city's, said of the state, is the state, not the city.

"The New York state legislature", "upstate New York", "New York Governor Mario Cuomo", "the governor
of New York", "Gov. Andrew Cuomo of New York", "Washington state officials", "eastern Washington":
the state, not New York City or Washington, D.C. The gazetteer holds the cities by these names and
no state, so the mention is left unknown, a place of the state's country, rather than the city. The
words that say "state" are the module's word sets:

- right after the name, the word "state" (not a "state visit" held there, nor "state TV", "state oil
  company": the government's); for any city but a capital, which speaks for its state ("Tehran state
  TV"), in any country ("Sao Paulo state", "Lagos State");
- for a name of a US state (gazetteer/data/us_states.csv, GeoNames), also a word of the state's
  offices right after the name ("New York Governor", "New York Attorney General", "Washington Rep.") or
  its possessive ("Washington's governor"; not "Washington's delegation", the federal government's), a part of the state before it ("upstate", "western"), or such a
  title, maybe a name, and "of" before it ("the governor of New York", "Sen. Daniel Moynihan of New
  York", "the state of Washington").

- for a name of a US state linked to a city of another name (Washington, D.C.; New York City), its place
  right after an American town and a comma, closing a 'Town, State' phrase ("Yakima, Washington", "Albany,
  New York"; not the list "offices in Chicago, Washington and Boston", `namesake_cities.placed_by`); a
  state the sources hold by its name ("Columbus, Ohio") keeps its link. So is such a name in a list whose
  other names all link states by their own names, or link nothing beside such a state ("its Arizona and
  Washington banks", "Delaware, New York and New England"; `listed_with_states`),
  and one before a party's member ("Rep. Alan Reyes, a New York Democrat"). A US state's name joined to
  "-chartered", "-licensed" or "-incorporated" is the state that charters ("New York-chartered banks").

A name that a word for a region governs is that region, in any country, when the gazetteer links it to a
town (a place GeoNames counts people in): "southern Buenos Aires province", "the Cordoba and Santa Fe
provinces", "the provinces of Kandahar and Helmand", "branch offices in the states of California, Oregon
and Washington" (`region_word_governs`); the word before or after the list governs every name of it. A
name the story calls a region so is that region too where it writes it after a part of it ("southern
Cordoba"), in a list with another name it calls a region ("Cordoba, Santa Fe and northern Buenos Aires"),
or in a sentence where a region word governs another name ("In Santa Fe and Entre Rios provinces ..., and in
Cordoba 80 mm"); a capital, which speaks for its state, keeps its link (`called_a_region`). A
region the sources hold by its name and no town ("Alberta"), or a US state linked by its own name
("Oregon"), keeps its link.

A dateline's place, a city's other words ("New York City", "downtown Washington", "the mayor of New
York") and a state's name without a cue keep the city.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.model import normalise
from gazetteer.resolution import Resolution
from transforms.namesake_cities import placed_by, us_state_codes_by_name
from transforms.us_states import us_state_names

STATE_WORDS = frozenset({"state", "State"})
NOT_THE_STATE_AFTER = frozenset({"visit", "visits", "dinner", "dinners", "banquet", "funeral", "occasion", "reception",
                                 "media", "television", "TV", "tv", "radio", "news", "agency", "broadcaster",
                                 "newspaper", "press", "oil", "company", "companies", "firm", "firms", "bank", "banks",
                                 "run", "owned", "controlled", "secret", "secrets", "department", "Department"})
OFFICES_AFTER = frozenset({"governor", "governors", "gov", "lieutenant", "lt", "attorney", "legislature", "assembly",
                           "assemblyman", "assemblywoman", "senator", "senators", "sen", "congressman", "congresswoman",
                           "rep", "representative", "representatives", "statehouse", "capitol"})
PARTY_MEMBERS_AFTER = frozenset({"democrat", "democrats", "republican", "republicans"})   # "a New York Democrat"
# after the name's possessive, only the state's own offices: "Washington's delegation" is the US government's
OWN_OFFICES_AFTER = frozenset({"governor", "governors", "lieutenant", "attorney", "legislature", "assembly",
                               "statehouse", "capitol"})
PARTS_BEFORE = frozenset({"upstate", "downstate", "western", "eastern", "northern", "southern", "central",
                          "northwestern", "northeastern", "southwestern", "southeastern", "rural"})
TITLES_OF = frozenset({"governor", "governors", "gov", "senator", "senators", "sen", "rep",
                       "congressman", "congresswoman", "democrat", "republican", "state", "legislature"})

_WORD_AFTER = re.compile(r"(?:['\u2019]s)?\s+([A-Za-z]+)\.?(?:\s+([A-Za-z]+))?")
_TITLE_OF = re.compile(r"\b([A-Za-z]+)\.?(?:,?\s+[A-Z][\w.'\u2019-]*){0,4}\s+of\s+(?:the\s+)?$")
_PART_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def state_word_after(text: str, end: int) -> bool:
    """Is the name ending at `end` followed by "state" that is no "state visit" ("New York state")?"""
    m = _WORD_AFTER.match(text, end)
    if not m or text[end:m.start(1)].strip() or m.group(1) not in STATE_WORDS:
        return False
    return (m.group(2) or "") not in NOT_THE_STATE_AFTER


def office_after(text: str, end: int) -> bool:
    """Is the name ending at `end` followed (maybe after "'s") by a word of a state's offices ("New York
    Governor", "Washington's governor")?"""
    m = _WORD_AFTER.match(text, end)
    if not m:
        return False
    possessive = bool(text[end:m.start(1)].strip())
    return m.group(1).lower() in (OWN_OFFICES_AFTER if possessive else OFFICES_AFTER)


def party_member_after(text: str, end: int) -> bool:
    """Is the name ending at `end` followed by a party's member ("a New York Democrat")?"""
    m = _WORD_AFTER.match(text, end)
    return bool(m) and not text[end:m.start(1)].strip() and m.group(1).lower() in PARTY_MEMBERS_AFTER


def state_cue_before(context_before: str) -> bool:
    """Does the text before the name say it is the state ("upstate ", "the governor of ", "Gov. X of ")?"""
    part = _PART_BEFORE.search(context_before)
    if part and part.group(1) in PARTS_BEFORE:
        return True
    title = _TITLE_OF.search(context_before)
    return bool(title) and title.group(1).lower() in TITLES_OF


_CHARTERED_BY = re.compile(r"-(?:chartered|licensed|incorporated)\b")   # "New York-chartered banks"


def _is_the_state(q, a, text: str, us_state: bool) -> bool:
    if us_state:
        return state_word_after(text, q.end_char) or office_after(text, q.end_char) \
            or state_cue_before(q.context_before) or _CHARTERED_BY.match(text, q.end_char) is not None
    # a capital speaks for its state: "Tehran state TV" is Iran's, no province of Tehran
    return not a.acts_for and state_word_after(text, q.end_char)


_COMMA = re.compile(r",\s*")


def state_of_the_town_before(gaz, queries: Sequence, answers: list, i: int, text: str) -> bool:
    """Is the US state's name at `i` the state of the American town right before it and its comma, the
    'Town, State' phrase closing there ("Yakima, Washington", "Albany, New York")?"""
    j = i - 1
    if j < 0 or answers[j] is None or answers[j].entity_type != "CITY" or answers[j].country_code != "US" \
            or not _COMMA.fullmatch(text[queries[j].end_char:queries[i].start_char]):
        return False
    code = us_state_codes_by_name().get(normalise(queries[i].text))
    states = placed_by(gaz, queries, answers, j, text)[1]
    return code is not None and states is not None and code in states


_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")
_REGIONS_AFTER = re.compile(r"\s+(?:provinces|states)\b")
_REGION_AFTER = re.compile(r"\s+province\b")
_REGIONS_OF_BEFORE = re.compile(r"\b(?:provinces?|states)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _list_walk(queries: Sequence, i: int, text: str, step: int, join: re.Pattern = _LIST_JOIN):
    """The names after (`step` 1) or before (-1) the name at `i` in the list it is in, nearest first: names
    joined by `join`, commas, "and" or "or" ("Cordoba, La Pampa and Santa Fe")."""
    j = i
    while 0 <= j + step < len(queries):
        a, b = (queries[j], queries[j + step]) if step > 0 else (queries[j + step], queries[j])
        if a.end_char > b.start_char or not join.fullmatch(text[a.end_char:b.start_char]):
            return
        j += step
        yield j


def _listed(queries: Sequence, i: int, text: str, step: int) -> int:
    """The last name of the list `i` is in, walking `step` (1: on, -1: back)."""
    last = i
    for last in _list_walk(queries, i, text, step):
        pass
    return last


def region_word_governs(queries: Sequence, i: int, text: str) -> bool:
    """Is the name at `i` one of the places a word for a region governs: "provinces" or "states" after its
    list ("Cordoba and Santa Fe provinces"), "province" right after it ("Buenos Aires province"), or "the
    provinces of"/"the states of" before its list ("the states of California, Oregon and Washington")?"""
    q = queries[i]
    if _REGION_AFTER.match(text, q.end_char) or _REGIONS_OF_BEFORE.search(text[max(0, q.start_char - 30):q.start_char]):
        return True
    last, first = _listed(queries, i, text, 1), _listed(queries, i, text, -1)
    if _REGIONS_AFTER.match(text, queries[last].end_char):
        return True
    start = queries[first].start_char
    return first != i and bool(_REGIONS_OF_BEFORE.search(text[max(0, start - 30):start]))


def _a_state_by_its_name(q, a, states: dict) -> bool:
    """Does `a` link the name of `q` to a US state the sources hold by that name ("Arizona", "Oregon")?"""
    key = normalise(q.text)
    return a is not None and a.entity_id is not None and a.country_code == "US" and key in states \
        and normalise(a.canonical_name or "") == key


def listed_with_states(queries: Sequence, answers: list, i: int, text: str, states: dict) -> bool:
    """Is the name at `i` one of a list of names joined by commas, "and" or "or" whose other names all
    link US states by their own names ("its Arizona and Washington banks", "Oregon, Washington and
    Idaho"; not "Chicago, Washington and Boston"), or link nothing, a region the sources lack, beside
    at least one such state ("Delaware, New Jersey, New York, Pennsylvania and New England")?"""
    first, last = _listed(queries, i, text, -1), _listed(queries, i, text, 1)
    others = [j for j in range(first, last + 1) if j != i]
    by_name = [j for j in others if _a_state_by_its_name(queries[j], answers[j], states)]
    return bool(by_name) and all(j in by_name or answers[j] is not None and answers[j].entity_id is None
                                 for j in others)


_PART_OF_A_REGION = "|".join(sorted(PARTS_BEFORE))
_REGION_LIST_JOIN = re.compile(rf"\s*(?:,|,?\s+(?:and|or))\s*(?:(?:{_PART_OF_A_REGION})\s+)?")


def called_a_region(queries: Sequence, i: int, text: str, regions: dict) -> bool:
    """Is the name at `i` one the article calls a region elsewhere (`regions`: each name a region word governs
    somewhere in the article, "Santa Fe, Cordoba, La Pampa and Buenos Aires provinces", with the sentences it
    does so in), and said so here too: after a part of it ("southern Cordoba"), in a list with another such
    name ("Cordoba, Santa Fe and northern Buenos Aires"), or in a sentence where a region word governs
    ("In Santa Fe and Entre Rios provinces ..., and in Cordoba 80 mm")?"""
    q = queries[i]
    key = normalise(q.text)
    if key not in regions:
        return False
    part = _PART_BEFORE.search(q.context_before or "")
    if part and part.group(1) in PARTS_BEFORE \
            or q.sentence >= 0 and any(q.sentence in s for name, s in regions.items() if name != key):
        return True
    return any(normalise(queries[j].text) in regions and normalise(queries[j].text) != key
               for step in (1, -1) for j in _list_walk(queries, i, text, step, _REGION_LIST_JOIN))


def _a_town(gaz, entity_id: str) -> bool:
    """Is the entity a town GeoNames counts people in (not a region the sources hold by its name alone)?"""
    e = getattr(gaz, "by_id", {}).get(entity_id)
    return e is not None and e.population is not None


def states_named_like_cities(queries: Sequence, answers: list, text: Optional[str], gaz=None) -> list:
    """`answers` with a city's name said of the state of that name left unknown, a place of its country
    (see the module's doc; `gaz`: the gazetteer, to tell a 'Town, State' phrase from a list of places)."""
    if not text:
        return answers
    states = us_state_names()
    out = list(answers)
    regions: dict = {}   # a name the article calls a region -> the sentences it does so in
    for j, q in enumerate(queries):
        if region_word_governs(queries, j, text):
            regions.setdefault(normalise(q.text), set()).add(q.sentence)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_type != "CITY" or not a.entity_id or getattr(q, "dateline", False):
            continue
        key = normalise(q.text)
        us_state = a.country_code == "US" and key in states
        if _is_the_state(q, a, text, us_state) or us_state and normalise(a.canonical_name or "") != key \
                and (state_of_the_town_before(gaz, queries, answers, i, text)
                     or listed_with_states(queries, answers, i, text, states)
                     or party_member_after(text, q.end_char)) \
                or (normalise(a.canonical_name or "") != key if us_state else _a_town(gaz, a.entity_id)) \
                and region_word_governs(queries, i, text) \
                or not a.acts_for and _a_town(gaz, a.entity_id) and called_a_region(queries, i, text, regions):
            name = states[key] if us_state else q.text.strip()
            out[i] = Resolution("CITY", None, name, a.country_code, method="nil")
    return out
