"""What a resolved mention can stand for: a nationality (`country_of`) or an acting state
(`state_of`)."""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.history import one_state
from transforms.records import Mention
from transforms.expulsions import lexicon as lex
from gazetteer.model import fold
from transforms.expulsions.tokens import Unit


def country_of(m: Mention) -> Optional[str]:
    """The state a mention names as a nationality (NORP, country, city, person, organisation)."""
    if m.country_code:
        return m.country_code
    for name in (m.canonical_name, m.text):
        code = lex.SUPRANATIONAL_CODES.get(fold(name or "").removeprefix("the ").strip())
        if code:
            return code
    return None



def qualified_by_nationality(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """A state body written right after another state's nationality is that state's own: "the
    Pakistani Foreign Office", "the Norwegian Foreign Office" are no arm of the United Kingdom,
    whatever a bare "Foreign Office" names. The nationality's state is what the body acts for."""
    norps = [m for m in mentions if m.entity_type == "NORP" and m.country_code]
    out = []
    for m in mentions:
        state = m.acts_for if m.entity_type == "ORG" else None
        if state:
            for n in norps:
                if n.end_char <= m.start_char and not text[n.end_char:m.start_char].strip() \
                        and not one_state(n.country_code, state):
                    m = m._replace(acts_for=n.country_code, country_code=n.country_code)
                    break
        out.append(m)
    return out


def state_of(m: Mention) -> tuple[Optional[str], bool]:
    """(state the mention can act for, strong). A person out of office is a weak actor."""
    if m.entity_type == "NORP" and not m.acts_for:
        return None, False
    if m.acts_for:
        return m.acts_for, True
    if m.entity_type == "COUNTRY" and m.country_code:
        return m.country_code, True
    if m.entity_type == "ORG":
        code = country_of(m)
        if code in lex.SUPRANATIONAL_CODES.values():
            return code, True
    if m.entity_type == "PERSON" and m.country_code:
        return m.country_code, False
    return None, False



def antecedent_state(unit: Unit, p: int) -> Optional[str]:
    """The state that "its"/"their" at token p most likely refers to: the nearest one before."""
    for span in reversed(unit.spans):
        if span.j <= p:
            state, strong = state_of(span.mention)
            if state and strong:
                return state
    return None
