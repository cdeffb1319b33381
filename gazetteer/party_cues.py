"""A party's short name said in the language of party politics: "the main opposition CHP", "Imran
Khan's PTI government", "Conservative MP Michael Chong", "its sister party, the CSU".

A code or a party's short form names a party only in a story about the party's country: the resolver
takes it when that country clearly leads the article (resolver._choose_by_context, party_forms.PartyForms).
A story of two states (India expels Pakistani diplomats; Canada and China trade expulsions) has no
leading country, and "the BJP", "the PTI government" stayed unknown although only one of the named
states has a party of that name. When the words around the name speak of a party, a government or
its people ("opposition", "ruling" before; "government", "MP", "leader", "lawmakers" after; a person's
possessive before: "Merkel's CDU", where no state or town owns it as in "Germany's GDP"), the
name is a party's, and the one party of that name among the states the article names is it. A code
in no such words ("GDP", "EV") still needs its country to lead the article.
"""
from __future__ import annotations

import re
from typing import Optional

from gazetteer.model import normalise

# the word right after a name that makes it a party's: what a party forms, leads or seats
PARTY_WORDS_AFTER = frozenset({
    "party", "government", "governments", "coalition", "administration", "cabinet", "leader", "leaders",
    "leadership", "chairman", "chairwoman", "chief", "lawmaker", "lawmakers", "legislator", "legislators",
    "mp", "mps", "deputy", "deputies", "senator", "senators", "congressman", "congresswoman",
    "candidate", "candidates", "politician", "politicians", "minister", "ministers", "faction", "caucus",
    "manifesto", "voters", "supporters", "spokesman", "spokeswoman", "spokesperson", "members", "member",
})
# the words right before a name that make it a party's ("the main opposition CHP", "the ruling BJP")
PARTY_WORDS_BEFORE = frozenset({"opposition", "ruling", "governing", "incumbent"})
_PARTY_APPOSITION = re.compile(r"\bpart(?:y|ies),?\s+(?:the\s+)?$", re.IGNORECASE)   # "sister party, the CSU"
_POSSESSOR = re.compile(r"(?:^|\s)([A-Z][\w-]+)['\u2019]s\s*$")   # "Merkel's CDU"


def in_party_words(context_before: str, word_after: str, gaz=None) -> bool:
    """Do the words around a name speak of it as a party ("main opposition CHP", "PTI government",
    "Conservative MP", "sister party, the CSU")? With a gazetteer, a person's possessive before it
    says so too ("Merkel's CDU", "Erdogan's AKP"); a state's or a town's does not ("Germany's GDP")."""
    if normalise(word_after or "") in PARTY_WORDS_AFTER:
        return True
    before = context_before or ""
    if _PARTY_APPOSITION.search(before):
        return True
    owner = _POSSESSOR.search(before) if gaz is not None else None
    if owner is not None and not gaz.lookup_exact(owner.group(1), types=("COUNTRY", "CITY")) \
            and gaz.lookup_demonym(owner.group(1)) is None:
        return True
    words = normalise(before).split()
    return bool(words) and words[-1] in PARTY_WORDS_BEFORE


def one_named_party(parties: list, context) -> Optional[object]:
    """The one party among `parties` (those of the name, existing on the date) whose state the article
    names; None when none is or parties of several named states (or several of one) bear the name."""
    named = [p for p in parties if p.country_code and context.get(p.country_code, 0) > 0]
    return named[0] if len(named) == 1 else None
