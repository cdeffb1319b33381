"""A country under its formal name: "the Commonwealth of Australia", "the Kingdom of Spain".

Most formal names are the gazetteer's own country aliases ("Islamic Republic of Iran",
"Democratic People's Republic of Korea"), and an exact name always decides first. For the rest,
"<form of state> of <country>" is the country when what follows "of" is exactly one country's name
or alias. The form is a head (Republic, Kingdom, Commonwealth, ...) with at most one qualifier that
tells no two states apart (Federal, Islamic, Arab, Hashemite, ...). Words that do tell states
apart are no part of the form, so such a name is left to the exact aliases: "Democratic Republic
of the Congo" is not the Republic of the Congo, "Democratic People's Republic of Korea" not South
Korea, a "Socialist Republic of ..." or a "People's Republic of ..." not the country's other
regime, and a form that the country's own formal name carries with more words is another regime
("Republic of Vietnam" was South Vietnam, not the Socialist Republic of Vietnam). "State of ..." is
no form here either: "the State of Georgia" is an American state.

A country's own name or alias with a "the" left out or put in ("Democratic Republic of Congo" for
the Democratic Republic of the Congo, "Republic of Congo") is that country too: only the article
differs, so no fuzzy score should let a reordered name of something else ("Congo Democratic
Republic", an OTHER entity) win over it.
"""
from __future__ import annotations

import re
from typing import Optional

from gazetteer.memo import by_gazetteer
from gazetteer.model import Entity, normalise

_HEADS = ("Republic", "Kingdom", "Commonwealth", "Federation", "Principality", "Grand Duchy", "Duchy",
          "Sultanate", "Emirate", "Empire", "Union")
_QUALIFIERS = ("Federal", "Federative", "Islamic", "Arab", "Hashemite", "Plurinational", "Bolivarian",
               "Oriental", "Co-operative", "Cooperative", "United", "Independent", "Sovereign")
_FORMAL = re.compile(r"^(?:the\s+)?(?:(?:%s)\s+)?(?:%s)\s+of\s+(?:the\s+)?(?P<country>\S.*)$"
                     % ("|".join(_QUALIFIERS), "|".join(_HEADS)), re.IGNORECASE)


def formal_country(gaz, text: str) -> Optional[Entity]:
    """The country a formal name names ("Commonwealth of Australia" -> Australia), or None: for
    other text, for a name the gazetteer knows whole (it decides itself), and when what follows
    "of" is no single country's exact name."""
    if " of " not in text:
        return None
    match = _FORMAL.match(text.strip())
    if match is None or not match.group("country")[:1].isupper() or gaz.lookup_exact(text):
        return None
    found = gaz.lookup_exact(match.group("country"), types=("COUNTRY",))
    if len(found) != 1:
        return None
    key = normalise(text)
    if any(n.endswith(" " + key) for n in map(normalise, found[0].names())):
        return None   # "Republic of Vietnam" is not the "Socialist Republic of Vietnam": another regime
    return found[0]


def _without_articles(key: str) -> str:
    return " ".join(w for w in key.split() if w != "the")


@by_gazetteer()
def _countries_without_articles(gaz) -> dict:
    """Each country name or alias of two words or more, less its "the"s -> the one country it names."""
    found: dict = {}
    for e in gaz.countries():
        for n in e.names():
            key = _without_articles(normalise(n))
            if " " in key:
                found.setdefault(key, {})[e.entity_id] = e
    return {key: next(iter(es.values())) for key, es in found.items() if len(es) == 1}


def country_but_for_an_article(gaz, text: str) -> Optional[Entity]:
    """The country whose name or alias `text` is but for a "the" ("Democratic Republic of Congo"), or
    None: for a name the gazetteer knows whole (it decides itself) and for any other text."""
    key = _without_articles(normalise(text))
    if " " not in key or not re.sub(r"^the\s+", "", text.strip())[:1].isupper() or gaz.lookup_exact(text):
        return None
    return _countries_without_articles(gaz).get(key)
