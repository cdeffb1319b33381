"""Country names and demonyms the gazetteer knows exactly, whatever the model's label.

spaCy reads "Sri Lanka" in "Sri Lanka's Central Bank" as a PERSON and
"Ugandan" as a PERSON now and then; short names such as Mali and Niger fare no
better. When the gazetteer matched the same span as an exact, unambiguous
country name or demonym, that is what it is.
"""
from __future__ import annotations

from typing import Optional

from gazetteer.formal_names import country_but_for_an_article, formal_country
from gazetteer.memo import by_gazetteer
from gazetteer.model import Entity, fold, normalise


def exact_country_or_demonym(gaz, text: str, label: str) -> Optional[tuple[Entity, str, str, float]]:
    """(country entity, entity type, method, score) for a span the gazetteer matched as a country
    or a demonym and the model labelled otherwise ("PERSON|GAZ:COUNTRY"), or a formal name of a
    country ("the Commonwealth of Australia", "Democratic Republic of Congo": gazetteer/formal_names.py);
    None otherwise."""
    formal = formal_country(gaz, text) or country_but_for_an_article(gaz, text)
    if formal is not None:
        return formal, "COUNTRY", "alias", 0.95
    labels = label.split("|")
    if len(labels) < 2:
        return None
    if "GAZ:NORP" in labels:
        country = gaz.lookup_demonym(text)
        return (country, "NORP", "demonym", 1.0) if country is not None else None
    if "GAZ:COUNTRY" in labels:
        found = gaz.lookup_exact(text, types=None)
        if len(found) == 1 and found[0].entity_type == "COUNTRY":
            e = found[0]
            exact = normalise(e.canonical_name) == normalise(text)
            return (e, "COUNTRY", "exact", 1.0) if exact else (e, "COUNTRY", "alias", 0.97)
    return None


_JOINING_WORDS = frozenset({"of", "the", "for", "and"})


def more_specific(query_tokens: set, e: Entity) -> bool:
    """Does every name of `e` that contains all the query's words add words of its own? A joining
    word is none of its own: "Indian External Affairs Ministry" is "Indian Ministry of External Affairs"."""
    query_tokens = set(query_tokens) - _JOINING_WORDS
    for n in e.names():
        words = set(normalise(n).split()) - _JOINING_WORDS
        if query_tokens < words:
            return True
    return False


@by_gazetteer()
def country_named_in(gaz, text: str) -> Optional[str]:
    """The one country a name's own words name ("US" in "US Government", "Soviet" in "Soviet
    Foreign Ministry"), or None when it names none or several."""
    words = text.replace("\u2019", "'").split()
    codes = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            part = " ".join(words[i:i + n])
            if part[:1].isupper():
                country = gaz.lookup_demonym(part) or next(iter(gaz.lookup_exact(part, types=("COUNTRY",))), None)
                if country is not None and country.country_code:
                    codes.add(country.country_code)
    return codes.pop() if len(codes) == 1 else None


def dominant_country(context, min_share: float, lead: float) -> Optional[tuple[str, float]]:
    """(code, share) of the one country an article is clearly about: at least `min_share` of its
    resolved countries and `lead` times the runner-up's count; None otherwise."""
    if not context:
        return None
    ranked = context.most_common(2)
    code, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    total = sum(context.values())
    if n / total < min_share or n < lead * runner_up:
        return None
    return code, n / total


@by_gazetteer()
def country_demonym_codes(gaz) -> dict:
    """`demonym_codes` of the gazetteer's entities, kept with the gazetteer (gazetteer/snapshot.py)."""
    return demonym_codes(gaz.entities)


def demonym_codes(entities) -> dict:
    """Folded demonym (gazetteer.model.fold) -> code of every country among `entities` that has a code (states
    and former states); of two countries with one demonym, the first's."""
    table: dict = {}
    for e in entities:
        if e.entity_type == "COUNTRY" and e.country_code:
            for d in e.demonyms:
                table.setdefault(fold(d), e.country_code)
    return table
