"""A national capital's name in a story that names its country is the capital, not a larger namesake elsewhere, when the story's places point there at least as strongly.

"San Jose" in a Costa Rica story that names the United States more often is San José, not San Jose,
California: the resolver counts every mention of a country, and a story of trade talks names the other
side's country again and again ("United States negotiators", "the United States offer"). What places a
bare town is the story's geography, read as places, not as mentions:

* the sentence's own places first: the distinct countries and towns of the sentence (the town's
  namesakes aside) of the capital's country against those of the linked town's. More of the linked
  town's keeps the link ("San Jose and Oakland"); more of the capital's takes the capital, unless the
  story's places lean the other way, when the evidence is split and the name is left unknown;
* then the story's: its distinct countries and towns, the dateline counted twice. A region the gazetteer
  holds with no population ("the U.S. state of Connecticut" placing a university) is no town. The capital
  wins when its country has at least as many as the linked town's.

Only a bare name the resolver linked to a town that is no capital moves, and only to the one capital
of the name (a city that acts for the state it lies in, as the gazetteer flags it) whose country a
country's name in the story gives. A name placed anywhere in the story ("San Jose, Calif.", "Paris,
Texas") is left to transforms.namesake_cities; a capital the resolver chose ("Paris", "Washington")
keeps it.
"""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.history import as_of
from gazetteer.model import normalise
from gazetteer.resolution import Resolution
from transforms.namesake_cities import placed_by

PLACE_TYPES = ("COUNTRY", "CITY")


def national_capital(e) -> bool:
    """Does the gazetteer flag `e` as the capital of the state it lies in?"""
    return e.entity_type == "CITY" and bool(e.acts_for) and e.acts_for == e.country_code


def places_by_country(gaz, queries: Sequence, answers: list, skip_name: str, sentence: Optional[int] = None) -> dict:
    """country code -> the distinct places of the story (of `sentence` only, when given) in it: its
    countries, its towns (a region of no population, "the U.S. state of Connecticut", places no town),
    and its dateline once more; names spelt `skip_name` (the town in question and its namesakes) do not count."""
    out: dict = {}
    for q, a in zip(queries, answers):
        if a is None or a.entity_type not in PLACE_TYPES or not a.entity_id or not a.country_code:
            continue
        if normalise(q.text) == skip_name or (sentence is not None and q.sentence != sentence):
            continue
        if a.entity_type == "CITY" and not a.acts_for and not getattr(q, "dateline", False) \
                and getattr(gaz.by_id.get(a.entity_id), "population", None) is None:
            continue
        out.setdefault(a.country_code, set()).add(a.entity_id)
        if getattr(q, "dateline", False):
            out[a.country_code].add(("dateline", a.entity_id))
    return out


def _named_countries(answers: list) -> set:
    return {a.country_code for a in answers if a is not None and a.entity_type == "COUNTRY" and a.country_code}


def capitals_of_named_countries(gaz, queries: Sequence, answers: list, date: Optional[str],
                                text: Optional[str] = None) -> list:
    """`answers` with a bare town name taken for the namesake national capital of a country the story
    names, or left unknown, as the module's doc says."""
    if gaz is None:
        return answers
    out = list(answers)
    named = _named_countries(answers)
    placed_names = {normalise(queries[i].text) for i in range(len(answers))
                    if answers[i] is not None and answers[i].entity_type == "CITY"
                    and placed_by(gaz, queries, answers, i, text) != (None, None)}
    for i, a in enumerate(answers):
        if a is None or a.entity_type != "CITY" or not a.entity_id or a.acts_for:
            continue
        key = normalise(queries[i].text)
        if key in placed_names:
            continue
        towns = gaz.lookup_exact(queries[i].text, types=("CITY",))
        own = next((e for e in towns if e.entity_id == a.entity_id), None)
        if own is None or not own.country_code:
            continue
        capitals = [e for e in towns if national_capital(e) and e.country_code != own.country_code
                    and e.country_code in named]
        if len(capitals) != 1:
            continue
        capital = capitals[0]
        here = places_by_country(gaz, queries, answers, key, queries[i].sentence) if queries[i].sentence >= 0 else {}
        story = places_by_country(gaz, queries, answers, key)
        near_capital, near_own = len(here.get(capital.country_code, ())), len(here.get(own.country_code, ()))
        far_capital, far_own = len(story.get(capital.country_code, ())), len(story.get(own.country_code, ()))
        if near_own > near_capital:
            continue   # the sentence's places are the linked town's
        if far_capital >= far_own:
            r = Resolution("CITY", capital.entity_id, capital.canonical_name, capital.country_code, capital.acts_for,
                           score=a.score, method=a.method)
            out[i] = as_of(r, date, gaz.country)
        elif near_capital > near_own:
            out[i] = Resolution("CITY", None, queries[i].text.strip(), None, method="nil")   # split: abstain
    return out
