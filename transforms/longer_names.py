"""A name the gazetteer knows, standing inside or right before a longer name, is part of that name.

- A body's name that ends a longer body's name is the head of another body's name: "Security
  Council" in "the National Security Council" is no United Nations Security Council, "Democratic
  Party" in "the Liberal Democratic Party" no party of that name. A state's or a place's name before
  it keeps it the body of that state ("the Qandarian Foreign Ministry", "the UN Security Council" is
  resolved whole), and so does "the" alone; but a state's name right before it makes it no other state's
  body: "Foreign Office" in "the Norwegian Foreign Office" is no British Foreign Office (in "the American
  Division of the Foreign Ministry" the state qualifies the division).
  A body's name after "of" in a longer body's name is the body that one belongs to, a name of its own:
  "African Union" in "the Commission of the African Union (AU)".
- A word right before a person's name that the resolver took for another person named in the story
  ("Ayatollah" for a cleric whose alias begins with that title, before "Ruhollah Khomeini") is a
  title or a given name of the name it stands before, not the other person. Only a space or a line
  break may part the two: a comma parts two people ("when the guest is Chavez, Ortega hands him the
  keys" names Chavez and Ortega).
- A town's name inside a longer name of a place that the gazetteer knows by that whole name is a piece of
  it: "Chicago" in "West Chicago", "St. Louis" in "East St. Louis", "Miami Beach" in "North Miami Beach"
  name the longer town, not the city (the recogniser leaves such pieces only where its own list of names
  lacks the longer town). The piece is not reported.
- A town's name right before a particle of a Romance language and a capitalised word names a longer
  place that the gazetteer does not hold by that name: "Rio Grande" in "the state of Rio Grande do Sul",
  "Santiago" in "Santiago de Compostela", "Santa Cruz" in "Santa Cruz de la Sierra" are no Rio Grande,
  Santiago de Chile or Santa Cruz. The name is left unknown, in the town's country; the capital's own
  country after the particle ("Santiago de Chile") keeps the link.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.resolution import Resolution

_BODY_LABELS = ("ORG", "FAC", "GAZ:ORG")
_PERSON_LABELS = ("PERSON", "GAZ:PERSON")
_QUALIFYING_TYPES = ("COUNTRY", "NORP", "CITY")   # "Qandarian", "Moscow": a state's or a place's body
_PLACE_TYPES = ("CITY", "OTHER")   # a town, or a region the gazetteer knows
_SURE_METHODS = ("exact", "alias")   # the longer place found by its own name
MAX_GAP_CHARS = 2   # a space or a line break between two names


def _only_space_between(m, nxt) -> bool:
    """Is nothing but white space between mention `m` and the next mention `nxt` (of one sentence)?"""
    gap = nxt.start_char - m.end_char
    return 0 < gap <= MAX_GAP_CHARS and len(nxt.context_before) >= gap and not nxt.context_before[-gap:].strip()


def _first(label: str) -> str:
    return label.split("|")[0]


def _heads_another_body(i: int, mentions: Sequence, answers: Sequence) -> bool:
    m = mentions[i]
    for o, oa in zip(mentions, answers):
        if o.origin == "nested" or not (o.start_char < m.start_char and o.end_char == m.end_char) \
                or _first(o.label) not in _BODY_LABELS:
            continue
        if oa is not None and oa.entity_id is not None and oa.entity_id == answers[i].entity_id:
            return False
        prefix = o.text[:m.start_char - o.start_char]
        if not any(w[:1].isupper() for w in prefix.split() if w.lower() != "the"):
            return False
        if prefix.split()[-2:] == ["of", "the"] or prefix.split()[-1:] == ["of"]:
            return False   # "the Commission of the African Union": the body the longer one belongs to
        qualifiers = [(k, ka) for k, ka in zip(mentions, answers)
                      if k.start_char >= o.start_char and k.end_char <= m.start_char and ka is not None
                      and ka.entity_id is not None and ka.entity_type in _QUALIFYING_TYPES]
        own_state = answers[i].acts_for or answers[i].country_code
        if own_state and any(0 < m.start_char - k.end_char <= MAX_GAP_CHARS and ka.country_code != own_state
                             for k, ka in qualifiers):
            return True   # "the Norwegian | Foreign Office": another state's, no British body
        return not qualifiers
    return False


def _title_of_next_name(i: int, mentions: Sequence, answers: Sequence) -> bool:
    m, a = mentions[i], answers[i]
    if a.method != "coref" or " " in m.text.strip() or i + 1 >= len(mentions):
        return False
    nxt, na = mentions[i + 1], answers[i + 1]
    return (_first(nxt.label) in _PERSON_LABELS and _only_space_between(m, nxt)
            and not nxt.text[:1].islower() and (na is None or na.entity_id != a.entity_id))


def _piece_of_a_longer_town(i: int, mentions: Sequence, answers: Sequence) -> bool:
    m = mentions[i]
    return any(o.start_char <= m.start_char and m.end_char <= o.end_char and len(o.text) > len(m.text)
               and o.origin != "nested" and oa is not None and oa.entity_id is not None
               and oa.entity_type in _PLACE_TYPES and oa.method in _SURE_METHODS and oa.entity_id != answers[i].entity_id
               for o, oa in zip(mentions, answers))


def parts_of_longer_names(mentions: Sequence, answers: list) -> list[Optional[Resolution]]:
    """`answers` (one per recognised mention, in reading order) with the names that are parts of a
    longer name left unknown, or unreported where they are pieces of a longer town's (see the module's doc)."""
    out = list(answers)
    for i, (m, a) in enumerate(zip(mentions, answers)):
        if a is not None and m.origin == "nested" and a.entity_type == "CITY" \
                and _piece_of_a_longer_town(i, mentions, answers):
            out[i] = None   # "Chicago" in "West Chicago": a piece of the longer town's name
            continue
        if a is None or a.entity_id is None:
            continue
        if m.origin == "nested" and a.entity_type == "ORG" and _first(m.label) in _BODY_LABELS \
                and _heads_another_body(i, mentions, answers):
            out[i] = Resolution("ORG", None, m.text.strip(), method="nil")
        elif a.entity_type == "PERSON" and _title_of_next_name(i, mentions, answers):
            out[i] = Resolution("PERSON", None, m.text.strip(), method="nil")
    return out


_PARTICLE_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?:do|da|dos|das|de|del|della|di|du|des)(?:\s+(?:la|las|los|le|les))?\s+([A-Z][\w'\u2019-]*)")


def towns_before_particles(queries: Sequence, answers: list, text: Optional[str], gaz=None) -> list:
    """`answers` with a town's name that opens a longer place's name after a Romance particle ("Rio Grande do
    Sul") left unknown, in the town's country (see the module's doc; `gaz`: the gazetteer, for the names of
    the town's country)."""
    if not text:
        return answers
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is None or a.entity_id is None or a.entity_type != "CITY":
            continue
        m = _PARTICLE_AFTER.match(text, q.end_char)
        if not m:
            continue
        country = gaz.country(a.country_code) if gaz is not None and a.country_code else None
        own = {n.lower() for n in ([*country.names(), *country.demonyms] if country is not None else [])}
        if m.group(1).lower() in own:
            continue   # "Santiago de Chile": the capital itself
        out[i] = Resolution("CITY", None, q.text.strip(), a.country_code, method="nil")
    return out
