"""The sex a title right before a name tells ("Mrs. ", "Lord ", "Mme. "), and whether it fits the person: "Lord
Young" is not "Baroness Young", "Mr Skripal" is not "Yulia Skripal", and "Mrs. Reagan" beside "President Reagan"
may be his wife.

The person's sex comes from the sources (`Entity.sex`), the titles in the names they give, the given names
of women or men only (gazetteer/given_name_sex.py) and a son's or a daughter's word in them (gazetteer/lineage_sex.py). people.may_be_named_by_surname and person_evidence read these.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.given_name_sex import sex_of_full_name
from gazetteer.lineage_sex import sex_of_lineage
from gazetteer.model import Entity, normalise

# with the foreign styles English copy writes before a surname (transforms/foreign_styles.py): "Mme. Cresson" is a woman
MALE_TITLES = {"mr", "mister", "sir", "lord", "king", "prince", "baron", "viscount", "earl", "marquess", "duke",
               "monsieur", "herr", "senor", "senhor", "signor", "signore"}
FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "baroness",
                 "viscountess", "countess", "marchioness", "duchess",
                 "mme", "mlle", "mademoiselle", "frau", "fraulein", "senora", "senhora", "signora", "signorina"}
_TITLE_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)(\.?)\s*$")


def _sex_of_title(word: str) -> Optional[str]:
    word = normalise(word)
    return "m" if word in MALE_TITLES else "f" if word in FEMALE_TITLES else None


def title_sex(context_before: str) -> Optional[str]:
    """'m' or 'f' for a title right before a name ("Lord ", "Mrs. "), else None."""
    m = _TITLE_WORD_BEFORE.search(context_before or "")
    if m and m.group(1) == "M" and m.group(2):
        return "m"   # French "M." before a surname: the recogniser keeps an initial inside the name it opens
    return _sex_of_title(m.group(1)) if m else None


# a married woman's titles: the surname after one may be her husband's ("Mrs. Reagan", "Mme. Mitterrand", "Lady Howe")
MARRIED_TITLES = {"mrs", "mme", "madame", "lady", "frau", "senora", "senhora", "signora"}


def named_by_marriage(context_before: str, e: Entity) -> bool:
    """A married woman's title right before the bare surname of a person the sources do not know for a woman
    (by the person's own sex, a given name of women only or a woman's title in the names they give): the
    woman may be that person's wife or widow ("Mrs. Reagan" beside "President Reagan"), or the person
    herself ("Mme. Cresson", the premier the sources give no sex). A woman the sources know ("Mrs
    Thatcher", "Mrs. Chalker") is named so; "Miss" and "Ms" name the woman herself ("Miss Bhutto")."""
    m = _TITLE_WORD_BEFORE.search(context_before or "")
    return bool(m) and normalise(m.group(1)) in MARRIED_TITLES and _known_sexes([], e, []) != {"f"}


def titles_of_other_sex(context_before: str, e: Entity) -> bool:
    """The text's title right before the name and the title in the person's known names are of
    opposite sexes: "Lord Young" is not "Baroness Young", "Mrs. Smith" not "Sir John Smith"."""
    return of_other_sex(context_before, [], e)


def _known_sexes(befores_elsewhere: Sequence[str], e: Optional[Entity], names: Sequence[str]) -> set:
    known = {title_sex(b) for b in befores_elsewhere}
    if e is not None and e.sex:
        known.add(e.sex)   # the person's own sex, where a source gives it
    all_names = [n for n in list(e.names() if e is not None else ()) + list(names) if n.strip()]
    known |= {_sex_of_title(n.split()[0]) for n in all_names}
    known |= {sex_of_full_name(n) for n in all_names}
    known |= {sex_of_lineage(n) for n in all_names}   # "Mikhail Sergeyevich Gorbachev": a son's patronymic
    known.discard(None)
    return known


def of_other_sex(context_before: str, befores_elsewhere: Sequence[str], e: Optional[Entity],
                 names: Sequence[str] = ()) -> bool:
    """The title before this name and the titles the person has elsewhere in the article (before
    their other mentions), in their known names or the given names of those names and of `names`
    (the article's names for them) are of opposite sexes ("Mrs. Smith" after "Mr. John Smith";
    "Mr Skripal" is not "Yulia Skripal", see gazetteer/given_name_sex.py)."""
    said = title_sex(context_before)
    known = _known_sexes(befores_elsewhere, e, names) if said is not None else set()
    return len(known) == 1 and said not in known


def of_same_sex(context_before: str, befores_elsewhere: Sequence[str], e: Optional[Entity],
                names: Sequence[str] = ()) -> bool:
    """The title before this name tells the sex the person is known to be of (see `of_other_sex`)."""
    said = title_sex(context_before)
    return said is not None and _known_sexes(befores_elsewhere, e, names) == {said}
