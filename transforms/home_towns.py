"""A town name several countries share, in a parliament's debate, is the town of that parliament's state.

"Mr. Gerald Kaufman (Manchester, Gorton)", "the people of Hull and Grimsby": a Commons debate names its
members' constituencies and the towns they speak for. GeoNames holds a Manchester, a Hull and a Grimsby in
other countries too, and a debate about Soviet spies or Icelandic trawlers names other states more than
Britain, so the resolver's count of the article's countries chose none and the name stayed unknown. A
debate's state is known where its forms of address or its speakers' headings say it
(home_government.debate_state, speakers_house_state): a town name left unknown there is that state's
one town of the name, where the gazetteer holds exactly one. A town linked to another country's town, a
country the debate never names otherwise (no capital, no curated city), is that state's one town of the name
too, or unknown: "the dock strike in Hull" is no Canadian town's.
"""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.resolution import Resolution

_PLACE_LABELS = ("GPE", "LOC", "GAZ:CITY")


def home_towns(gaz, home: Optional[str], queries: Sequence, answers: list) -> list:
    """`answers` with each unknown town name of the debate's state `home` linked to its one town there."""
    if gaz is None or not home:
        return answers
    out = list(answers)
    for i, (q, a) in enumerate(zip(queries, answers)):
        if a is not None and _foreign_town_unnamed(a, i, answers, home):
            towns = [e for e in gaz.lookup_exact(q.text, types=("CITY",)) if e.country_code == home]
            out[i] = Resolution("CITY", None, q.text.strip(), None, method="nil") if len(towns) != 1 else \
                Resolution("CITY", towns[0].entity_id, towns[0].canonical_name, towns[0].country_code,
                           towns[0].acts_for, None, 0.85, "context")
            continue
        if a is None or a.entity_id is not None or not set(q.label.split("|")) & set(_PLACE_LABELS):
            continue
        towns = [e for e in gaz.lookup_exact(q.text, types=("CITY",)) if e.country_code == home]
        if len(towns) == 1:
            e = towns[0]
            out[i] = Resolution("CITY", e.entity_id, e.canonical_name, e.country_code, e.acts_for,
                                None, 0.85, "context")
    return out


def _foreign_town_unnamed(a, i: int, answers: list, home: str) -> bool:
    """Is answer `i` a town (no capital, no curated city) of a country other than the debate's that nothing else
    in the debate names? "the dock strike in Hull" in a Commons debate is no town of Canada's, which GeoNames
    calls Hull where it calls England's Kingston upon Hull."""
    if a.entity_type != "CITY" or not a.entity_id or a.acts_for or not a.country_code or a.country_code == home \
            or a.entity_id.startswith("curated:"):
        return False
    return not any(o is not None and j != i and o.country_code == a.country_code
                   and not (o.entity_type == "CITY" and not o.acts_for) for j, o in enumerate(answers))
