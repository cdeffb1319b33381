"""One intergovernmental organisation the Phoenix International file lists twice: by its initials and by its name.

The file holds "ECOWAS_ [IGOWAFBUSWAS]# Economic Community of West African States" and, a line before it,
"ECONOMIC_COMMUNITY_OF_WEST_AFRICAN_STATES_ [IGOWAFWAS]"; "ASEAN_" and "ASSOCIATION_OF_SOUTH_EAST_ASIAN_NATIONS_"
(both IGOSEAASN); "SADC_" and "SOUTHERN_AFRICAN_DEVELOPMENT_COMMUNITY_". Read as they stand they make two
entities of one body, and a story that names it in full and then by its initials links two things. Two of
its organisations' records (`sources_phoenix.igo_entities`) are one body when

- the comment on one record's root line is the other's name, as the file's editors spell the initials out
  ("ECOWAS_ ... # Economic Community of West African States"), or
- one record's name of one word spells the initials of the other's name, a small word ("of", "and") giving its
  letter or not ("ASEAN", "ECOWAS", "UNESCO", "OAPEC"), and the two share the region of a code (the three
  letters after "IGO": "SEA" of IGOSEAASN; IGOSAFSAD and IGOSAFDEVSAD are both "SAF"), or
- their names are one written with and without spaces ("South East Asian", "Southeast Asian") and the two
  share a code.

Initials alone are no proof: "AU" spells the African Union and the Arab Union; the shared region or code is the
file's own word that the two are of one family. The record that comes first in the file keeps its name and id
(ids stay stable across builds); the other's names become its aliases.
"""
from __future__ import annotations

import functools
from typing import List, Sequence

from gazetteer.model import normalise

# words an organisation's initials may leave out or keep ("Economic Community Of West African States": ECOWAS)
SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to"})


def spells_initials(short: str, name: str) -> bool:
    """Does the one-word name `short` spell the initials of `name`, each word of it giving its first letter
    and a small word giving it or not ("ecowas", "economic community of west african states")?"""
    letters = normalise(short).replace(" ", "")
    words = normalise(name).replace("-", " ").split()
    if len(letters) < 2 or " " in normalise(short) or len(words) < 2 or not letters.isalpha():
        return False

    @functools.lru_cache(maxsize=None)
    def fits(i: int, j: int) -> bool:   # letters[i:] spell words[j:]
        if j == len(words):
            return i == len(letters)
        keep = i < len(letters) and words[j][:1] == letters[i] and fits(i + 1, j + 1)
        return keep or (words[j] in SMALL_WORDS and fits(i, j + 1))
    return fits(0, 0)


def _regions(codes: Sequence[str]) -> set:
    return {c[3:6] for c in codes if c.startswith("IGO") and len(c) >= 6}


def one_body(names_a: Sequence[str], codes_a: Sequence[str], comment_a: str,
             names_b: Sequence[str], codes_b: Sequence[str], comment_b: str) -> bool:
    """Are two records of the International file (their names, codes and root-line comments) one body?"""
    keys_a, keys_b = {normalise(n) for n in names_a}, {normalise(n) for n in names_b}
    said_a, said_b = (normalise(c.split("#")[0]) for c in (comment_a, comment_b))   # "... States# NGO_Actors"
    if said_a in keys_b or said_b in keys_a:
        return True
    if set(codes_a) & set(codes_b) and {k.replace(" ", "") for k in keys_a} & {k.replace(" ", "") for k in keys_b}:
        return True
    if not _regions(codes_a) & _regions(codes_b):
        return False
    return any(spells_initials(s, n) for s in names_a for n in names_b) \
        or any(spells_initials(s, n) for s in names_b for n in names_a)


def grouped(records: List[tuple]) -> List[List[int]]:
    """The records ((names, codes, comment), in the file's order) as groups of one body each: the indexes
    of each group in order, the groups in the order of their first record."""
    parent = list(range(len(records)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i in range(len(records)):
        for j in range(i + 1, len(records)):
            if root(i) != root(j) and one_body(*records[i], *records[j]):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict = {}
    for i in range(len(records)):
        groups.setdefault(root(i), []).append(i)
    return [groups[k] for k in sorted(groups)]
