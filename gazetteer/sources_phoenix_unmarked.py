"""The people of the Phoenix Countries dictionary that carry no "# CountryInfo.txt" mark.

The Phoenix coders added people after the CountryInfo import (Jan 2014) by hand, without the mark:
Erich Honecker and Willi Stoph (East Germany), Nikita Khrushchev, Mohamed Morsi, Hassan Rouhani,
Alexis Tsipras, Jeh Johnson... The same unmarked blocks also hold bodies, places and armed groups
(the Knesset, Guam, the Free Syrian Army), so a block is taken for a person only when

* every code is a state's (ISO alpha-3 the gazetteer knows) followed by a CAMEO agent
  (GOV, ELI, MIL, LEG, REB, OPP...): "[FRAGUF]" is a territory, "[IGO...]" no state;
* its names, titles and "the X government" set aside, are names of people: the first of two words or
  more, each of at most six words, none a function word ("Office of Management and Budget"), a word
  that names a body or a group ("Pussy Riot", "Jaysh al-Sha'bi": `GROUP_WORDS`), or a country's
  name or demonym opening it ("Indian Ocean", "U.S. Federal Reserve").

Their state is the one their role codes give ("[DDRGOV ...]" -> DD, East Germany). Their dates are
guarded, since these blocks were never reconciled with a later source:

* a span with a start and no end ("[USAGOV >131223]") ends at the dictionary's horizon, the last day
  any of its entries records (`sources_phoenix.source_horizon`, 2015-02-17 in the shipped file), as
  every Phoenix person's does: the coders vouch for the office up to the day they last looked, not
  for ever ("Jeh Johnson" was no US official in 2025);
* an undated code ("[DDRELI]", "[SYRREBMUS]") gives the state and nothing else: no role, so no
  "in office on the date" evidence for any date;
* a titled name ("PRESIDENT_ROUHANI") names the office of a closed government span only: an open
  span may be another office (Rouhani's is the Assembly of Experts); a titled name is no alias
  ("CIA_DIRECTOR_JOHN_BRENNAN"), but the name after the title is ("PRIME_MINISTER_IBRAHIM_MAHLAB"
  -> Ibrahim Mahlab), and the one spelling the titled names agree on names the person when the
  root is a typo ("IBARAHIM_MAHLAB_", whose block then joins the one rooted at IBRAHIM_MAHLAB_);
* a bare surname ("+ASSAD" under Bashar al-Assad, "+MORSI") is no alias: as an exact name it would
  name the person in any year ("Assad" in 1987 is his father), while the surname index already
  finds the person by it, with the checks of date and office a surname alone needs.
"""
from __future__ import annotations

from typing import Dict, List, Optional

from gazetteer.model import INSTITUTION_WORDS, Entity, Role, normalise
from gazetteer.roles import CAMEO_ROLE_KEYS, role_key_for_title
from gazetteer.sources_common import stable_id
from gazetteer import sources_phoenix as phoenix

# Words that make a name a body's or a group's, beyond the institutions' (model.INSTITUTION_WORDS),
# as the dictionary's unmarked blocks spell them; the Arabic ones head armed groups' names.
GROUP_WORDS = frozenset({
    "forces", "force", "front", "brigade", "brigades", "movement", "coalition", "alliance", "riot",
    "declaration", "palace", "street", "observatory", "university", "bureau", "corps", "community",
    "assembly", "council", "directorate", "guard", "guards", "island", "islands", "ocean", "reserve",
    "sabha", "team", "cell", "tank", "state", "republic", "soviet", "politburo",
    "jaysh", "jaish", "jabhat", "harakat", "liwa", "liwaa", "kataib", "kataeb", "saraya", "sarayat", "jund",
    "ahrar", "ghuraba", "suqour",
})
_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "in", "on", "at", "to"})
MAX_NAME_WORDS = 6


source_horizon = phoenix.source_horizon


def _states_and_agents(codes, iso3_to_iso2: Dict[str, str]) -> Optional[List[str]]:
    """The state of each code, or None when a code is not a state's CAMEO agent code."""
    states = []
    for code, *_ in codes:
        state = iso3_to_iso2.get(code[:3])
        if not state or code[3:6] not in CAMEO_ROLE_KEYS:
            return None
        states.append(state)
    return states


def is_person_name(name: str, known_names: Dict[str, str]) -> bool:
    """Could `name` (a name as `sources_phoenix.person_aliases` gives it) be a person's?"""
    words = normalise(name).split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    if _FUNCTION_WORDS & set(words) or (GROUP_WORDS | INSTITUTION_WORDS) & set(words):
        return False
    return not any(" ".join(words[:n]) in known_names for n in range(1, min(3, len(words)) + 1))


_ARTICLES = frozenset({"al", "el"})


def _name_words(name: str) -> List[str]:
    """The words of a name but the Arabic article ("Al-Assad" is one word, a surname)."""
    return [w for w in normalise(name).split() if w not in _ARTICLES]


def titled_names(names: List[str]) -> List[str]:
    """The names after the titles in a block's titled names, of two words or more ("PRIME_MINISTER_IBRAHIM_
    MAHLAB" -> "Ibrahim Mahlab", the right spelling of a block rooted at "IBARAHIM_MAHLAB")."""
    out = []
    for n in names:
        found = list(phoenix.TITLE_WORDS.finditer(n.upper()))
        if found and n[found[-1].end():][:1] == " ":   # not a compound title ("PRESIDENT-ELECT OBAMA")
            rest = phoenix.person_aliases([n[found[-1].end():].strip()])
            out += [r for r in rest if len(_name_words(r)) > 1]
    return out


def _roles(block: phoenix.Block, iso3_to_iso2: Dict[str, str]) -> List[Role]:
    closed = [c for c in block.codes if c[1] and c[2]]
    # a titled name gives the office of the one government span only when that span is closed
    office = phoenix.alias_office(block.names) \
        if sum(code[3:] == "GOV" for code, *_ in block.codes) == 1 and any(c[0][3:] == "GOV" for c in closed) \
        else None
    dated = block._replace(codes=[c for c in block.codes if c[1] or c[2]])
    roles = phoenix.block_roles(dated, iso3_to_iso2, office)
    if any(r.role_key != "notable" for r in roles):   # elite spans around an office add little
        roles = [r for r in roles if r.role_key != "notable"]
    return [phoenix.guarded(r) for r in roles]


def unmarked_person_entities(iso3_to_iso2: Dict[str, str], known_names: Optional[Dict[str, str]] = None
                             ) -> List[Entity]:
    """The unmarked blocks that are people (see the module's docstring), one entity each."""
    known_names = known_names or {}
    out = []
    for b in phoenix.read_blocks(phoenix.COUNTRIES):
        if "countryinfo" in b.comment.lower() or b.header_code or not b.codes:
            continue
        states = _states_and_agents(b.codes, iso3_to_iso2)
        aliases = phoenix.person_aliases(b.names)
        if not states or not aliases or not all(is_person_name(a, known_names) for a in aliases):
            continue
        aliases = [a for a in aliases if role_key_for_title(a) is None]   # "CIA Director John Brennan"
        if not aliases or len(_name_words(aliases[0])) < 2:
            continue
        titled = sorted({n for n in titled_names(b.names) if is_person_name(n, known_names)})
        if len(titled) == 1 and aliases[0] not in titled:
            aliases.insert(0, titled[0])   # the spelling the titled names agree on ("Ibarahim" is a typo)
        aliases += [n for n in titled if n not in aliases]
        roles = _roles(b, iso3_to_iso2)
        counts = {s: sum(r.country == s for r in roles) for s in set(states)}
        if not any(counts.values()):   # undated codes only: the state they give
            counts = {s: states.count(s) for s in set(states)}
        cc = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        name = aliases[0]
        aliases = [a for a in aliases[1:] if len(_name_words(a)) > 1]   # a bare surname: see above
        out.append(Entity(entity_id=stable_id("phoenix", "PERSON", name, cc), canonical_name=name,
                          entity_type="PERSON", country_code=cc, aliases=aliases, roles=roles,
                          sources=[phoenix.SOURCE]))
    return out
