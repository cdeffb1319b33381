"""A town named alone goes to the one state (or other first-level region) the rest of the story names.

"its paper mills at Pine Bluff and Camden" in a story of the Arkansas Public Service Commission is
no Camden of New Jersey. A story places its towns by the regions it names: a US state's name
("Arkansas", read from gazetteer/data/us_states.csv; 'Town, Ga.' names Georgia too) or a town the gazetteer holds under one place
only, with its first-level region (GeoNames' admin code: Pine Bluff, AR). When those regions give
exactly one region of the linked town's country, and not the linked town's own:

* a town of the same name the gazetteer holds in that region (in any country: the evidence must
  give exactly one region where a town of the name lies) takes the link;
* with none, a US town only GeoNames holds (no news source's city), listed next to a town of that
  state ('at Pine Bluff and Camden') in a story that names the state itself, is that state's town the
  gazetteer does not hold: unknown, in that country (as 'Lewiston, Mich.' beside the gazetteer's
  only Lewiston, in Maine, already is, transforms.namesake_cities).

A capital, a city of the curated list or the older sources, the famous one of its namesakes
(namesake_cities.famous_one: Paris, France, never moves because a US state is named), a town placed
by 'Town, State' or 'Town, Country' (and the story's other mentions of its name), and a story naming two regions of the country (or the linked
town's own) keep today's link. A capital named ("Washington") stands for its government and places
nothing.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.history import as_of
from gazetteer.model import normalise
from gazetteer.resolution import Resolution
from transforms.namesake_cities import famous_one, placed_by, us_state_after, us_state_codes_by_name

_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


def state_named(gaz, q, a) -> Optional[str]:
    """The postal code of the US state answer `a` (to query `q`) is, not a town called after one, or None."""
    if a is None or a.entity_type != "CITY" or a.country_code != "US" or not a.entity_id or a.acts_for:
        return None
    code = us_state_codes_by_name().get(normalise(a.canonical_name))
    linked = next((e for e in gaz.lookup_exact(q.text, types=("CITY",)) if e.entity_id == a.entity_id), None) \
        if code else None
    return code if code and (linked is None or linked.population is None) else None


def regions_named(gaz, queries: Sequence, answers: list, skip: str) -> set:
    """The (country, region) pairs the story's other names give: US states by name, and towns (no
    capital) whose name the gazetteer holds for that one town. `skip`: the town's own name, normalised."""
    found = set()
    for q, a in zip(queries, answers):
        if a is None or a.entity_type != "CITY" or not a.entity_id or normalise(q.text) == skip:
            continue
        towns = gaz.lookup_exact(q.text, types=("CITY",))
        linked = next((e for e in towns if e.entity_id == a.entity_id), None)
        if state_named(gaz, q, a):
            found.add(("US", state_named(gaz, q, a)))
        elif not a.acts_for and len(towns) == 1 and linked is not None and linked.region and linked.population:
            found.add((linked.country_code, linked.region))
    return found


def listed_with_a_town_of(gaz, queries: Sequence, answers: list, i: int, region: tuple, text: Optional[str]) -> bool:
    """Is name `i` listed next to a town the gazetteer holds only in `region` ('at Pine Bluff and
    Camden', 'Camden, Pine Bluff or ...'): only a comma, 'and' or 'or' between them?"""
    if not text:
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(answers) or answers[j] is None or answers[j].entity_type != "CITY" or answers[j].acts_for:
            continue
        first, second = sorted((queries[i], queries[j]), key=lambda q: q.start_char)
        if not _LIST_JOIN.fullmatch(text[first.end_char:second.start_char]):
            continue
        towns = gaz.lookup_exact(queries[j].text, types=("CITY",))
        if len(towns) == 1 and towns[0].entity_id == answers[j].entity_id and (towns[0].country_code, towns[0].region) == region:
            return True
    return False


def _keeps_its_link(own, name: str, towns: list) -> bool:
    return bool(own.acts_for) or "newsnorm-curated" in (own.sources or ()) or not own.region \
        or (len(towns) > 1 and famous_one(name, towns) is own)


def towns_of_the_named_region(gaz, queries: Sequence, answers: list, date: Optional[str],
                              text: Optional[str] = None) -> list:
    """`answers` with towns named alone moved to the one region the story names (see the module's doc)."""
    if gaz is None:
        return answers
    out = list(answers)
    places = [placed_by(gaz, queries, answers, j, text) for j in range(len(answers))]
    placed_names = {normalise(queries[j].text) for j, p in enumerate(places) if p != (None, None)}
    by_phrase = {("US", s) for _, states in places if states is not None and len(states) == 1 for s in states}
    for i, a in enumerate(answers):
        if a is None or a.entity_type != "CITY" or not a.entity_id or a.acts_for:
            continue
        name = queries[i].text
        towns = gaz.lookup_exact(name, types=("CITY",))
        own = next((e for e in towns if e.entity_id == a.entity_id), None)
        if own is None or _keeps_its_link(own, name, towns) or normalise(name) in placed_names \
                or (text and us_state_after(text[queries[i].end_char:queries[i].end_char + 40]) is not None):
            continue   # a capital, a famous or curated city; 'Kenosha, Wis.' and the story's later 'Kenosha'
        named = regions_named(gaz, queries, answers, normalise(name)) | by_phrase
        home = {r for c, r in named if c == own.country_code}
        if len(home) > 1 or own.region in home:
            continue
        there = [e for e in towns if e is not own and (e.country_code, e.region) in named]
        if len({(e.country_code, e.region) for e in there}) == 1 \
                and len({r for c, r in named if c == there[0].country_code}) == 1 \
                and (not home or there[0].country_code == own.country_code):   # one region of its country named
            out[i] = as_of(Resolution("CITY", there[0].entity_id, there[0].canonical_name, there[0].country_code,
                                      there[0].acts_for, score=a.score, method=a.method), date, gaz.country)
        elif not there and len(home) == 1 and set(own.sources or ()) == {"geonames"} and own.country_code == "US" \
                and ("US", *home) in by_phrase | {("US", state_named(gaz, q, x)) for q, x in zip(queries, answers)} \
                and listed_with_a_town_of(gaz, queries, answers, i, ("US", *home), text):
            # the state named, and the town listed with one of its towns ('at Pine Bluff and Camden')
            out[i] = Resolution("CITY", None, name.strip(), own.country_code, method="nil")
    return out
