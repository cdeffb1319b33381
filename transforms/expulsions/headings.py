"""Whose "we" a record of speeches speaks with: the state of the speakers named in its headings.

A debate or a press-conference transcript puts each speaker's name before the words, on a line of
its own or ending in a colon ("Mr. Douglas Hurd: We have today required the withdrawal of ...", "The
Minister of State (Mr. Douglas Hurd)" then the answer). When the speakers so named who act for a
state (a minister in office on the date) all act for the same one, the record's first person is that
state, as a telegram's is the one its "HMG" names (story.home_state).
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from transforms.records import Mention

# what may stand before a speaker's name on its line: a title, an office ending in an opening bracket
_BEFORE_NAME = re.compile(r"(?:(?:The\s+)?[A-Z][^\n:()]{0,120}\()?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+)?$")
# what may follow it: a constituency or office in brackets, then a colon or the end of the line
_AFTER_NAME = re.compile(r"\s*(?:\([^\n)]{0,120}\))?\s*\)?\s*(?::|\n|$)")


def _is_heading(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start_char) + 1
    return bool(_BEFORE_NAME.fullmatch(text[line_start:m.start_char])) and \
        bool(_AFTER_NAME.match(text, m.end_char))


def speakers_state(text: str, mentions: Sequence[Mention]) -> Optional[str]:
    """The one state that the speakers named in the text's headings act for, if they name one."""
    states = {m.acts_for for m in mentions
              if m.entity_type == "PERSON" and m.acts_for and _is_heading(text, m)}
    return states.pop() if len(states) == 1 else None
