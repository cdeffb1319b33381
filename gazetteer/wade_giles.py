"""Chinese names in Wade-Giles ("Chou En-lai", "Mao Tse-tung", "Teng Hsiao-p'ing", "Hsinhua"), read in pinyin.

News and state papers until the 1980s (and Taiwan's names to this day) write Chinese names in
Wade-Giles; the gazetteer's sources mostly write them in pinyin ("Zhou Enlai", "Mao Zedong",
"Xinhua"). `pinyin_forms` reads a name syllable by syllable with the two systems' tables of initials
and finals and gives every pinyin spelling it may stand for: the apostrophe that marks an aspirate
("ch'i", "p'ing") is often dropped, so "ch" may be zh, j, ch or q, "t" d or t, "k" g or k. Only a
form the gazetteer holds exactly, for a Chinese entity, is taken (gazetteer/resolver.py): the
spellings are many, the names they hit few.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from typing import List

# Wade-Giles initial -> pinyin initials (aspirated forms with their apostrophe first)
_INITIALS = {
    "ch'": ("ch", "q"), "ch": ("zh", "j", "ch", "q"), "hs": ("x",), "ts'": ("c",), "ts": ("z", "c"),
    "tz'": ("c",), "tz": ("z", "c"), "ss": ("s",), "sz": ("s",), "sh": ("sh",), "p'": ("p",), "p": ("b", "p"),
    "t'": ("t",), "t": ("d", "t"), "k'": ("k",), "k": ("g", "k"), "m": ("m",), "f": ("f",), "n": ("n",),
    "l": ("l",), "h": ("h",), "j": ("r",), "s": ("s",), "": ("",),
}
# Wade-Giles final -> pinyin finals ("ung" is "ong", "ien" "ian", "ih" the empty "i" of "shih", "chih")
_FINALS = {
    "a": ("a",), "o": ("o", "e", "uo"), "e": ("e",), "eh": ("e",), "ai": ("ai",), "ei": ("ei",), "ao": ("ao",),
    "ou": ("ou",), "an": ("an",), "en": ("en",), "ang": ("ang",), "eng": ("eng",), "ung": ("ong",),
    "erh": ("er",), "i": ("i",), "ih": ("i",), "ia": ("ia",), "iao": ("iao",), "ieh": ("ie",), "iu": ("iu",),
    "ien": ("ian",), "in": ("in",), "iang": ("iang",), "ing": ("ing",), "iung": ("iong",), "u": ("u", "i"),
    "ua": ("ua",), "uo": ("uo",), "uai": ("uai",), "uei": ("ui",), "ui": ("ui",), "uan": ("uan",), "un": ("un",),
    "uang": ("uang",), "ueh": ("ue",), "\u00fc": ("u", "v"), "\u00fceh": ("ue",), "\u00fcan": ("uan",),
    "\u00fcn": ("un",),
}
# syllables with the glides y and w, written whole
_GLIDED = {
    "ya": ("ya",), "yai": ("yai",), "yang": ("yang",), "yao": ("yao",), "yeh": ("ye",), "yen": ("yan",),
    "yi": ("yi",), "yin": ("yin",), "ying": ("ying",), "yu": ("you", "yu"), "yung": ("yong",), "yo": ("yo",),
    "y\u00fc": ("yu",), "y\u00fceh": ("yue",), "yueh": ("yue",), "y\u00fcan": ("yuan",), "yuan": ("yuan",),
    "y\u00fcn": ("yun",), "yun": ("yun",), "wa": ("wa",), "wai": ("wai",), "wan": ("wan",), "wang": ("wang",),
    "wei": ("wei",), "wen": ("wen",), "weng": ("weng",), "wo": ("wo",), "wu": ("wu",),
}
_MAX_FORMS = 256
CHINESE_STATES = frozenset({"CN", "TW", "HK", "MO"})   # whose names are written so


@lru_cache(maxsize=None)
def _syllables() -> dict:
    """{Wade-Giles syllable: its pinyin readings}."""
    table = {k: v for k, v in _GLIDED.items()}
    for (ini, pins), (fin, fins) in product(_INITIALS.items(), _FINALS.items()):
        if ini == "" and fin[0] in "iu\u00fc":
            continue   # "i", "u" alone are written yi, wu
        table.setdefault(ini + fin, tuple(p + f for p, f in product(pins, fins)))
    return table


def _readings(part: str) -> List[tuple]:
    """Every way to read `part` (lower case, no hyphen) as Wade-Giles syllables: lists of their readings."""
    table = _syllables()
    out: List[tuple] = []

    def walk(at: int, done: tuple) -> None:
        if at == len(part):
            out.append(done)
            return
        for end in range(min(len(part), at + 6), at, -1):
            readings = table.get(part[at:end])
            if readings is not None:
                walk(end, done + (readings,))
    walk(0, ())
    return out


def pinyin_forms(name: str) -> List[str]:
    """The pinyin spellings a Wade-Giles name may stand for ("Chou En-lai" -> [..., "Zhou Enlai", ...]):
    each word's syllables run together, each word capitalised. Empty when a word is no run of Wade-Giles
    syllables, or the name has fewer than two syllables (a bare "Li" is no evidence of anything)."""
    words = re.sub("[\u2019\u2018`]", "'", name).split()
    if not words:
        return []
    per_word = []
    syllable_count = 0
    for word in words:
        pieces = [p for p in word.lower().split("-")]
        if not all(pieces):
            return []
        options = []
        for piece in pieces:
            readings = _readings(piece)
            if not readings:
                return []
            options.append(readings)
            syllable_count += min(len(r) for r in readings)
        forms = set()
        for segmentation in product(*options):
            for spelled in product(*[syl for seg in segmentation for syl in seg]):
                forms.add("".join(spelled).capitalize())
                if len(forms) > _MAX_FORMS:
                    return []
        per_word.append(sorted(forms))
    if syllable_count < 2:
        return []
    forms = {" ".join(ws) for ws in product(*per_word)} if len(per_word) > 1 else set(per_word[0])
    if len(forms) > _MAX_FORMS:
        return []
    return sorted(forms - {name})
