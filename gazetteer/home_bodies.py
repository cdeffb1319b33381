"""Whose is "the Foreign Ministry"? A state's body named without its state.

News names a state's institutions bare once the state is clear: "MOSCOW - The
Foreign Ministry said ...", "Turkey's Foreign Ministry summoned the envoy ... the
Foreign Ministry said", "the Foreign Ministry in Havana". A careful reader takes
the state from, most certain first:

1. a state's name right before it with a possessive the name left out ("India's | Ministry of
   External Affairs"), the place that opens its clause ("In Moscow, the Foreign Ministry said"), or the
   place right after the name: "the Foreign Ministry in Havana" is Cuba's;
2. the one such body the article names in full ("Turkey's Foreign Ministry");
   when it names several ("the State Department", "the Soviet Foreign Ministry"),
   the one named before the bare name ("the Afghan Ministry of Foreign Affairs ... the
   Ministry of Foreign Affairs said. Pakistan's Foreign Ministry ..."), else the bare
   name could be any of them and stays unresolved;
   the state that opens the sentence whose news the body tells in a closing clause ("Iran has expelled
   a German diplomat ..., the Foreign Ministry said": Iran's), and the host of an envoy the body
   summons ("The Foreign Ministry summoned Sudanese Ambassador ...": not Sudan's);
3. the dateline's state ("MOSCOW, March 3 -"), unless another state that has a body
   so called is named as often as the dateline's in the article (a Paris-datelined
   story about a Russian move: whose ministry speaks is not clear; in a Moscow story
   about an American move it is, the United States having no "Foreign Ministry");
4. the one state the article is clearly about (`national.dominant_country`), when it is also the one
   state the names read before the body are clearly about: the state must be clear once the body is
   named; and not when the dateline is another state's that has a body so called ("TAIPEI - China fired
   missiles ... China warned ... The Foreign Ministry said" could be either's: it stays unresolved). Before it, a demonym of a state's people abroad ("Argentine diplomats", "the Honduran
   ambassador") says whose envoys, not whose story: "Honduras ordered Argentine diplomats to leave.
   The Foreign Ministry said ..." is no Argentine ministry, though Argentina is named most in the
   rest of the story (it stays unresolved), and "Nicaragua ordered the expulsion of three American
   diplomats ..., the Foreign Ministry announced" is Nicaragua's.

Each time the body found must be one that its own name says is of that kind (or
that the article calls so): "the Foreign Ministry" is no name of the State
Department or the Foreign Office, whatever aliases the gazetteer generates for
them, so a bare "Foreign Ministry" in a Washington or London story stays
unresolved rather than linking to a body no one calls that.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable, Optional

from gazetteer.history import one_state
from gazetteer.memo import by_gazetteer
from gazetteer.model import Entity, normalise
from gazetteer.national import dominant_country
from gazetteer.party_pieces import is_party

# "<body> in", or "<body> <one of its people> in": "the Foreign Ministry in Havana", "a Foreign Ministry
# spokesman in Moscow", "a Foreign Ministry official in Tokyo"
_PLACE_LINK = re.compile(r"\s+(?:(?:official|officials|spokesman|spokeswoman|spokesperson|source|sources"
                         r"|statement)\s+)?in\s+(?:the\s+)?", re.IGNORECASE)
DATELINE_WEIGHT = 2   # the dateline counts as this many extra mentions of its state


def generic_name(text: str) -> str:
    """The body's name without a leading article: "the Foreign Ministry" -> "Foreign Ministry"."""
    return re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.IGNORECASE)


def called_so(generic: str, e: Entity, surfaces: Iterable[str] = ()) -> bool:
    """Is `e` a body that its canonical name, or a name the article gives it, calls `generic`
    ("Foreign Ministry" is the "Ministry of Foreign Affairs of Russia", not the "United States
    Department of State")? Every word of the generic name must be there."""
    words = set(normalise(generic).split())
    return bool(words) and any(words <= set(normalise(n).split()) for n in (e.canonical_name, *surfaces))


@by_gazetteer()
def body_of_state(gaz, generic: str, code: str) -> Optional[Entity]:
    """The one body of the state `code` that `generic` names with the state's name or demonym before or
    after it ("Russian Foreign Ministry", "Foreign Ministry of Russia"), and that is called so."""
    country = gaz.country(code)
    if country is None:
        return None
    qualifiers = [*country.demonyms[:2], country.canonical_name, *country.aliases[:3]]
    for name in [f"{q} {generic}" for q in qualifiers] + [f"{generic} of {q}" for q in qualifiers]:
        hits = [e for e in gaz.lookup_exact(name, types=("ORG",)) if e.country_code == code]
        if len(hits) == 1:
            return hits[0] if called_so(generic, hits[0]) and not names_no_party(generic, hits[0]) else None
    return None


def names_no_party(generic: str, e: Entity) -> bool:
    """Is `generic` only the word "Party" (or "Union"), which names no party with a demonym for its name?
    "the Party" in a Finnish story is the party named before, not the "Finnish Party" of 1863; a state's
    body is its "Government" or "Foreign Ministry", but a party's name is its own."""
    return is_party(e) and set(normalise(generic).split()) <= _PARTY_FORM_WORDS


_PARTY_FORM_WORDS = frozenset({"party", "union"})


def place_after(text: str, next_context_before: str, next_entity: Optional[Entity]) -> Optional[str]:
    """The state of the place named right after "<body> in" (or "<body> spokesman in"): "the Foreign
    Ministry in Havana" -> CU."""
    if next_entity is None or next_entity.entity_type not in ("CITY", "COUNTRY"):
        return None
    at = next_context_before.rfind(text)
    if at < 0 or not _PLACE_LINK.fullmatch(next_context_before[at + len(text):]):
        return None
    return next_entity.country_code


def named_in_full(generic: str, named: Iterable[tuple[Entity, str]]) -> tuple[Optional[Entity], int]:
    """(the body, how many) among the article's named organisations (entity, the text naming it) whose
    names hold `generic` as a phrase ("Turkey's Foreign Ministry" for "Foreign Ministry") and that are
    called so (the State Department is no "Foreign Ministry", whatever its generated aliases say)."""
    key = f" {normalise(generic)} "
    fits: dict[str, Entity] = {}
    surfaces: dict[str, list] = {}
    for e, text in named:
        if e.entity_type == "ORG" and any(key in f" {normalise(n)} " for n in (*e.names(), text)):
            fits[e.entity_id] = e
            surfaces.setdefault(e.entity_id, []).append(text)
    called = [e for eid, e in fits.items() if called_so(generic, e, surfaces[eid])]
    return (called[0] if len(called) == 1 else None), len(called)


def dateline_state(context: Counter, dateline_code: Optional[str], lead: float,
                   rivals: Optional[Callable[[str], bool]] = None) -> Optional[str]:
    """The dateline's state (with its union or successor), when no other state is named about as often in the
    article; `rivals`, if given, tells which other states count (those that have a body the name could be:
    "MOSCOW (AP) - ... the United States ... a Foreign Ministry spokesman" is Moscow's, the US having no
    "Foreign Ministry")."""
    if not dateline_code:
        return None
    # a union and its successor are one state: "MOSCOW, Sept. 3" and "the Soviet Union" in 1985
    own = sum(n for code, n in context.items() if one_state(code, dateline_code)) + DATELINE_WEIGHT
    rival = max((n for code, n in context.items() if not one_state(code, dateline_code)
                 and (rivals is None or rivals(code))), default=0)
    return dateline_code if own >= lead * rival else None


_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s+", re.IGNORECASE)


def possessor_before(i: int, queries, results) -> Optional[str]:
    """The state whose name stands right before the name at `i` with a possessive ("India's Ministry of
    External Affairs", the model leaving "India's" out of the body's name) -> IN."""
    if i == 0:
        return None
    e = getattr(results[i - 1], "entity", None)
    if e is None or e.entity_type != "COUNTRY" or not e.country_code:
        return None
    before, prev = queries[i].context_before, queries[i - 1].text
    at = before.rfind(prev)
    return e.country_code if at >= 0 and _POSSESSIVE_GAP.fullmatch(before[at + len(prev):]) else None


_QUALIFIER_GAP = re.compile(r"\s+")


def qualifier_before(i: int, queries, results) -> Optional[str]:
    """The state that the name right before the name at `i` makes it the body of: a possessive state
    ("Argentina's | Senate") or a demonym with nothing but a space between ("the Bolivian | Congress", the
    model leaving the demonym out of the body's name) -> AR, BO."""
    owner = possessor_before(i, queries, results)
    if owner is not None or i == 0:
        return owner
    e = getattr(results[i - 1], "entity", None)
    if e is None or getattr(results[i - 1], "entity_type", None) != "NORP" or not e.country_code:
        return None
    before, prev = queries[i].context_before, queries[i - 1].text
    at = before.rfind(prev)
    return e.country_code if at >= 0 and _QUALIFIER_GAP.fullmatch(before[at + len(prev):]) else None


# "In Moscow, ..." opening the sentence (or its clause after "and", "but", "meanwhile")
_PLACE_OPENING = re.compile(r"(?:^\s*|[;:]\s+|\b(?:and|but|meanwhile,?)\s+)(?:in|from)\s+$", re.IGNORECASE)
_OPENING_GAP = re.compile(r",\s+(?:the\s+)?", re.IGNORECASE)


def place_before(i: int, queries, results) -> Optional[str]:
    """The state of the place that opens the clause of the name at `i` ("In Moscow, the Foreign Ministry
    said ..." -> RU; "From Havana, the Foreign Ministry replied"): where the body speaks from."""
    if i == 0:
        return None
    e = getattr(results[i - 1], "entity", None)
    if e is None or e.entity_type not in ("CITY", "COUNTRY") or not e.country_code:
        return None
    before, prev = queries[i].context_before, queries[i - 1].text
    at = before.rfind(prev)
    if at < 0 or not _OPENING_GAP.fullmatch(before[at + len(prev):]):
        return None
    return e.country_code if _PLACE_OPENING.search(before[:at]) else None


def home_body(gaz, text: str, next_context_before: str, next_entity: Optional[Entity],
              named: list[tuple[Entity, str]], dateline_code: Optional[str], context: Counter,
              min_share: float, lead: float, envoy: Optional[str] = None,
              possessor: Optional[str] = None,
              read_before: Optional[Counter] = None,
              opener: Optional[str] = None,
              named_before: Optional[list[tuple[Entity, str]]] = None) -> Optional[tuple[Entity, str, float]]:
    """(body, method, score) for a state's body named without its state, or None (see the module).
    `read_before`: the article's countries as the names before the body count them (None: not known);
    `opener`: the state that opens the sentence whose news the body tells (`sentence_opener`);
    `named_before`: the bodies of `named` named before it in the text."""
    generic = generic_name(text)
    if not generic:
        return None
    if possessor:
        body = body_of_state(gaz, generic, possessor)
        return (body, "context", 0.9) if body is not None else None
    state = place_after(text, next_context_before, next_entity)
    if state:
        body = body_of_state(gaz, generic, state)
        return (body, "context", 0.9) if body is not None else None
    body, n_named = named_in_full(generic, named) if len(generic.split()) >= 2 else (None, 0)
    if body is None and n_named > 1 and named_before is not None:
        body, _ = named_in_full(generic, named_before)   # of several, the one named before it in the text
    if body is not None:
        return body, "coref", 0.85
    if n_named > 1:
        return None   # a US and a Soviet ministry named: "the Foreign Ministry" could be either
    if opener:
        body = body_of_state(gaz, generic, opener)
        if body is not None:
            return body, "context", 0.85
    state = host_of(envoy, context, lead) if envoy else None
    if state:
        body = body_of_state(gaz, generic, state)
        if body is not None:
            return body, "context", 0.85
    state = dateline_state(context, dateline_code, lead, lambda code: body_of_state(gaz, generic, code) is not None)
    if state:
        body = body_of_state(gaz, generic, state)
        if body is not None:
            return body, "context", 0.85
    dominant = dominant_country(context, min_share, lead)
    if dominant is not None and clear_by_then(dominant[0], read_before, min_share, lead):
        if dateline_code and not one_state(dominant[0], dateline_code) \
                and body_of_state(gaz, generic, dateline_code) is not None:
            return None   # "TAIPEI - China fired missiles ... The Foreign Ministry said": the dateline's or China's
        body = body_of_state(gaz, generic, dominant[0])
        if body is not None:
            return body, "context", round(0.7 + 0.2 * dominant[1], 3)
    return None


def clear_by_then(code: str, read_before: Optional[Counter], min_share: float, lead: float) -> bool:
    """Is `code` the one state the names read so far are clearly about (`national.dominant_country` of
    them)? A reader takes a bare body for a state's once that state is clear, not from what follows."""
    if read_before is None:
        return True
    dominant = dominant_country(read_before, min_share, lead)
    return dominant is not None and dominant[0] == code


def dateline_code(queries, results) -> Optional[str]:
    """The state of the dateline's place ("MOSCOW, March 3 (Reuters) -"): the first name marked as in
    the dateline (`NameQuery.dateline`) that resolved to a city or a country."""
    for q, r in zip(queries, results):
        if not getattr(q, "dateline", False):
            break
        e = getattr(r, "entity", None)
        if e is not None and e.entity_type in ("CITY", "COUNTRY") and e.country_code:
            return e.country_code
    return None


# "... Ambassador Jon Huntsman was summoned to the Foreign Ministry": a host summons a foreign envoy
_SUMMONED_TO = re.compile(r"\b(?:summoned|called in|called)\s+(?:back\s+)?(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)
_ENVOY = re.compile(r"\b(?:ambassador|envoy|charg[eé]|diplomats?|consul)\b", re.IGNORECASE)


def summoned_envoy_state(i: int, queries, results) -> Optional[str]:
    """The state of the envoy summoned to the body named at `i` ("US Ambassador Jon Huntsman was summoned
    to the Foreign Ministry" -> US): the nearest state named before it in the same words, or None."""
    before = queries[i].context_before
    if not _SUMMONED_TO.search(before) or not _ENVOY.search(before):
        return None
    for q, r in zip(reversed(queries[:i]), reversed(results[:i])):
        if q.text not in before:
            return None
        e = getattr(r, "entity", None)
        if e is not None and e.entity_type in ("COUNTRY", "NORP") and e.country_code:
            return e.country_code
    return None


# "<body> summoned (the) <Sudanese> Ambassador", "<body> has summoned the Australian charge d'affaires"
_SUMMONS = re.compile(r"\s+(?:has\s+|had\s+)?summoned\s+(?:the\s+)?$", re.IGNORECASE)


def summoning_envoy_state(i: int, queries, results) -> Optional[str]:
    """The state of the envoy the body named at `i` summons ("The Foreign Ministry summoned Sudanese
    Ambassador Osman ..." -> SD): the state or demonym right after "summoned", before an envoy's title."""
    if i + 1 >= len(queries):
        return None
    q, nxt = queries[i], queries[i + 1]
    e = getattr(results[i + 1], "entity", None)
    if e is None or e.entity_type not in ("COUNTRY", "NORP") or not e.country_code \
            or not _ENVOY.match(nxt.word_after or ""):
        return None
    before = nxt.context_before or ""
    at = before.rfind(q.text)
    return e.country_code if at >= 0 and _SUMMONS.fullmatch(before[at + len(q.text):]) else None


# a closing reporting clause: "..., the Foreign Ministry said"
_CLOSING_CLAUSE = re.compile(r",\s*(?:the\s+)?$", re.IGNORECASE)
_TELLING = frozenset({"said", "says", "announced", "confirmed", "stated", "reported", "added"})
_AFTER_DATELINE = re.compile(r"(?:[-\u2013\u2014_:]|\)\s*-)\s*$")


def sentence_opener(i: int, queries, results) -> Optional[str]:
    """The state that opens the sentence whose news the body named at `i` tells in a closing clause
    ("Iran has expelled a German diplomat for undiplomatic behaviour, the Foreign Ministry said" -> IR):
    the sentence's first name, a country or a capital standing for its state, with nothing before it
    but the text's dateline."""
    q = queries[i]
    if q.sentence < 0 or not _CLOSING_CLAUSE.search(q.context_before or "") \
            or (q.word_after or "").lower() not in _TELLING:
        return None
    first = next((j for j in range(i) if queries[j].sentence == q.sentence and not queries[j].dateline), None)
    if first is None:
        return None
    opening = (queries[first].context_before or "").strip()
    if opening and not (any(queries[j].dateline for j in range(first)) and _AFTER_DATELINE.search(opening)):
        return None
    e = getattr(results[first], "entity", None)
    if e is None or not (e.entity_type == "COUNTRY" or e.entity_type == "CITY" and e.acts_for):
        return None
    return e.acts_for or e.country_code


def host_of(envoy: str, context: Counter, lead: float) -> Optional[str]:
    """The state that summoned `envoy`'s state's envoy: the one the article names most besides the
    envoy's own, clearly ahead of any third."""
    top = Counter({code: n for code, n in context.items() if code != envoy}).most_common(2)
    if not top or (len(top) > 1 and top[0][1] < lead * top[1][1]):
        return None
    return top[0][0]


# the word after a demonym that makes it a state's people abroad: "Argentine diplomats", "the Honduran ambassador"
_ENVOYS_AFTER = re.compile(r"(?:ambassadors?|envoys?|charg[eé]s?|diplomats?|consuls?|attach[eé]s?|officials?"
                           r"|embassy)", re.IGNORECASE)


def states_read_before(i: int, queries, results, counted) -> Counter:
    """The article's countries as the resolutions before the name at `i` count them (`counted`), without
    the demonyms of a state's people abroad ("Argentine diplomats")."""
    kept = [r for q, r in zip(queries[:i], results[:i])
            if not (r is not None and r.entity_type == "NORP" and _ENVOYS_AFTER.fullmatch(q.word_after or ""))]
    return counted(kept)


def home_body_of(gaz, i: int, queries, results, context: Counter, min_share: float,
                 lead: float, counted=None) -> Optional[tuple[Entity, str, float]]:
    """`home_body` for the name at `i` among an article's queries and their resolutions; `counted`
    (the resolver's count of an article's countries over some of its resolutions) gives the states
    read before the name."""
    nxt = results[i + 1] if i + 1 < len(results) else None
    named = [(r.entity, q.text) for q, r in zip(queries, results)
             if r is not None and r.entity is not None and r.entity_type == "ORG"]
    named_before = [(r.entity, q.text) for q, r in zip(queries[:i], results[:i])
                    if r is not None and r.entity is not None and r.entity_type == "ORG"]
    return home_body(gaz, queries[i].text, queries[i + 1].context_before if nxt else "",
                     nxt.entity if nxt else None, named, dateline_code(queries, results), context,
                     min_share, lead, summoned_envoy_state(i, queries, results)
                     or summoning_envoy_state(i, queries, results),
                     possessor_before(i, queries, results) or place_before(i, queries, results),
                     states_read_before(i, queries, results, counted) if counted is not None else None,
                     sentence_opener(i, queries, results), named_before)
