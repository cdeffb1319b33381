"""The sex a name tells by the word that makes its bearer a son or a daughter: a Russian patronymic
("Mikhail Sergeyevich Gorbachev", "Elvira Sakhipzadovna Nabiullina") or an Arabic "bin" or "bint" ("Nada
Bint Abbas Hafadh").

The sources give few people's sex (gazetteer/given_name_sex.py reads the Wikidata files that do), but many
of the names they give hold it: a patronymic in "-ovich"/"-evich" is a son's, in "-ovna"/"-evna"/"-ichna" a
daughter's; "bin" and "ibn" make a son, "bint" a daughter. "Mrs. Gorbachev" after "Mikhail Gorbachev" is then
his wife, not he (title_sexes). The patronymic is a middle word (never the surname that ends the name: a
Serbian "Milosevich" is a family name), and the first of "bin"/"bint" after the given name is the bearer's own
("Hunaina Bint Sultan bin Ahmad": her father, then his).
"""
from __future__ import annotations

import re
from typing import Optional

from gazetteer.model import normalise

_SONS = re.compile(r"(?:ov|ev|yev)ich$")
_DAUGHTERS = re.compile(r"(?:ov|ev|yev)na$|ichna$")
_SON_WORDS, _DAUGHTER_WORDS = frozenset({"bin", "ibn"}), frozenset({"bint"})


def sex_of_lineage(name: str) -> Optional[str]:
    """'m' or 'f' by a patronymic or a first "bin"/"bint" in `name`, else None."""
    words = normalise(name).split()
    for w in words[1:-1]:
        if w in _SON_WORDS:
            return "m"
        if w in _DAUGHTER_WORDS:
            return "f"
    middle = words[1:-1]
    sexes = {"m" for w in middle if _SONS.search(w)} | {"f" for w in middle if _DAUGHTERS.search(w)}
    return sexes.pop() if len(sexes) == 1 else None
