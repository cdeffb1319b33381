"""The sex a given name tells, from the office holders Wikidata lists with their gender (CC0 facts).

"Mr Skripal" after "Sergei and Yulia Skripal" is Sergei, "Mrs Clinton" after "Bill and Hillary
Clinton" is Hillary: a reader knows Yulia and Hillary for women's names. The gazetteer's sources know
it too: the Wikidata office-holder files (gazetteer/sources/wikidata-officeholders) give each holder's
gender. A given name tells a sex when at least MIN_BEARERS distinct holders open their names with it
and all of them are of one sex ("Yulia", "Bill"; not "Jean", "Hilary" or "Dominique", borne by both).
The Chinese ministers' file is left out: its names open with the family name ("Wang Yi").

`python -m gazetteer.build` writes the table to gazetteer/data/given_name_sex.csv (name, sex,
bearers), which the job reads; the sources are not shipped with the package.
"""
from __future__ import annotations

import csv
import functools
import os
from collections import defaultdict
from typing import Dict, List, Optional, Tuple

from gazetteer.model import normalise

MIN_BEARERS = 3
FAMILY_NAME_FIRST = {"china-ministers.holders21.csv"}
DATA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "given_name_sex.csv")
_SEX = {"male": "m", "female": "f"}


def lexicon_rows(holders: List[Tuple[str, str, str]]) -> List[Tuple[str, str, int]]:
    """(name key, 'm'|'f', bearers) for the given names of `holders` ((person id, name, gender)) that
    tell a sex, sorted."""
    bearers: Dict[str, Dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for pid, name, gender in holders:
        words = normalise(name).split()
        if len(words) > 1 and gender in _SEX:
            bearers[words[0]][_SEX[gender]].add(pid)
    rows = []
    for key, by_sex in bearers.items():
        if len(by_sex) == 1:
            ((sex, ids),) = by_sex.items()
            if len(ids) >= MIN_BEARERS:
                rows.append((key, sex, len(ids)))
    return sorted(rows)


def holders_from_sources() -> List[Tuple[str, str, str]]:
    """(person id, name, gender) of every Wikidata office holder the shipped sources give a gender."""
    from gazetteer.sources_common import read_csv
    from gazetteer.sources_officeholders import CABINET_FILES, DIR
    return [(r["personID"], r["person"], r.get("gender", ""))
            for fname in sorted(CABINET_FILES) if fname not in FAMILY_NAME_FIRST
            for r in read_csv(DIR, fname) if r.get("person") and r.get("personID")]


def write(path: str = DATA_PATH) -> int:
    rows = lexicon_rows(holders_from_sources())
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "sex", "bearers"])
        w.writerows(rows)
    return len(rows)


@functools.lru_cache(maxsize=1)
def _lexicon() -> Dict[str, str]:
    if not os.path.exists(DATA_PATH):
        return {}
    with open(DATA_PATH, encoding="utf-8", newline="") as f:
        return {r["name"]: r["sex"] for r in csv.DictReader(f)}


def sex_of_given_name(word: str) -> Optional[str]:
    """'m' or 'f' when the sources' holders of the given name `word` are all of one sex, else None."""
    return _lexicon().get(normalise(word))


def sex_of_full_name(name: str) -> Optional[str]:
    """The sex the first word of a name of two words or more tells ("Yulia Skripal" -> 'f'), or None."""
    words = normalise(name).split()
    return sex_of_given_name(words[0]) if len(words) > 1 else None
