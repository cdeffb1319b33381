"""An Arabic name the model cuts at its dynastic particles is one name: "Sheikh Mohammed bin Abdulrahman
bin Jassim Al-Thani" read as "Mohammed bin Abdulrahman" and "bin Jassim Al-Thani", "Shaikh Salem Abdullah
Al Jaber Al Sabah" read as "Salem Abdullah Al Jaber Al" without its last word.

Gulf communiqués name ministers by their own, their father's and grandfather's names and the family's. The
model ends a person's span at a "bin" or before the word after a closing "Al", and the pieces are found
as other people (a piece "bin Jassim Al-Thani" comes close to a former prime minister, Hamad bin Jassim).
A person's name that the next person's name, one space after it, goes on with "bin", "ibn" or "bint"
is one name with it; a person's name that ends in "Al" or "El" takes the capitalised word after it.
"""
from __future__ import annotations

import re
from typing import Sequence

from transforms.records import RawMention

_PEOPLE = ("PERSON", "GAZ:PERSON", "SPEAKER")
_GOES_ON = re.compile(r"^(?:bin|ibn|bint)\s", re.IGNORECASE)
_OPEN_END = re.compile(r"\s(?:Al|El)$")
_FAMILY_WORD = re.compile(r"^ ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _person(m: RawMention) -> bool:
    return m.label.split("|")[0] in _PEOPLE


def join_dynastic_names(text: str, mentions: Sequence[RawMention]) -> list:
    """`mentions` with the pieces of a cut dynastic name made one person's name (module doc)."""
    out = sorted(mentions, key=lambda m: (m.start_char, -m.end_char))
    changed = True
    while changed:
        changed = False
        for i, m in enumerate(out):
            if not _person(m) or m.origin == "nested":
                continue
            nxt = next((o for o in out[i + 1:] if o.start_char == m.end_char + 1 and _person(o)
                        and o.origin != "nested" and _GOES_ON.match(o.text)), None)
            if nxt is not None and text[m.end_char] == " ":
                joined = m._replace(end_char=nxt.end_char, text=text[m.start_char:nxt.end_char])
                out = [joined if o is m else o for o in out if o is not nxt]
                changed = True
                break
            tail = _FAMILY_WORD.match(text[m.end_char:m.end_char + 40]) if _OPEN_END.search(m.text) else None
            if tail is not None:
                end = m.end_char + tail.end()
                out[i] = m._replace(end_char=end, text=text[m.start_char:end])
                changed = True
                break
    return out
