"""A generic body's name in a story about another state: "the House of Commons" in an Ottawa story.

Bodies of different states share generic names ("House of Commons", "Congress", "National
Assembly"), but the gazetteer often knows only one of them by the bare name, so a lookup links a
Canadian story's "House of Commons" to the British one. A careful reader takes the bare name as the
story's own state's body. So when

- a body of a state was found by its bare name (the name itself names no state: "British House of
  Commons" stays), a name that its own canonical name qualifies with its state ("House of Commons of
  the United Kingdom"; "Her Majesty's Government", "the White House" are names of their own), and
- the article names that state nowhere else (no place, people, demonym or body with a name of its
  own: "the White House", nor a name that names it: "the Qandarian Liberal Democratic Party"),

the name is the body of the state the article is clearly about (its dateline's, or the one state it
is about, as gazetteer/home_bodies.py finds them) when the gazetteer has one called so, and unknown
otherwise: a wrong state's body costs more than no link. But a body that stands for its state (the
gazetteer's `acts_for`: a foreign ministry, a seat of government) keeps its link when the story's state
has no body called so: "the State Department" in a Beijing story is Washington's, whose voice it is;
unless the bodies of several states bear the bare name ("the Foreign Office": Britain's and Germany's)
and the text itself says whose it is (a possessive state, a place right after or before it, the
dateline, or the one body the article names in full so): "Pakistan's Foreign Office" is Pakistan's body called
so (its foreign ministry, which the gazetteer calls "Pakistan's Foreign Office"), and so is a bare "the Foreign Office"
after it; or unknown, not Britain's. When the text says nothing of whose it is (a headline before the dateline,
another state named as often as the dateline's, no dateline), it is still not Britain's in a story about another
state that names it by a place (its dateline's or dominant one, else any state it names by its own or a city's
name: "Pakistan declared an Indian diplomat persona non grata ... a Foreign Office spokesperson"): that state's
body by gazetteer/home_bodies.py's rules, or unknown. A count of
the states named is not enough for such a body ("the Foreign Office said ... the Bulgarian embassy"). A story that names the body's state ("the White House"
in a Moscow story about Washington's reply) keeps it.

A shared name right after another state's demonym or possessive ("the French Senate", "the Bolivian Congress",
"Argentina's Senate", the model leaving the state's word out of the body's name) is that state's body called so,
or unknown, even in a story that names the state of the one body the gazetteer knows by the bare name.

A body found only by a name like its own (a fuzzy match) of a state the story names by nothing else, in a story
clearly about another state, is unknown too (a state's voice so found is the story's state's of that kind:
"the Ministry of Foreign and European Affairs" in a Zagreb story is Croatia's foreign ministry), and so is one found
by its exact name when that name is a "Ministry of/for ..." of the form many states give their ministries ("the
Ministry for Europe and Foreign Affairs", France's and Albania's, in a Tirana story), whatever its name, with its own name inside the longer one:
"Tokyo's Metropolitan Police Department" is no London "Metropolitan Police Service"; and so in a story about no
one state that names others by a place ("about_another_state"): "the Department of Defence" in an Australian
debate that names Australia, New Zealand and Moscow is no American "Department of Defense".
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Optional, Sequence

from gazetteer.history import one_state
from gazetteer.home_bodies import (body_of_state, called_so, dateline_code, dateline_state, generic_name,
                                   home_body_of, named_in_full, place_after, place_before, possessor_before,
                                   qualifier_before)
from gazetteer.memo import by_gazetteer
from gazetteer.model import Entity, normalise
from gazetteer.org_names import distinctive_words
from gazetteer.national import country_named_in, dominant_country
from gazetteer.party_pieces import is_party
from gazetteer.possessive_party_names import borne_with_possessives

_BY_NAME = ("alias", "exact", "context")   # found by the name alone, or by a weak count of the article


# people whose nationality is not the story's state: a host's guests
FOREIGNERS = frozenset({"diplomat", "diplomats", "envoy", "envoys", "ambassador", "embassy", "consul", "consulate",
                        "attache", "attaché", "attaches", "legation", "mission", "spy", "spies", "nationals", "tourists",
                        "charge", "chargé"})


def foreigners(q) -> bool:
    """Is the name a nationality of foreigners ("Cuban diplomats", "British embassy")?"""
    return getattr(q, "word_after", "").lower() in FOREIGNERS


def is_mission(e: Entity) -> bool:
    """Is `e` a state's mission abroad (an embassy, a high commission, a consulate the gazetteer makes)?"""
    return e.entity_id.startswith("mission:")


def home_state(queries: Sequence, results: list, context: Counter, min_share: float, lead: float) -> Optional[str]:
    """The state the article is clearly about: its dateline's, else the dominant one."""
    state = dateline_state(context, dateline_code(queries, results), lead)
    if state:
        return state
    dominant = dominant_country(context, min_share, lead)
    return dominant[0] if dominant else None


def shared_name(gaz, generic: str, e: Entity) -> bool:
    """Is `generic` a name that states' bodies share, which `e`'s own name must qualify with its state
    ("House of Commons of the United Kingdom", "Democratic Party (United States)"), or that other states'
    parties bear but for a possessive ("People Party": possessive_party_names)? A name of its own
    ("Her Majesty's Government", "the White House", "the Kremlin") is no such name."""
    return called_so(generic, e) and (country_named_in(gaz, re.sub(r"[(),]", " ", e.canonical_name)) == e.country_code
                                      or borne_with_possessives(gaz, generic, e))


@by_gazetteer()
def borne_by_several_states(gaz, generic: str) -> bool:
    """Is `generic`, a name of two generic words or more ("Foreign Office"), a phrase of the names of the
    bodies that stand for two states or more ("Foreign Office" of Britain, "German Foreign Office")? "State
    Department" is Washington's alone."""
    if len(generic.split()) < 2 or distinctive_words(generic):
        return False
    key = f" {normalise(generic)} "
    states = {e.acts_for for e in gaz.entities if e.entity_type == "ORG" and e.acts_for
              and any(key in f" {normalise(n)} " for n in e.names())}
    return len(states) > 1


def foreign_body_verdicts(gaz, queries: Sequence, results: list, min_share: float, lead: float) -> dict:
    """{index: home body or None} for the bodies of another state named bare in a story about one state
    (`results`: the resolver's working verdicts, with `.entity` and `.method`)."""
    entities = [getattr(r, "entity", None) for r in results]
    # a state's voice whose bare name other states' bodies bear too ("the Foreign Office": Britain's, Germany's)
    several = {i for i, (q, e) in enumerate(zip(queries, entities)) if e is not None and e.entity_type == "ORG"
               and e.acts_for and generic_name(q.text) and borne_by_several_states(gaz, generic_name(q.text))}
    # the state a story is about, but not by the nationality of its foreigners ("The State Department
    # expelled two Cuban diplomats": no Cuban body), nor by the bodies whose state is in question
    # (nor by their missions: "the Indian High Commission in Islamabad" is India's guest in a Pakistani story)
    context = Counter(e.country_code for i, (e, q, r) in enumerate(zip(entities, queries, results))
                      if e is not None and e.country_code and i not in several and not is_mission(e)
                      and not (getattr(r, "entity_type", None) == "NORP" and foreigners(q)))
    home = home_state(queries, results, context, min_share, lead)
    shared = {i for i, (q, e) in enumerate(zip(queries, entities)) if e is not None and e.entity_type == "ORG"
              and e.country_code and generic_name(q.text) and shared_name(gaz, generic_name(q.text), e)}
    shared |= several
    # the states the article names other than by shared bodies' names: places, people, demonyms, "the White House"
    named = Counter(e.country_code for i, e in enumerate(entities)
                    if e is not None and e.country_code and i not in shared)
    # ... and those a longer name names: "the British House of Commons", "the Qandarian Liberal Democratic Party"
    named.update(code for code in (country_named_in(gaz, q.text) for q in queries if " " in q.text) if code)
    # the states it names by a place, its own name or a city's ("Pakistan", "ISLAMABAD"), not by an adjective
    # of things ("Russian bonds")
    places = Counter(e.country_code for e, r in zip(entities, results) if e is not None and e.country_code
                     and getattr(r, "entity_type", None) in ("COUNTRY", "CITY"))
    found = {}
    for i, (q, r, e) in enumerate(zip(queries, results, entities)):
        if e is not None and e.entity_type == "ORG" and e.country_code \
                and (e.country_code != home if home else about_another_state(None, places, e.country_code)) \
                and (r.method == "fuzzy" or r.method in ("exact", "alias") and named_as_ministries_are(q.text)) \
                and not country_named_in(gaz, q.text) \
                and not any(o is not None and o.country_code == e.country_code and o.entity_id != e.entity_id
                            for o in entities):
            # a body of a state the story names by nothing else, found only by a name like its own: "Tokyo's
            # Metropolitan Police Department" is no London police ("Metropolitan Police Service"), nor its
            # "Metropolitan Police" inside that name
            # nor is a state's voice so found ("the Ministry of Foreign and European Affairs" in a Zagreb story is
            # no French "Ministry for Europe and Foreign Affairs"): the story's state's body of that kind, or unknown
            home_kind = body_of_same_kind(gaz, e, home) if e.acts_for and home else None
            found.update({j: home_kind if j == i else None for j, (p, o) in enumerate(zip(queries, entities))
                          if j == i or o is not None and o.entity_id == e.entity_id
                          and q.start_char <= p.start_char and p.end_char <= q.end_char})
            continue
        owner = qualifier_before(i, queries, results) if i in shared and r.method in _BY_NAME else None
        if owner is not None and not one_state(owner, e.country_code):
            # "the French Senate", "the Bolivian Congress": that state's body called so, or unknown, whatever
            # else the story names
            found[i] = body_of_state(gaz, generic_name(q.text), owner)
            continue
        if e is None or e.entity_type != "ORG" or not e.country_code or e.country_code == home \
                or r.method not in _BY_NAME or named[e.country_code] or country_named_in(gaz, q.text):
            continue
        if i in several:   # only where the text itself says whose: "Pakistan's", "... in Islamabad", the dateline
            state = speaking_state(i, queries, results, context, lead)
            # or the one body the article names in full so ("Pakistan's Foreign Office", its own name's tail too)
            full = named_in_full_elsewhere(i, queries, entities)
            if state and state != e.country_code:
                body = body_of_state(gaz, generic_name(q.text), state)
                found[i] = body if body is not None else full if full is not None and full.acts_for == state else None
            elif state is None and full is not None and full.entity_id != e.entity_id:
                found[i] = full
            elif state is None and full is None and about_another_state(home, places, e.country_code):
                found[i] = home_body_elsewhere(gaz, i, queries, results, context, min_share, lead, e.country_code)
        elif i in shared:
            body = body_of_state(gaz, generic_name(q.text), home) if home else None
            if body is not None or not e.acts_for:
                found[i] = body   # a body that stands for its state, which the home state has none of, stays
    return found


_KINDS = ("Foreign Ministry", "Government")   # the kinds of a state's voice, by the generic name each is called


_MINISTRY_OPENING = re.compile(r"^(?:the\s+)?(?:federal\s+)?ministry\s+(?:of|for)\s", re.I)


def named_as_ministries_are(text: str) -> bool:
    """Is `text` a ministry's name of the form many states give theirs, "Ministry of/for ..." with no state
    named ("the Ministry for Europe and Foreign Affairs", France's and Albania's): the name of no one state?"""
    return _MINISTRY_OPENING.match(text.strip()) is not None


def body_of_same_kind(gaz, e: Entity, code: str) -> Optional[Entity]:
    """The body of the state `code` of the kind `e` is for its own state (its "Foreign Ministry", its
    "Government"), or None when `e` is of no such kind or `code` has none."""
    for kind in _KINDS:
        own = body_of_state(gaz, kind, e.acts_for)
        if own is not None and own.entity_id == e.entity_id:
            return body_of_state(gaz, kind, code)
    return None


def parties_of_states_named_nowhere(gaz, queries: Sequence, results: Sequence) -> set:
    """The indices of the parties found by a name that parties of several states share (`shared_name`:
    "Popular Alliance" is San Marino's "Popular Alliance (San Marino, historical)") whose state the article
    names by nothing else, in an article that names another state ("Spain's unions ... the Popular Alliance
    (AP)"). Such a name says nothing of the story's state: it must not make San Marino one of the article's
    countries, which would make "the Socialist government" San Marino's party (`results`: the certain
    verdicts, None where none yet). A state's chamber or ministry so found still counts: a debate's "the
    Senate" may be all that names its state."""
    entities = [getattr(r, "entity", None) for r in results]
    shared = {i for i, (q, r, e) in enumerate(zip(queries, results, entities))
              if is_party(e) and e.country_code and r.method in _BY_NAME
              and generic_name(q.text) and shared_name(gaz, generic_name(q.text), e)}
    if not shared:
        return set()
    named = Counter(e.country_code for i, e in enumerate(entities) if e is not None and e.country_code and i not in shared)
    if not named:
        return set()
    return {i for i in shared if not named[entities[i].country_code] and not country_named_in(gaz, queries[i].text)}


def about_another_state(home: Optional[str], places: Counter, code: str) -> bool:
    """Is a story that never names the state `code` otherwise about another state that it names by a place
    (`places`: its own name or a city's): its dateline's or its dominant one (`home_state`), or, when it has
    none, any such state ("Pakistan declared an Indian diplomat persona non grata ... a Foreign Office
    spokesperson")? "Russian bonds" alone make no Russian story."""
    if home is not None:
        return not one_state(home, code) and any(n and one_state(other, home) for other, n in places.items())
    return any(n and not one_state(other, code) for other, n in places.items())


def home_body_elsewhere(gaz, i: int, queries: Sequence, results: list, context: Counter, min_share: float,
                        lead: float, code: str) -> Optional[Entity]:
    """The body of another state than `code` that the name at `i` is by home_bodies' rules (the one named in
    full, the state opening its sentence, the dateline's, the dominant one clear by then), or None."""
    found = home_body_of(gaz, i, queries, results, context, min_share, lead, _countries)
    body = found[0] if found else None
    return body if body is not None and not one_state(body.acts_for or body.country_code or "", code) else None


def _countries(results) -> Counter:
    """The countries of resolutions, as home_bodies counts the names read before a body."""
    return Counter(r.entity.country_code for r in results
                   if r is not None and getattr(r, "entity", None) is not None and r.entity.country_code)


def named_in_full_elsewhere(i: int, queries: Sequence, entities: Sequence) -> Optional[Entity]:
    """The one body the article names with more than the bare name at `i` and calls so ("Pakistan's Foreign
    Office" for a later "the Foreign Office"); None when it names none or several ("the British Foreign Office"
    too)."""
    generic = generic_name(queries[i].text)
    named = [(o, q.text) for q, o in zip(queries, entities)
             if o is not None and o.entity_type == "ORG" and o.acts_for and normalise(generic_name(q.text)) != normalise(generic)]
    return named_in_full(generic, named)[0]


def speaking_state(i: int, queries: Sequence, results: list, context: Counter, lead: float) -> Optional[str]:
    """The state the text itself gives the body named at `i`: a possessive state before it ("Pakistan's
    Foreign Office"), the place after it ("a Foreign Office spokesman in Islamabad") or before its clause
    ("In Bonn, the Foreign Office said"), else the dateline's state; None when it gives none."""
    nxt = results[i + 1] if i + 1 < len(results) else None
    return possessor_before(i, queries, results) or place_before(i, queries, results) \
        or place_after(queries[i].text, queries[i + 1].context_before if nxt is not None else "",
                       getattr(nxt, "entity", None)) \
        or dateline_state(context, dateline_code(queries, results), lead)


def unresolve_foreign_bodies(gaz, queries: Sequence, results: list, unresolved, allowed_types, config) -> None:
    """Apply `foreign_body_verdicts` (`config`: the resolver's, for its national-body thresholds): the
    home body in place of the foreign one, or an abstention (`unresolved(query, types)` makes one)."""
    verdicts = foreign_body_verdicts(gaz, queries, results, config.national_body_min_share, config.national_body_lead)
    for i, body in verdicts.items():
        if body is not None:
            results[i] = replace(results[i], entity=body, method="context", score=0.8, canonical_name=None,
                                 country_code=None, role=None)
        else:
            owner = qualifier_before(i, queries, results)
            results[i] = unresolved(queries[i], allowed_types(queries[i]))
            if owner is not None:
                results[i] = replace(results[i], country_code=owner)   # "the French Senate": unknown, in France
