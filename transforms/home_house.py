"""A bare "the House" in a parliament's debate is the house that sits.

"The House will know ...", "Will he tell the House ...": in a Commons statement "the House" is the
House of Commons, in a Lords debate the House of Lords. The forms of address say which house sits
("My Lords", "the noble Lord": the Lords; "Mr. Speaker", "my hon. Friend", or speakers' headings alone:
a lower house), and the state of the debate says whose: the state its forms of address name
(`debate_state`), else the one state its people are clearly of (its members, not the states they speak
of: a statement on Soviet spies names the Soviet Union more than Britain). The house is taken only when
the gazetteer knows that state's house by that name ("British House of Commons"): Canada's and
Australia's speakers say "Mr. Speaker" too, and their "House" is no British one, so it stays unknown.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional, Sequence

from gazetteer.home_bodies import body_of_state, generic_name
from gazetteer.model import normalise
from gazetteer.national import dominant_country
from gazetteer.resolution import Resolution, ResolverConfig

# forms of address -> the house they are spoken in (normalised: "hon." is "hon")
HOUSE_ADDRESS = (
    ("House of Lords", ("my lords", "noble lord", "noble baroness", "noble earl", "noble viscount",
                        "noble and learned lord")),
    ("House of Commons", ("mr speaker", "madam speaker", "hon member", "hon friend", "hon gentleman",
                          "hon lady", "hon and learned", "hon members")),
)


def sitting_house(text: str) -> Optional[str]:
    """The house whose forms of address the text uses most ("My Lords" -> "House of Lords"), if any."""
    lowered = " ".join(normalise(text).split())
    counts = Counter({house: sum(len(re.findall(r"\b" + re.escape(a) + r"\b", lowered)) for a in addresses)
                      for house, addresses in HOUSE_ADDRESS})
    house, n = counts.most_common(1)[0]
    return house if n else None


def speakers_headed(text: str, queries: Sequence) -> bool:
    """Does a person's name head a speech ("Douglas Alexander: I thank the Foreign Secretary"), as in a
    debate's record?"""
    return any(q.label.split("|")[0] in ("PERSON", "GAZ:PERSON", "SPEAKER") and text[q.end_char:q.end_char + 2] == ": "
               for q in queries)


def home_house(gaz, text: Optional[str], home: Optional[str], queries: Sequence, answers: list) -> list:
    """`answers` with every unresolved bare "House" made the sitting house of the debate's state
    (`home`, else the state the resolved names are clearly about), when the gazetteer knows it."""
    if gaz is None or not text:
        return answers
    bare = [i for i, (q, a) in enumerate(zip(queries, answers))
            if a is not None and a.entity_id is None and normalise(generic_name(q.text)) == "house"]
    if not bare:
        return answers
    # the forms of address, else speakers' headings ("Mr William Hague: With permission, ..."): a lower house
    house = sitting_house(text) or ("House of Commons" if speakers_headed(text, queries) else None)
    if house is None:
        return answers
    if not home:   # the state of the people the debate names: its members, not the states they speak of
        cfg = ResolverConfig()
        states = Counter(a.country_code for a in answers
                         if a is not None and a.entity_id and a.entity_type == "PERSON" and a.country_code)
        found = dominant_country(states, cfg.national_body_min_share, cfg.national_body_lead)
        home = found[0] if found else None
    body = body_of_state(gaz, house, home) if home else None
    if body is None:
        return answers
    out = list(answers)
    for i in bare:
        out[i] = Resolution("ORG", body.entity_id, body.canonical_name, body.country_code, body.acts_for,
                            None, 0.85, "context")
    return out
