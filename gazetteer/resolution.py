"""What the resolver is asked, what it answers, and the thresholds it decides by.

The gazetteer speaks its own language: a `NameQuery` (a name found in an
article, with what surrounds it) goes in, a `Resolution` (the canonical entity,
or the decision to abstain) comes out. Turning a `Resolution` into a pipeline
record is the resolve stage's job (transforms/resolve.py); nothing here knows
about the pipeline.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Optional


class NameQuery(NamedTuple):
    """One name in an article, as the recogniser found it."""
    text: str
    label: str            # the recogniser's label: spaCy's (PERSON, GPE, ORG, NORP, LOC, FAC), GAZ:<TYPE>
                          # for a gazetteer span, "ORG|GAZ:PERSON" when they disagree, SPEAKER for a speaker
    start_char: int
    end_char: int
    context_before: str = ""   # up to 80 characters before the name in its sentence
    speaker: bool = False      # the subject of a speech verb ("Tras said"): a person, whatever the label
    dateline: bool = False     # the name is in the text's dateline ("MOSCOW, March 3 (Reuters) -")
    word_after: str = ""       # the word right after the name in its sentence ("diplomats" after "Cuban")
    sentence: int = -1         # the article's sentence the name is in (0-based); -1 when not known


class Resolution(NamedTuple):
    """The resolver's answer for one name: a canonical entity, or an abstention (method 'nil')."""
    entity_type: str                     # COUNTRY, PERSON, ORG, CITY, NORP, OTHER
    entity_id: Optional[str] = None      # None when unresolved
    canonical_name: Optional[str] = None
    country_code: Optional[str] = None   # the entity's country; for a NORP, the country it names
    acts_for: Optional[str] = None       # the state the name can act for
    role: Optional[str] = None           # PERSON: role key held on the article date
    score: float = 0.0
    method: str = "nil"                  # exact | alias | demonym | fuzzy | context | coref | generated | nil
    role_start: Optional[str] = None     # PERSON: start of the acting role behind acts_for
    role_end: Optional[str] = None       # PERSON: its end; None while open or unknown


@dataclass
class ResolverConfig:
    """Every threshold the resolver decides by, as parameters."""
    # fuzzy matching of names
    fuzzy_cutoff_long: float = 0.86       # names of `long_name_chars`+ characters
    fuzzy_cutoff_short: float = 0.92      # names of `min_fuzzy_chars` up to `long_name_chars` - 1
    long_name_chars: int = 9
    min_fuzzy_chars: int = 5              # shorter names are never matched fuzzily
    fuzzy_candidates: int = 8             # candidates looked at for a fuzzy match
    person_fuzzy_candidates: int = 5      # ... for a person's full name
    # namesakes: several entities share the exact name, the article's countries decide
    namesake_min_similarity: float = 0.9  # a close spelling competes with the exact namesakes
    namesake_candidates: int = 50
    # a role title beside the name ("the Prime Minister of Canada, Justin Trinto")
    title_window_chars: int = 60          # how far before the name a title is looked for
    title_max_gap_chars: int = 30         # at most this much between the title and the name
    title_min_similarity: float = 0.45    # name vs the role holder's name when one holder fits
    title_surname_min_similarity: float = 0.8  # surname vs a holder's, when several hold the role
    max_surname_typos: int = 1            # ... or at most this many edits apart
    min_typo_surname_chars: int = 3       # ... for a surname at least this long
    # the same person named elsewhere in the article
    coref_min_similarity: float = 0.75    # a short form vs a person already named in the article
    speaker_coref_min_similarity: float = 0.55  # ... when it is the subject of "said"/"added" ("Trash added")
    coref_margin: float = 0.08            # ... and ahead of the next-best person by this much
    coref_same_name: float = 0.999        # a similarity this high needs no margin
    # known people by surname, and the article's countries
    surname_min_similarity: float = 0.8   # a fuzzy full-name match's surname vs the entity's
    min_surname_chars: int = 3            # a bare surname shorter than this is never looked up
    context_bonus: float = 0.08           # a candidate whose country the article is about
    stateless_weight: float = 0.5         # an international body among national namesakes ('UN'): the share
                                          # of the article a namesake's country needs to beat it
    max_years_before_first_role: int = 15  # a person first in office this much after the date is out of time
    max_years_before_first_role_spelt_otherwise: int = 5  # ... for a name spelt otherwise than all of theirs:
                                          # about in public life by the date (the sources' first role is often
                                          # a later, higher office: 'Kiichi Miyazwa', finance minister in 1987,
                                          # is PETRARCH's only from his premiership in 1991)
    national_body_min_share: float = 0.4  # "the Foreign Ministry" is the dominant country's: its share of
    national_body_lead: float = 2.0       # the article's countries, and how many times the runner-up's
    party_min_share: float = 0.25         # "Labour": the share of the article's countries the party's country needs
