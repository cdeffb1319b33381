"""A ministry's name written with "for" where the sources write "of", or "of" where they write "for".

States name their ministries either way ("Ministry for Foreign Affairs" in Finland and Sweden, "Ministry of
Foreign Affairs" elsewhere; France's "Ministry for Europe and Foreign Affairs"), and news copies one state's
choice onto another's ("the Ministry for Foreign Affairs of Finland", "India's Ministry for External Affairs",
"the French Ministry of Europe and Foreign Affairs"). The gazetteer holds each ministry under one of the two:
a name found under neither is asked for once more with the preposition right after "Ministry" turned into
the other. Only that word changes; what the name then finds is judged by the article as any exact name is.
"""
from __future__ import annotations

import re
from typing import List

_MINISTRY_PREPOSITION = re.compile(r"\b(Ministry|ministry|MINISTRY)\s+(of|for|OF|FOR)\b")
_OTHER = {"of": "for", "for": "of", "OF": "FOR", "FOR": "OF"}


def with_other_preposition(name: str) -> List[str]:
    """`name` with the preposition after its "Ministry" turned ("of" <-> "for"); [] for a name without one."""
    m = _MINISTRY_PREPOSITION.search(name)
    if m is None:
        return []
    return [name[:m.start(2)] + _OTHER[m.group(2)] + name[m.end(2):]]


def found_with_other_preposition(gaz, name: str) -> list:
    """The entities the gazetteer holds under `name` with its ministry's preposition turned."""
    return [e for form in with_other_preposition(name) for e in gaz.lookup_exact(form, types=None)]
