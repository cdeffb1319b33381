"""The short name two states share is the one of the two the story names.

"Korea" and "Korean" name both South and North Korea, "Congo" both Republics of the Congo: the
gazetteer holds neither short name, since neither state owns it. A reader takes the one of the two
states the story names elsewhere ("South Korean President Chun ... if Korea does not keep on
the same path"); a story that names neither state but places of one of them takes that one ("GOMA, Congo (AP)
- Congo's government has ordered the Rwandan ambassador to leave": Goma is the Democratic Republic's); a story
that names both, or neither and places of both or none, leaves the short name unknown.

The shared names are derived from the countries' own names, not listed: a country's name or
demonym without a leading compass word ("South Korea", "North Korean") or without "Republic of
the" ("Democratic Republic of the Congo"), when at least two states give the same rest and no
state is called by it itself ("East Germany" gives no shared "Germany").

The name of a state of today that two former states, its halves, shared before they united ("Yemen",
"Yemeni" for South and North Yemen until 1990) is, in a story of that time which names one half and
not the other, the half it names: "Yemeni authorities" in a 1986 story of South Yemen are South
Yemen's (`halves_named`). A story names the half by the state's name; its people alone ("China believed
the North Vietnamese and the Viet Cong would win ... peace talks on Vietnam") make no story of North
Vietnam. Only a half with a code of its own changes the answer (South Yemen YD, North
Vietnam VD, East Germany DD; North Yemen shares YE with Yemen), and only before the day its seat
of government ceased to be one (gazetteer.history.FORMER_SEATS).

A formal name two states bore at once is shared the same way while they did: from 1958 to 1 August 1964
both Congos were the "Republic of the Congo" (news of 1960 calls Leopoldville's "the Congo Republic"), so
before that day a name of the Republic of the Congo holding "Republic" is the Congo the story names or
places ("the Congo Republic expelled the Soviet envoys" in a 1963 Leopoldville story is the later
Democratic Republic), else unknown (`SHARED_FORMAL_NAMES`, `formal_names_of_their_time`).
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple, Optional, Sequence

from gazetteer.history import as_of, seat_ended, state_on
from gazetteer.memo import by_gazetteer
from gazetteer.model import is_former_state, normalise
from gazetteer.resolution import Resolution

_COMPASS = ("north", "south", "east", "west")


class SharedFormalName(NamedTuple):
    owner: str          # the state whose name it is today
    word: str           # a word its formal names hold
    others: tuple       # the states that bore such a name too
    until: str          # first day the name was the owner's alone (YYYY-MM-DD)


SHARED_FORMAL_NAMES = (
    SharedFormalName("CG", "republic", ("CD",), "1964-08-01"),   # Leopoldville's became the Democratic Republic
)
_REPUBLIC_OF = ("democratic republic of the", "republic of the")
_SHARED: dict = {}


def _rest(name: str) -> Optional[str]:
    key = normalise(name)
    first, _, rest = key.partition(" ")
    if first in _COMPASS and rest:
        return rest
    for prefix in _REPUBLIC_OF:
        if key.startswith(prefix + " "):
            return key[len(prefix) + 1:]
    return None


def shared_names(gaz) -> dict:
    """{normalised shared name: (entity type, (country codes))} for the gazetteer's countries."""
    key = id(gaz)
    if key in _SHARED:
        return _SHARED[key]
    found: dict = {}
    for e in gaz.countries():
        for name in e.names():
            rest = _rest(name)
            if rest:
                found.setdefault(rest, ("COUNTRY", set()))[1].add(e.country_code)
        for demonym in e.demonyms:
            rest = _rest(demonym)
            if rest:
                found.setdefault(rest, ("NORP", set()))[1].add(e.country_code)
    shared = {k: (t, tuple(sorted(codes))) for k, (t, codes) in found.items()
              if len(codes) > 1 and not gaz.lookup_exact(k, types=("COUNTRY",)) and gaz.lookup_demonym(k) is None}
    _SHARED.clear()
    _SHARED[key] = shared
    return shared


def divided_state_names(gaz, queries: Sequence, answers: list, date: Optional[str]) -> list:
    """`answers` with each unknown shared short name linked to the one of its states the story names, and
    the name of a state of today the one former half of it the story names (`halves_named`)."""
    if gaz is None:
        return answers
    answers = halves_named(gaz, answers, date, queries)
    answers = formal_names_of_their_time(gaz, queries, answers, date)
    shared = shared_names(gaz)
    asked = [i for i, (q, a) in enumerate(zip(queries, answers))
             if a is not None and a.entity_id is None and a.entity_type != "PERSON" and normalise(q.text) in shared]
    if not asked:
        return answers
    named = _states_named(answers, date, ("COUNTRY", "NORP"))
    places = _states_named(answers, date, ("CITY",))
    out = list(answers)
    for i in asked:
        etype, codes = shared[normalise(queries[i].text)]
        chosen = [c for c in codes if named[state_on(c, date)]] \
            or [c for c in codes if places[state_on(c, date)]]   # none named: its places ("GOMA, Congo (AP) -")
        if len(chosen) == 1:
            out[i] = as_of(_as_state(gaz.country(chosen[0]), etype), date, gaz.country)
    return out


def formal_names_of_their_time(gaz, queries: Sequence, answers: list, date: Optional[str]) -> list:
    """`answers` with a formal name two states bore at once, on a date before it was one's alone, taken for
    the one of them the story names or places, else left unknown (see the module)."""
    if not date:
        return answers
    out = list(answers)
    for shared in SHARED_FORMAL_NAMES:
        asked = [i for i, (q, a) in enumerate(zip(queries, answers))
                 if a is not None and a.entity_type == "COUNTRY" and a.country_code == shared.owner
                 and a.method in ("exact", "alias") and shared.word in normalise(q.text).split()
                 and date[:10] < shared.until]
        if not asked:
            continue
        rest = [a for i, a in enumerate(answers) if i not in asked]
        named, places = _states_named(rest, date, ("COUNTRY", "NORP")), _states_named(rest, date, ("CITY",))
        codes = (shared.owner, *shared.others)
        chosen = [c for c in codes if named[c]] or [c for c in codes if places[c]]
        state = gaz.country(chosen[0]) if len(chosen) == 1 else None
        for i in asked:
            out[i] = _as_state(state, "COUNTRY") if state is not None else \
                Resolution("COUNTRY", None, queries[i].text.strip(), None, None, None, 0.0, "nil")
    return out


def _states_named(answers: Sequence, date: Optional[str], types: tuple) -> Counter:
    """How often the answers of those entity types name each state, as the state was on `date`."""
    return Counter(state_on(a.country_code, date) for a in answers
                   if a is not None and a.entity_id and a.country_code and a.entity_type in types)


def _as_state(e, etype: str) -> Resolution:
    return Resolution(etype, e.entity_id, e.canonical_name, e.country_code,
                      e.country_code if etype == "COUNTRY" else None, None, 0.9, "context")


@by_gazetteer()
def former_halves(gaz) -> dict:
    """{code of a state of today: [(a former half with a code of its own, its last day, ids of the other
    halves), ...]}: "YE" -> South Yemen until 1990-05-22, North Yemen being the other half."""
    out: dict = {}
    for e in gaz.countries():
        first, _, rest = normalise(e.canonical_name).partition(" ")
        end = seat_ended(e.country_code)
        if first not in _COMPASS or not rest or not is_former_state(e) or end is None:
            continue
        today = [t for t in gaz.lookup_exact(rest, types=("COUNTRY",)) if not is_former_state(t)]
        if len(today) != 1 or today[0].country_code == e.country_code:
            continue
        others = frozenset(h.entity_id for w in _COMPASS for h in gaz.lookup_exact(f"{w} {rest}", types=("COUNTRY",))
                           if h.entity_id != e.entity_id)
        out.setdefault(today[0].country_code, []).append((e, end, others))
    return out


def halves_named(gaz, answers: list, date: Optional[str], queries: Optional[Sequence] = None) -> list:
    """`answers` with the bare name or demonym of a state of today ("Yemeni") taken, in a story of `date`,
    for the one former half of it the story names, when it names no other half (see the module). A formal
    name of today's state (`queries`' text neither its name nor a demonym: "the Federal Republic of Germany"
    in 1970) is no bare name: it stays today's state, and it names the half that shares today's code (West
    Germany), so a story that names it and the German Democratic Republic names both halves."""
    if gaz is None or not date:
        return answers
    halves = former_halves(gaz)
    named = {a.entity_id for a in answers if a is not None and a.entity_type in ("COUNTRY", "NORP")}
    formal = set()
    for i, a in enumerate(answers):
        if queries is not None and a is not None and a.entity_type == "COUNTRY" and a.country_code in halves \
                and _formal_name(gaz, gaz.country(a.country_code), queries[i].text):
            formal.add(i)
            named |= {o for _, end, others in halves[a.country_code] if date[:10] < end[:len(date[:10])] for o in others}
    # a story of the half names the state; its people alone ("the North Vietnamese and the Viet Cong would win")
    # make none: "talks on Vietnam" in such a story are the whole country's
    states = {a.entity_id for a in answers if a is not None and a.entity_type == "COUNTRY"}
    out = list(answers)
    for i, a in enumerate(answers):
        if a is None or a.entity_type not in ("COUNTRY", "NORP") or not a.entity_id or a.country_code not in halves \
                or i in formal:
            continue
        today = gaz.country(a.country_code)
        if today is None or today.entity_id != a.entity_id:
            continue   # a half named itself ("South Yemen"), or another state of the code
        live = [e for e, end, others in halves[a.country_code]
                if date[:10] < end[:len(date[:10])] and e.entity_id in states and not others & named]
        if len(live) == 1:
            out[i] = _as_state(live[0], a.entity_type)
    return out


def _formal_name(gaz, state, text: str) -> bool:
    """Is `text` a name of the state other than its short name and demonyms ("Federal Republic of Germany",
    not "Germany", "German", "Germans")?"""
    if state is None:
        return False
    key = normalise(text)
    if key in {normalise(state.canonical_name)} | {normalise(d) for d in state.demonyms}:
        return False
    return any(e.entity_id == state.entity_id for e in gaz.lookup_exact(text, types=("COUNTRY",)))
