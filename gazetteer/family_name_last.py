"""A name written given names first and family name last, as the American and British press long wrote
Korean and Chinese names: "Dae Jung Kim" for Kim Dae-jung, "Chung Hee Park" for Park Chung-hee.

The sources write these people family name first. A full name of three words (two given syllables and the
family name) that names no one is turned round, the last word first, and looked up exactly among the people
of the states that write the family name first. Two words are never turned: "Sung Kim" (an American
diplomat) is no "Kim Sung". The resolver asks for more before linking (one such person, of a country the
story names).
"""
from __future__ import annotations

# states whose people's names the sources write family name first
FAMILY_NAME_FIRST = frozenset({"KR", "KP", "CN", "TW", "HK", "MO", "VN"})
# of those, the states whose people are named alone by that first word ("Zhu" for Zhu Rongji, "Kim" for Kim
# Dae-jung), the last word being a given name no one is called by ("Rongji"); not Vietnam, whose people are
# named alone by the last word, a given name ("Thieu" for Nguyen Van Thieu, "Phuc" for Nguyen Xuan Phuc)
NAMED_BY_FAMILY_NAME_FIRST = FAMILY_NAME_FIRST - {"VN"}


def family_name_first(key: str) -> str:
    """The normalised three-word name `key` with its last word first ("dae jung kim" -> "kim dae jung"); else ''."""
    words = key.split()
    return " ".join([words[-1], *words[:-1]]) if len(words) == 3 else ""


def written_family_name_last(gaz, key: str) -> list:
    """The known people of the family-name-first states named exactly `key` turned round, family name first."""
    turned = family_name_first(key)
    if not turned:
        return []
    return [e for e in gaz.lookup_exact(turned, types=("PERSON",)) if e.country_code in FAMILY_NAME_FIRST]
