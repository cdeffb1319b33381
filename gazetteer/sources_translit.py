"""Safe romanisation variants of Russian/Ukrainian/Belarusian names.

News spells the same Cyrillic name several ways ("Sergey Lavrov" / "Sergei
Lavrov", "Alexander" / "Aleksandr"). Only whole given names from a fixed table
and the -iy/-yy/-y surname ending are varied, so no new name can collide with
an unrelated person by accident.
"""
from __future__ import annotations

from typing import List

_GROUPS = [
    ["Sergey", "Sergei", "Sergiy"], ["Alexander", "Aleksandr", "Alexandr"], ["Dmitry", "Dmitri", "Dmitriy"],
    ["Yevgeny", "Evgeny", "Yevgeniy", "Evgeni"], ["Yuri", "Yury", "Yuriy"], ["Andrei", "Andrey", "Andriy"],
    ["Alexei", "Alexey", "Aleksei", "Aleksey"], ["Nikolai", "Nikolay"], ["Valery", "Valeri", "Valeriy"],
    ["Vitaly", "Vitali", "Vitaliy"], ["Anatoly", "Anatoli", "Anatoliy"], ["Grigory", "Grigori", "Grigoriy"],
    ["Georgy", "Georgi", "Georgiy"], ["Arkady", "Arkadi", "Arkadiy"], ["Maria", "Mariya"],
    ["Tatyana", "Tatiana"], ["Natalya", "Natalia"], ["Yulia", "Yuliya", "Julia"], ["Olga", "Olha"],
    ["Mikhail", "Mikhael"], ["Vasily", "Vasili", "Vasiliy"], ["Gennady", "Gennadi", "Gennadiy"],
    ["Igor", "Ihor"], ["Oleg", "Oleh"], ["Vyacheslav", "Viacheslav"], ["Yevgenia", "Evgenia"],
]
_VARIANTS = {n: g for g in _GROUPS for n in g}


def _surname_variants(surname: str) -> List[str]:
    for a, b in (("skiy", "sky"), ("skyy", "sky"), ("tskiy", "tsky")):
        if surname.endswith(a):
            return [surname[: -len(a)] + b]
    if surname.endswith("sky"):
        return [surname[:-3] + "skiy"]
    return []


def transliteration_variants(name: str) -> List[str]:
    """Other romanisations of a 'Given [Patronymic] Surname' name (not including itself)."""
    parts = name.split()
    if len(parts) < 2:
        return []
    firsts = _VARIANTS.get(parts[0], [parts[0]])
    lasts = [parts[-1]] + _surname_variants(parts[-1])
    out = {" ".join([f, *parts[1:-1], l]) for f in firsts for l in lasts}
    out.discard(name)
    return sorted(out)
