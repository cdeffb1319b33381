"""The name a linked person is reported under: the reference name, for a person only the Phoenix dictionary knows
without the mother's surname news leaves out ("Felipe Gonzalez Marquez" -> "Felipe Gonzalez") and without the middle
names the article leaves out ("Cleopa David Msuya" written "Cleopa Msuya"), unless the article writes them.
"""
from __future__ import annotations

from gazetteer.model import Entity, normalise
from gazetteer.people import only_phoenix, reference_name
from gazetteer.person_match import SPANISH_NAMING, _SURNAME_PARTICLES, _names_less_last_word


def words_written_for(queries, results) -> dict:
    """{entity id: the normalised words of the article's names linked to it}."""
    written: dict = {}
    for q, r in zip(queries, results):
        e = getattr(r, "entity", None)
        if e is not None:
            written.setdefault(e.entity_id, set()).update(normalise(q.text).split())
    return written


def reported_name(gaz, e: Entity, written=()) -> str:
    """The name a person is reported under (`people.reference_name`); a person of Spanish naming only the
    Phoenix dictionary knows, without the mother's surname, as reference works and news name them
    ("Felipe Gonzalez Marquez" -> "Felipe Gonzalez", "Augusto Pinochet Ugarte" -> "Augusto Pinochet"),
    unless what is left ends in a given name ("Luis Diego Escalante") or a particle ("Carlos Salinas de
    Gortari"), or the article itself writes that surname (`written`: the words of its names for `e`:
    "Victor Paz Estenssoro" is reported so); and without the middle names the article leaves out
    (`without_unwritten_middle_names`)."""
    name = reference_name(e)
    if not only_phoenix(e):
        return name
    words = name.split()
    if e.country_code in SPANISH_NAMING and len(words) >= 3:
        _, given = _names_less_last_word(gaz)
        last_kept = normalise(words[-2])
        if not (last_kept in given or last_kept in _SURNAME_PARTICLES or normalise(words[-1]) in written):
            words = words[:-1]
    return " ".join(without_unwritten_middle_names(words, written))


def without_unwritten_middle_names(words: list, written) -> list:
    """A Phoenix-only person's name words without the middle names when the article writes the first
    and the last words and none of the middle ones ("Cleopa David Msuya" written "Cleopa Msuya", as
    reference works name him too); as they are otherwise. An article that writes a word of its own
    besides them writes a middle name spelt otherwise ("Yon Hyung Muk" of "Yon Hyong Muk"): no middle
    name is left out."""
    if len(words) < 3 or not written:
        return words
    keys = [normalise(w) for w in words]
    if keys[0] in written and keys[-1] in written and not any(k in written for k in keys[1:-1]) \
            and set(written) <= set(keys):
        return [words[0], words[-1]]
    return words
