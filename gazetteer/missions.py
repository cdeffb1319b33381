"""Diplomatic missions, generated from countries and cities rather than typed in.

Expulsion stories name missions all the time: "the Russian Embassy in
Berlin", "the Embassy of Russia", "Moscow's mission to London", "the British
Legation", "the Nigerian High Commission". `parse_mission` reads the sending
state (a country, its demonym, or its capital standing for it) and the kind of
mission from the name; the host city or country is the name right after it
("... Embassy in Berlin"), when there is one, else for an embassy of another state the capital in
the text's dateline ("MOSCOW (AP) - ... four French Embassy staff"). The entity is generated:
"Embassy of Russia, Berlin" (id `mission:embassy:RU:berlin`), of type ORG,
country and acts_for the sending state.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from gazetteer.history import one_state
from gazetteer.model import Entity, article_for, normalise

KINDS = {"embassy": "Embassy", "legation": "Legation", "high commission": "High Commission",
         "consulate general": "Consulate General", "consulate": "Consulate", "mission": "Mission",
         "permanent mission": "Permanent Mission", "consular section": "Consulate"}
_KIND_RE = "|".join(sorted((re.escape(k) for k in KINDS), key=len, reverse=True))
# "<sender> <kind>", "<sender>'s <kind>", "<kind> of <sender>"
_SENDER_FIRST = re.compile(rf"^(?:the\s+)?(?P<sender>.+?)(?P<own>'s?)?\s+(?P<kind>{_KIND_RE})$", re.IGNORECASE)
_KIND_FIRST = re.compile(rf"^(?:the\s+)?(?P<kind>{_KIND_RE})\s+of\s+(?:the\s+)?(?P<sender>.+)$", re.IGNORECASE)
# "in/to/at", after the mission's initials in brackets if the text gives them ("Consulate General (KJRI) in")
_HOST_LINK = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\s+(?:in|to|at)\s+(?:the\s+)?", re.IGNORECASE)


class Mission(NamedTuple):
    kind: str            # Embassy, Legation, High Commission, ...
    sender: Entity       # the sending state's COUNTRY entity


def _sender_state(gaz, text: str, capital: bool = True) -> Optional[Entity]:
    """The state a sender word names: "Russian", "Russia", "Russia's", "Moscow's" (a capital, when
    `capital`: a city before the mission's kind with no possessive names its host, not its sender)."""
    country = gaz.lookup_demonym(text)
    if country is not None:
        return country
    found = gaz.lookup_exact(text, types=("COUNTRY",))
    if len(found) == 1:
        return found[0]
    for city in (gaz.lookup_exact(text, types=("CITY",)) if capital else ()):
        if city.acts_for:
            return gaz.country(city.acts_for)
    return None


def parse_mission(gaz, text: str) -> Optional[Mission]:
    """The mission a name like "the Russian Embassy" or "Embassy of Russia" names, or None."""
    clean = " ".join(text.replace("\u2019", "'").split())
    m = _SENDER_FIRST.match(clean) or _KIND_FIRST.match(clean)
    if m is None:
        return None
    # "Moscow's embassy" is Russia's; "the Moscow Embassy" is the one in Moscow, whose sender it does not say
    own = m.re is _KIND_FIRST or bool(m.group("own"))
    sender = _sender_state(gaz, m.group("sender"), capital=own)
    if sender is None:
        return None
    return Mission(KINDS[m.group("kind").lower()], sender)


def host_after(text: str, next_context_before: str, next_entity: Optional[Entity]) -> Optional[Entity]:
    """The next name is the mission's host when it directly follows "<mission> in/to/at"."""
    if next_entity is None or next_entity.entity_type not in ("CITY", "COUNTRY"):
        return None
    at = next_context_before.rfind(text)
    if at < 0:
        return None
    return next_entity if _HOST_LINK.fullmatch(next_context_before[at + len(text):]) else None


def mission_entity(mission: Mission, host: Optional[Entity]) -> Entity:
    """The generated entity: "Embassy of Russia, Berlin", acting for the sending state."""
    code = mission.sender.country_code
    name = f"{mission.kind} of {article_for(mission.sender.canonical_name)}{mission.sender.canonical_name}"
    slug = "-"
    if host is not None:
        name += f", {host.canonical_name}"
        slug = normalise(host.canonical_name).replace(" ", "-")
    kind_id = mission.kind.lower().replace(" ", "-")
    return Entity(entity_id=f"mission:{kind_id}:{code}:{slug}", canonical_name=name, entity_type="ORG",
                  country_code=code, acts_for=code, sources=["generated"])


def _bracketed_right_after(name, other) -> bool:
    """Is `other` (a `NameQuery`) in brackets right after `name`: "Consulate General (KJRI)"?"""
    at = (other.context_before or "").rfind(name.text)
    return at >= 0 and re.fullmatch(r"\s*\(", other.context_before[at + len(name.text):]) is not None


def mission_at(gaz, i: int, names, entities, hosted: bool = False) -> Optional[Entity]:
    """The mission the i-th of an article's names (`NameQuery`s) is, its host the next name's entity
    (`entities`, one per name, None where unknown) when it follows "in/to/at"; with `hosted`, only a
    mission whose host is named ("the US Consulate General in St Petersburg" is no other consulate)."""
    mission = parse_mission(gaz, names[i].text)
    if mission is None:
        return None
    # the next name after this one, not one inside it ("Russia" in "Russia's embassy") nor its initials in
    # brackets ("the Indonesian Consulate General (KJRI) in Melbourne")
    j = next((j for j in range(i + 1, len(names)) if names[j].start_char >= names[i].end_char
              and not _bracketed_right_after(names[i], names[j])), None)
    host = host_after(names[i].text, names[j].context_before, entities[j]) if j is not None else None
    if hosted and host is None:
        return None
    return mission_entity(mission, host or dateline_host(mission, names, entities))


_RESIDENT_KINDS = ("Embassy", "Legation", "High Commission")   # a state's mission in the host's capital


def dateline_host(mission: Mission, names, entities) -> Optional[Entity]:
    """The capital in the text's dateline, for an embassy of another state that the text names without
    its host: "MOSCOW (AP) - The Soviet Union ordered four French Embassy staff members out" is the French
    Embassy in Moscow. Not a mission of the dateline's own state ("LONDON - ... the British Embassy" is
    abroad), nor a consulate or a mission to a body, which need not be in the capital."""
    if mission.kind not in _RESIDENT_KINDS:
        return None
    place = next((e for q, e in zip(names, entities) if getattr(q, "dateline", False)
                  and e is not None and e.entity_type == "CITY"), None)
    if place is None or not place.acts_for or one_state(place.acts_for, mission.sender.country_code):
        return None
    return place
