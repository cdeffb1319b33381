"""A capital's name garbled by a machine translation or transcription ("SOEUL -", "Washington and
Tokio supported Seoul") is that capital, when nothing else bears the word.

The same test that lets a person's name be spelt two ways (gazetteer.lookalike.spelling_variants:
the same consonants in the same order, vowels, doubled letters and sound-alike letters aside) makes a
word another spelling of a capital's one-word name. Only the names the model took for a place or a
body ask: a person's ("Tallin" said) is left to the person rules, a group's adjective is no place. As
English words pass that test too ("Tennis" and Tunis), the resolver takes the capital only in a
dateline or in a story that names its state. A word's last voiced stop is its voiceless one, as
transliterations of Russian and Turkic names write either ("Ashgabad" is Ashgabat). A city's name of
several words written as one ("Lapaz" for La Paz) is that city in a story that names its state.
"""
from __future__ import annotations

from collections import Counter
from typing import Dict, List, Optional

from gazetteer.lookalike import same_spelling, spelling_forms
from gazetteer.memo import by_gazetteer
from gazetteer.model import Entity, normalise

PLACE_LABELS = ("GPE", "LOC", "ORG", "FAC")


_DEVOICED = {"d": "t", "b": "p", "g": "k"}


def place_forms(word: str) -> tuple[str, str]:
    """`spelling_forms` of a normalised place word with its last voiced stop devoiced ("ashgabad" and
    "ashgabat" alike)."""
    form, skeleton = spelling_forms(word)
    if form[-1:] in _DEVOICED:   # (a consonant: the skeleton ends with it too)
        return form[:-1] + _DEVOICED[form[-1]], skeleton[:-1] + _DEVOICED[form[-1]]
    return form, skeleton


def capital_words(entities) -> Dict[str, List[Entity]]:
    """Normalised one-word names of capitals (cities acting for a state) -> the capitals."""
    out: Dict[str, List[Entity]] = {}
    for e in entities:
        if e.entity_type == "CITY" and e.acts_for:
            for n in e.names():
                key = normalise(n)
                if key and " " not in key and e not in out.setdefault(key, []):
                    out[key].append(e)
    return out


def by_skeleton(words: Dict[str, List[Entity]]) -> Dict[str, List[tuple]]:
    """`capital_words` by the skeleton of their spelling (gazetteer.lookalike.spelling_forms): only
    names of one skeleton can be spelling variants of each other. Values: (name, forms, capitals)."""
    out: Dict[str, List[tuple]] = {}
    for name, caps in words.items():
        forms = place_forms(name)
        out.setdefault(forms[1], []).append((name, forms, caps))
    return out


@by_gazetteer(size=4)
def capitals_by_spelling(gaz) -> tuple:
    """(`capital_words`, `by_skeleton` of them) of the gazetteer's entities, kept with the gazetteer and so built
    into its snapshot (gazetteer/snapshot.py) instead of by every worker's resolver."""
    words = capital_words(gaz.entities)
    return words, by_skeleton(words)


def closed_up_words(entities) -> Dict[str, List[Entity]]:
    """Cities' names of two words or more closed up, as a machine translation writes them ("lapaz" for La
    Paz, "kualalumpur") -> the cities."""
    out: Dict[str, List[Entity]] = {}
    for e in entities:
        if e.entity_type == "CITY":
            for n in e.names():
                key = normalise(n)
                if " " in key and e not in out.setdefault(key.replace(" ", ""), []):
                    out[key.replace(" ", "")].append(e)
    return out


@by_gazetteer(size=4)
def cities_closed_up(gaz) -> Dict[str, List[Entity]]:
    """`closed_up_words` of the gazetteer's entities, kept with the gazetteer as `capitals_by_spelling` is."""
    return closed_up_words(gaz.entities)


def closed_up_city(text: str, label: str, closed: Dict[str, List[Entity]], known_word: bool,
                   named: Counter) -> Optional[Entity]:
    """The city whose name of several words `text` writes as one word ("Lapaz"), for a place's or a body's
    label, when the word is no name the gazetteer holds (`known_word`): of the cities so named in a state
    the story names (`named`, counts by code), the one of most people."""
    key = normalise(text)
    if known_word or label.split("|")[0] not in PLACE_LABELS or not key or " " in key:
        return None
    found = [e for e in closed.get(key, ()) if named.get(e.acts_for or e.country_code, 0) > 0]
    return max(found, key=lambda e: e.population or 0) if found else None


def garbled_capital(text: str, label: str, words: Dict[str, List[Entity]], known_word: bool,
                    skeletons: Optional[Dict[str, List[tuple]]] = None) -> Optional[Entity]:
    """The one capital whose one-word name `text` spells otherwise, for a place's or a body's label
    (`label`, the model's first), when the word is no name the gazetteer holds (`known_word`).
    `skeletons`: `by_skeleton(words)`, made once by a caller that asks many times."""
    key = normalise(text)
    if known_word or label.split("|")[0] not in PLACE_LABELS or not key or " " in key or key in words:
        return None
    forms = place_forms(key)
    alike = (skeletons if skeletons is not None else by_skeleton(words)).get(forms[1], ())
    hits = {id(e): e for name, name_forms, caps in alike if name[:1] == key[:1] and same_spelling(forms, name_forms)
            for e in caps}
    return next(iter(hits.values())) if len(hits) == 1 else None
