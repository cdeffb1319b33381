"""What a resolved mention can stand for: a nationality (`country_of`) or an acting state
(`state_of`); and what the parse rules' `States` are made of: the article's mentions as (start, end, code, kind)
(`mention_tuples`) and its nationality words (`demonyms`)."""
from __future__ import annotations

from typing import Optional, Sequence

from gazetteer.history import one_state
from transforms.records import Mention
from transforms.expulsions import lexicon as lex
from transforms.expulsions.parse_words import REGISTER_NAMES, normalise
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


# how a mention was linked to a gazetteer entry by its own name (not a cluster of the feed's unknowns)
_KNOWN_NAME_METHODS = frozenset({"exact", "alias", "fuzzy", "context", "coref"})


_MISSION_NAME_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation", "legations",
                                  "chancery"})


def names_a_mission(m: Mention) -> bool:
    """A mention that names a state's mission abroad ("the U.S. Embassy in Baghdad", "the Israeli embassy", "the
    High Commission of Ghana"): it says whose people serve there, and never acts for its state as one who expels."""
    words = [normalise(w) for w in m.text.split()]
    return any(w in _MISSION_NAME_WORDS for w in words) or "high commission" in " ".join(words)


def mention_tuples(mentions: Sequence[Mention]) -> list[tuple[int, int, str, str]]:
    """(start, end, code, kind) for `grammar.States`."""
    out = []
    for m in mentions:
        state, strong = state_of(m)
        if m.entity_type == "NORP":
            code, kind = country_of(m), "norp"
            if code is None and " " in m.text.strip():   # "Latin American": no state's, though its last word is one's
                out.append((m.start_char, m.end_char, "", "unknown"))
        elif m.entity_type == "CITY":
            code, kind = m.acts_for or m.country_code, ("capital" if m.acts_for else "place")
        elif m.entity_type == "PERSON":
            code, kind = state or m.country_code, ("state" if strong else "person")
        elif m.entity_type == "ORG" and state is None and m.country_code:
            code, kind = m.country_code, "body"   # "the House of Commons": whose parliament, never an actor
        elif m.entity_type == "ORG" and state is None and m.method in _KNOWN_NAME_METHODS:
            # a body of no one state the gazetteer knows: "the Organization of American States" is no American's
            out.append((m.start_char, m.end_char, "", "unknown"))
            continue
        else:
            code, kind = state, ("state" if strong else "person")
        if code:
            out.append((m.start_char, m.end_char, code, kind))
    return out


def demonyms(mentions: Sequence[Mention]) -> dict[str, str]:
    """Nationality words for names the resolver left unresolved ("the Hungarian Legation", "the Polish
    Government"): the article's own resolved ones first (and its nationalities of no state, as ""), then the
    shipped country table's."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.entity_type in ("NORP", "COUNTRY") and country_of(m):
            out.setdefault(normalise(m.text), country_of(m))
        elif m.entity_type == "NORP" and " " in m.text.strip():   # "Latin American": no state's ("" says so)
            out.setdefault(normalise(m.text), "")
    for word, code in _country_demonyms().items():
        out.setdefault(word, code)
    for word, code in REGISTER_NAMES.items():   # "Sov MFA", "HMG": a telegram's short names of a state
        out.setdefault(word, code)
    return out


_DEMONYMS: Optional[dict] = None


def _country_demonyms() -> dict[str, str]:
    """Demonym -> code of every country (states and former states) in the packaged gazetteer,
    which ships with the job (its build inputs in gazetteer/sources/ do not): from the warm packaged
    gazetteer when this process has it (a worker of the job: built into its snapshot), else read."""
    global _DEMONYMS
    if _DEMONYMS is None:
        from gazetteer.national import country_demonym_codes, demonym_codes
        from gazetteer.snapshot import warm_in_process
        from gazetteer.store import default_artifact, read_entities
        warm = warm_in_process(default_artifact())
        _DEMONYMS = (country_demonym_codes(warm) if warm is not None
                     else demonym_codes(read_entities(default_artifact(), entity_type="COUNTRY")))
    return _DEMONYMS
