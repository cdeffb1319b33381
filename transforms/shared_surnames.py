"""Two given names joined before one surname share it; a relative named by a given name takes the
surname of the person whose relative they are.

"Sergei and Yulia Skripal were poisoned", "Julius and Ethel Rosenberg were executed", "Bill and
Hillary Clinton arrived": the model reads the first given name alone ("Sergei", even "Julius" as an
organisation), so a reader's "Mr Skripal" later has only Yulia Skripal to go back to. A careful
reader takes the surname after the second name for both: the first name is asked of the gazetteer
as "Sergei Skripal" (its span and text stay the article's). Where the model found no name at all
("On Sunday 4 March Sergei and Yulia Skripal"), the recogniser offers the word before "and" as a
candidate (`coordinated_given_names`, origin "coordinated"); it is kept only if it takes a surname.

The first name must be a given name by the gazetteer's own people: far more of them open their
names with it than end with it ("Sergei", "Thomas"; not "Putin" in "Putin and Sergei Lavrov", not
"Lee"), one capitalised word with no title before it ("Pope Francis and Mike Pence" are two people)
and no country's, city's or people's name. The second name must be a name of two words or more the
model read as a person's or a body's ("Natalia Orlov" is now and then a body's), whose first word is a
given name by the same measure; both are then asked as people's names.

"Raif Badawi and his sister Samar", "Skripal's daughter, Yulia": a lone given name right after a
kin word ("sister", "son", "wife"...) after "his", "her" or a possessive is asked with the surname of
the person named right before it in the same sentence ("Samar Badawi"), as readers and reference
works name such relatives. A name of two words or more ("his wife Cherie Blair") is left as written.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from gazetteer.given_name_sex import sex_of_given_name
from gazetteer.given_names import is_given_name, title_right_before
from gazetteer.kin_words import KIN_BEFORE
from gazetteer.resolution import NameQuery

JOINERS = (" and ", " & ")
_ONE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def coordinated_given_names(doc, person_spans: Sequence[tuple[int, int]], used_tokens: set) -> list[tuple[int, int]]:
    """Token spans of a title-case word no other name covers, right before "and"/"&" and a name of
    two words or more the model read as a person's or a body's ("Sergei" in "Sergei and Yulia Skripal";
    the model reads some such names as bodies): candidates only."""
    found = []
    for s, e in person_spans:
        if e - s < 2 or s < 2 or doc[s - 1].lower_ not in ("and", "&") or (s - 2) in used_tokens:
            continue
        word = doc[s - 2]
        if word.is_title and word.is_alpha and not word.is_stop and _ONE_WORD.fullmatch(word.text):
            found.append((s - 2, s - 1))
    return found


def _person_or_body_label(label: str) -> bool:
    return any(part in ("PERSON", "GAZ:PERSON", "ORG") for part in label.split("|"))


SURNAME_PARTICLES = {"le", "la", "de", "del", "della", "di", "du", "da", "dos", "das", "van", "von", "der", "den",
                     "ter", "al", "el", "bin", "ben", "ibn", "abu"}   # "Le Foyer-Gomez", "van der Berg"


def family_name(words: Sequence[str]) -> str:
    """The family name that ends a full name: its last word with the particles before it ("Grace Le
    Foyer-Gomez" -> "Le Foyer-Gomez"); never the first word."""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in SURNAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])


def _names_a_place_or_people(gaz, word: str) -> bool:
    return gaz.lookup_demonym(word) is not None or bool(gaz.lookup_exact(word, types=("COUNTRY", "CITY")))


def _shared_surname(gaz, q: NameQuery, nxt: NameQuery, gap: Optional[str]) -> Optional[str]:
    """The surname `q` takes from `nxt`, or None."""
    if gap not in JOINERS or not _ONE_WORD.fullmatch(q.text) or not _person_or_body_label(nxt.label):
        return None
    words = nxt.text.split()
    if len(words) < 2 or not _ONE_WORD.fullmatch(words[0]) or not _ONE_WORD.fullmatch(words[-1]):
        return None
    if title_right_before(q.context_before):
        return None   # "Pope Francis and Mike Pence": a title before the first name
    if not (is_given_name(gaz, q.text) and is_given_name(gaz, words[0])) or _names_a_place_or_people(gaz, q.text):
        return None
    return family_name(words)


def _relatives_surname(q: NameQuery, earlier: Sequence[NameQuery]) -> Optional[str]:
    """The surname a lone given name after "his sister", "X's daughter" takes from the person named
    just before the kin word in the same sentence, or None."""
    if not _ONE_WORD.fullmatch(q.text) or not KIN_BEFORE.search(q.context_before):
        return None
    for p in reversed(earlier):
        if p.end_char > q.start_char:
            continue
        if not any(part in ("PERSON", "GAZ:PERSON", "SPEAKER") for part in p.label.split("|")) or \
                p.text not in q.context_before:
            return None   # the nearest name before is no person's, or not in this sentence
        words = p.text.split()
        if not (_ONE_WORD.fullmatch(words[-1]) or "-" in words[-1]):
            return None
        surname = family_name(words)
        return feminine_form(surname) if is_female_relative(q) else surname
    return None


_FEMALE_KIN = re.compile(r"\b(?:daughter|sister|mother|wife|widow)\s*,?\s*$", re.IGNORECASE)
# masculine endings of Slavic and Central Asian surnames whose feminine form is regular ("Nazarbayev" ->
# "Nazarbayeva", "Kowalski" -> "Kowalska")
_FEMININE_ENDINGS = (("ov", "ova"), ("ev", "eva"), ("sky", "skaya"), ("ski", "ska"))


def is_female_relative(q: NameQuery) -> bool:
    """Is the relative a woman, by the kin word before the name ("his daughter") or the given name?"""
    return bool(_FEMALE_KIN.search(q.context_before or "")) or sex_of_given_name(q.text) == "f"


def feminine_form(surname: str) -> str:
    """A woman's form of a surname whose masculine ending has a regular feminine one ("Nazarbayev" ->
    "Nazarbayeva", "Kowalski" -> "Kowalska"); other surnames as they are ("Badawi")."""
    for masculine, feminine in _FEMININE_ENDINGS:
        if surname.endswith(masculine) and " " not in surname:
            return surname[: -len(masculine)] + feminine
    return surname


def with_shared_surnames(gaz, queries: Sequence[NameQuery], text: Optional[str],
                         candidates: Sequence[bool] = ()) -> list[Optional[NameQuery]]:
    """`queries`, a given name joined by "and" to a person's full name asked with that name's surname
    (see the module's doc); None for a query flagged in `candidates` (the recogniser's "coordinated"
    guesses) that takes none. Without the article's text or gazetteer, no guess is kept."""
    out: list[Optional[NameQuery]] = list(queries)
    for i, q in enumerate(queries):
        nxt = queries[i + 1] if i + 1 < len(queries) else None
        surname = None if gaz is None or not text or nxt is None else \
            _shared_surname(gaz, q, nxt, text[q.end_char:nxt.start_char])
        if surname is not None:   # both names a person's, whatever the model called them
            out[i] = q._replace(text=q.text + " " + surname, label="PERSON")
            out[i + 1] = nxt._replace(label="PERSON")
            continue
        relatives = _relatives_surname(q, queries[:i])
        if relatives is not None:
            out[i] = q._replace(text=q.text + " " + relatives, label="PERSON")
        elif i < len(candidates) and candidates[i]:
            out[i] = None
    return out
