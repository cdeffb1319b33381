"""A people's name that the word before it widens to a region's people names no state.

"Latin American debtor nations", "South American producers", "the Inter-American Development Bank",
"the Pan-American Health Organization": the "American" there is of the Americas, not of the United
States. The model often takes the two words as one nationality ("Latin American", left unknown), but
where a wrapped line parts them ("major Latin\\nAmerican debtor nations") it keeps "American" alone,
and inside a body's name the gazetteer finds the demonym by itself; both linked the United States.

Two shapes widen a demonym:

- a landmass's demonym ("American", the people of the landmass that `nested_names.LANDMASS_NAMES`
  lists, which a state shares) after "Latin" or a compass word (`nested_names.PART_WORDS`: "South",
  "Central", "North"), as "Central America" is a continent's part, no part of the United States;
- any demonym glued by a hyphen to a prefix of many (`REGION_PREFIXES`: "Inter-American",
  "Pan-American", "inter-Korean"): between or across many, none of them one state.

Such a name is read whole, from the widening word on ("Latin\\nAmerican", "Inter-American"), which no
source holds (unknown); inside a longer name it is no mention of its own. "American officials",
"Anglo-American talks", "the U.S.-Soviet summit" and "Afro-American voters" keep their state.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from transforms.nested_names import LANDMASS_NAMES, PART_WORDS, word_before

# The demonyms of the landmasses a state shares its name with ("America": "American", "Americans").
LANDMASS_DEMONYMS = frozenset(name + ending for name in LANDMASS_NAMES for ending in ("n", "ns"))
# Words that, before a landmass's demonym, make it a region's people: "Latin American".
REGION_WORDS = frozenset({"latin"}) | PART_WORDS
# Prefixes that, glued by a hyphen to a demonym, make it between or across many: "Inter-American", "Pan-Arab".
REGION_PREFIXES = frozenset({"inter", "pan"})


def widened_start(doc: Doc, start: int, end: int) -> Optional[int]:
    """The token where the region's name begins, when the one-word demonym at tokens [start, end) is widened
    by the word before it ("Latin" of "Latin\\nAmerican", "Inter" of "Inter-American"); None when it is not."""
    if end - start != 1:
        return None
    word = doc[start].lower_
    before = word_before(doc, start)
    if before < 0:
        return None
    if word in LANDMASS_DEMONYMS and doc[before].lower_ in REGION_WORDS and doc[before].text[:1].isupper():
        return before   # "Latin American", "South\nAmerican"
    glued = doc[before]
    if glued.text.endswith("-") and glued.lower_[:-1] in REGION_PREFIXES:
        return before   # "Inter-\nAmerican": the hyphen kept with the prefix at a line's end
    if glued.text == "-" and not glued.whitespace_ and before >= 1 and doc[before - 1].lower_ in REGION_PREFIXES \
            and not doc[before - 1].whitespace_:
        return before - 1   # "Inter-American"
    return None
