"""A leader's title before a bare surname names someone who held that office.

"Sukarno did not attack President Johnson" in an undated cable: with no date to ask who was president, the
surname alone was judged by the article's countries, and the British named in it made "Johnson" Boris
Johnson, who was mayor, foreign secretary and prime minister, never a president. A careful reader hears the
title: "President X" is someone who was a president (or whom the sources know only as a government's
member, its office unnamed: Lyndon Johnson is an "official" of the US government in PETRARCH's actors). So
a leader's title right before the surname (`LEADER_KINDS`: a head of state's, a head of government's)
rules out a person whose known offices are all of other kinds; a person with no known office stays a
candidate, as do other titles ("Secretary", "Senator"), whose holders the sources list less fully.
"""
from __future__ import annotations

from typing import Optional

from gazetteer.model import Entity

LEADER_KINDS = frozenset({"head_of_state", "head_of_government"})
UNNAMED_OFFICE = "official"   # a government's member whose office the source does not name


def title_rules_out(title: Optional[tuple], e: Entity) -> bool:
    """Does the title right before the name (`people.title_before`'s (words, role key)) rule `e` out: a
    leader's title beside a person whose known offices are all of other kinds?"""
    if title is None or title[1] not in LEADER_KINDS or not e.roles:
        return False
    kinds = {r.role_key for r in e.roles}
    return title[1] not in kinds and UNNAMED_OFFICE not in kinds
