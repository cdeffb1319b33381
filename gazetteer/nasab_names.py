"""Arab names written up to the father's name: "Tamim bin Hamad" for Tamim bin Hamad Al Thani.

Gulf news names rulers and ministers by their own and their father's name ("Sheikh Tamim bin Hamad",
"Sultan Haitham bin Tarik", "Mohammed bin Zayed"), leaving out the family name the sources end with
("Al Thani", "Al Said", "Al Nahyan"). Such a name is the person whose longer name opens with every
word written, up to and including the father's name, when that is one person of a state the story
names (`opened_by_nasab`). And a name that gives a father is no one whose name gives another father:
"Mohammed bin Zayed" is not "Muhammad bin Abd al Rauf Ziyadah", however alike the letters
(`fathers_disagree`).

Malaysian and Gulf news also name a leader by his own name alone, with or without a title ("Dr Mahathir"
for Mahathir bin Mohamad, "Sheikh Tamim"): the own name is the word right before the first "bin"/"ibn"/"bint"
of a name the sources give (`named_by_own_name`); the resolver takes it only for one person in office on the
story's date, of a state the story names ("Mohammed" alone, borne by many, stays unknown).
"""
from __future__ import annotations

from gazetteer.memo import by_gazetteer
from gazetteer.person_match import PATRONYMIC_PARTICLES, people_by_name_part

# first letters that transliterations of one name begin with ("Umar"/"Omar", "Qasim"/"Kasim", "Jamal"/"Gamal")
_SAME_SOUND = ({"a", "e", "i", "o", "u"}, {"k", "q"}, {"g", "j"}, {"d", "z"})


def father(words: list) -> str:
    """The word after the first "bin"/"ibn"/"bint" of a name's words, or ""."""
    at = next((k for k, w in enumerate(words[:-1]) if k and w in PATRONYMIC_PARTICLES), None)
    return words[at + 1] if at is not None else ""


@by_gazetteer(size=4)
def _nasab_openings(gaz) -> dict:
    """The opening words of people's names up to a father's name that more words follow
    ("tamim bin hamad" of "tamim bin hamad al thani") -> {entity id: entity}."""
    return people_by_name_part(gaz, lambda words: [" ".join(words[:k + 2]) for k in range(1, len(words) - 2)
                                                   if words[k] in PATRONYMIC_PARTICLES])


def opened_by_nasab(gaz, key: str) -> list:
    """The people whose longer name opens with the normalised name `key` when `key` ends in a patronymic
    particle and a father's name: "haitham bin tarik" -> [Haitham bin Tarik Al Said]."""
    words = key.split()
    if len(words) < 3 or words[-2] not in PATRONYMIC_PARTICLES:
        return []
    return list(_nasab_openings(gaz).get(key, {}).values())


def fathers_disagree(key: str, name: str) -> bool:
    """Do the normalised names `key` and `name` both give a father, and fathers whose names begin with
    other sounds ("zayed" and "abd")? A father's name spelt otherwise ("abdulaziz", "abd al aziz") agrees."""
    a, b = father(key.split()), father(name.split())
    return bool(a and b) and a[0] != b[0] and not any({a[0], b[0]} <= same for same in _SAME_SOUND)


@by_gazetteer(size=4)
def _own_names(gaz) -> dict:
    """The own name of people whose names give a father ("mahathir" of "dato seri mahathir bin mohamad") ->
    {entity id: entity}."""
    def own(words):
        at = next((k for k, w in enumerate(words[:-1]) if k and w in PATRONYMIC_PARTICLES), None)
        return [words[at - 1]] if at is not None else []
    return people_by_name_part(gaz, own)


def named_by_own_name(gaz, key: str) -> list:
    """The people whose name gives the one-word normalised name `key` as their own before a father's name:
    "mahathir" -> [Mahathir bin Mohamad, ...]."""
    if " " in key or len(key) < 3:
        return []
    return list(_own_names(gaz).get(key, {}).values())
