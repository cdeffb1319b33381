"""An acronym the text defines in brackets names what the name before the brackets names.

News introduces a body once in full and then by its initials: "Pakistan's Inter-Services
Intelligence (ISI) ... the ISI said", "the Islamic Revolutionary Guard Corps (IRGC)". Where the
gazetteer knows the full name but not the initials (or the initials only as someone else's), the
initials in the brackets, and the same initials later in the article, are the full name's entity.
Where the gazetteer knows the initials and not the full name, the full name is the initials'
entity only if one of that entity's own names is the full name (a bare "OIC" does not say which
organisation it is). Where it knows neither, the initials are the same unknown body as the full name
("the Department of Foreign Affairs (DFA) ... DFA Secretary"): one body of the feed, not two.

An acronym is defined only by the shape "Full Name (ABC)": the bracket opens right after the name,
holds nothing but the initials, and the initials are those of the name's capitalised words
(hyphenated words may count each part: "Inter-Services Intelligence" is ISI), or, written in capitals, the
opening letters of each of those words in turn ("Caribbean Community (CARICOM)"). Nothing else in the
article is changed: an acronym with no definition resolves as before. Initials in such brackets that the
model left out ("the paramilitary Rapid Support Forces (RSF)", said once) are a name of their own for the
recogniser (`bracketed_initials`), so that they are read as defined.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from rapidfuzz import fuzz

from gazetteer.model import normalise
from gazetteer.resolution import Resolution

_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*$")
_OPEN = re.compile(r"\s*\(\s*$")
_CLOSE = re.compile(r"^\s*\)")
_SAME_NAME = 90          # token-sort similarity of the full name and one of the entity's names


def _initial_sets(name: str) -> set:
    """The initials the name's capitalised words may be written as ("Inter-Services Intelligence":
    ISI or II); lower-case words ("of", "and", "for") never count."""
    whole, parts = [], []
    for word in name.replace("\u2013", "-").split():
        if not word[:1].isupper():
            continue
        whole.append(word[0])
        parts.extend(p[0] for p in word.split("-") if p[:1].isupper())
    return {"".join(whole), "".join(parts)}


def _opening_letters(letters: str, words: list) -> bool:
    """Is `letters` the opening letters of each of `words` in turn, one letter or more of each?"""
    if not words:
        return not letters
    word = words[0].upper()
    return any(word.startswith(letters[:k]) and _opening_letters(letters[k:], words[1:])
               for k in range(min(len(word), len(letters) - len(words) + 1), 0, -1))


def _spelt_by_syllables(acronym: str, name: str) -> bool:
    """Is the acronym, all capitals, the opening letters of each of the name's capitalised words in turn, and
    more than their initials ("CARICOM", "Caribbean Community")?"""
    words = [w for w in name.split() if w[:1].isupper()]
    return (acronym.isalpha() and acronym.isupper() and len(acronym) > len(words) >= 2
            and _opening_letters(acronym, words))


def is_defined_by(acronym: str, name: str) -> bool:
    """Are `acronym`'s capitals the initials of `name` ("ISI", "Inter-Services Intelligence"), or its capitals
    the opening letters of the name's words ("CARICOM", "Caribbean Community")?"""
    if not _ACRONYM.match(acronym) or len(name.split()) < 2:
        return False
    capitals = "".join(c for c in acronym if c.isupper())
    return len(capitals) >= 2 and (capitals in _initial_sets(name) or _spelt_by_syllables(acronym, name))


_BODY_LABELS = ("ORG", "GAZ:ORG", "FAC")


def bracketed_initials(doc, spans: Sequence[tuple]) -> list:
    """(start, end, "ORG", "initials") token spans of the initials in brackets right after a body's name in
    `spans` ((start, end, label, origin)) that spell the name ("Rapid Support Forces (RSF)") and no span holds."""
    held = {t for s, e, _, o in spans if o != "nested" for t in range(s, e)}
    out = []
    for s, e, label, origin in spans:   # a nested name may close the longer one ("Commission of the African Union (AU)")
        if label.split("|")[0] in _BODY_LABELS and e + 2 < len(doc) \
                and doc[e].text == "(" and doc[e + 2].text == ")" and e + 1 not in held \
                and is_defined_by(doc[e + 1].text, doc[s:e].text):
            out.append((e + 1, e + 2, "ORG", "initials"))
    return out


_PLACE_LABELS = ("GAZ:CITY", "GAZ:COUNTRY", "GAZ:NORP", "GPE", "NORP", "LOC")
_INNER_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "de", "del", "du", "des", "la", "le", "&"})
_MAX_NAME_WORDS = 10


def names_spelt_by_initials(doc, spans: Sequence[tuple]) -> list:
    """(start, end, "ORG", "spelt") token spans of the longest name no span holds, of capitalised words (and
    "of", "and", ... inside), that the initials in brackets right after it spell: "The Solomons Malaita Eagle
    Force (MEF) signed" is the Malaita Eagle Force, a body the model missed; with (start, end, "ORG",
    "initials") for the initials too when no span holds them."""
    held = {t for s, e, _, o in spans if o != "nested" for t in range(s, e)}
    # a place's name may be a word of the body's ("Malaita" in "Malaita Eagle Force"), never cut in two
    places = [(s, e) for s, e, lab, o in spans if o != "nested" and lab.split("|")[0] in _PLACE_LABELS]
    inside = {t for s, e in places for t in range(s, e)}
    cut = {t for s, e in places for t in range(s + 1, e)}
    out = []
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not _ACRONYM.match(doc[i + 1].text):
            continue
        longest = None
        for start in range(i - 1, max(-1, i - 1 - _MAX_NAME_WORDS), -1):
            word = doc[start].text
            if start in held and start not in inside \
                    or not (word[:1].isupper() and word.replace("-", "").isalpha() or word in _INNER_WORDS):
                break
            if word[:1].isupper() and start not in cut and is_defined_by(doc[i + 1].text, doc[start:i].text):
                longest = start
            if doc[start].is_sent_start:
                break
        if longest is not None:
            out.append((longest, i, "ORG", "spelt"))
            if i + 1 not in held:
                out.append((i + 1, i + 2, "ORG", "initials"))
    return out


def _definitions(queries: Sequence, text: str) -> list:
    """(index of the full name, index of the acronym) for each "Full Name (ABC)" in the text."""
    found = []
    by_start = {q.start_char: j for j, q in enumerate(queries)}
    for i, q in enumerate(queries):
        gap = re.match(r"\s*\(\s*", text[q.end_char:q.end_char + 4])
        if gap is None:
            continue
        j = by_start.get(q.end_char + gap.end())
        if j is None or not _CLOSE.match(text[queries[j].end_char:]):
            continue
        if _OPEN.search(text[q.end_char:queries[j].start_char]) and is_defined_by(queries[j].text, q.text):
            found.append((i, j))
    return found


def _names_it(gaz, entity_id: str, name: str) -> bool:
    entity = getattr(gaz, "by_id", {}).get(entity_id) if gaz is not None else None
    if entity is None:
        return False
    key = normalise(name)
    return any(fuzz.token_sort_ratio(key, normalise(n)) >= _SAME_NAME for n in entity.names())


def _as_defined(answer: Resolution) -> Resolution:
    return answer._replace(method="coref", score=min(answer.score, 0.9))


def defined_acronyms(gaz, queries: Sequence, answers: list, text: Optional[str]) -> list:
    """`answers` with each bracketed acronym and its full name brought to one entity (module doc)."""
    if not text:
        return answers
    out = list(answers)
    for i, j in _definitions(queries, text):
        full, short = out[i], out[j]
        if full is None or short is None or full.entity_type == "PERSON":
            continue
        if full.entity_id and short.entity_id != full.entity_id:
            acronym = queries[j].text
            for k in range(j, len(queries)):
                if queries[k].text == acronym and out[k] is not None:
                    out[k] = _as_defined(full)
        elif not full.entity_id and short.entity_id and _names_it(gaz, short.entity_id, queries[i].text):
            out[i] = _as_defined(short)
        elif not full.entity_id and not short.entity_id and full.canonical_name and full.entity_type != "OTHER":
            acronym, named = queries[j].text, full._replace(canonical_name=" ".join(full.canonical_name.split()))
            for k in range(j, len(queries)):   # neither known: one unknown body, by its full name
                if queries[k].text == acronym and out[k] is not None and not out[k].entity_id:
                    out[k] = named
    return out
