"""A thing taken back from a person that sends him away: "the accreditation of the attaché was withdrawn",
"revoked the diplomatic status of two envoys", "two diplomats had their accreditation withdrawn" (patterns/grammar.json
revocations). The verb is the trigger (kind "expel"); the person is the thing's "of", or the subject of "have" whose
object the thing is; who takes it back is the verb's "by" or, active, its subject.

    revoked_from(verb) -> the person, or None
"""
from __future__ import annotations

from transforms.expulsions.parse_words import PATTERNS, _child, _passive, _prep_objects, lemma, normalise

REVOCATIONS = PATTERNS["revocations"]   # thing -> verbs


def _thing_words(thing) -> str:
    """The words of a thing as the data holds them: its modifiers and itself ("diplomatic status")."""
    words = [t for t in thing.children if t.dep_ in ("compound", "amod") and t.i < thing.i] + [thing]
    return " ".join(normalise(t.text) for t in sorted(words, key=lambda t: t.i))


def revoked_thing(verb):
    """The thing of revocations `verb` takes back: its object, its passive subject, or the noun it is a participle on
    ("had their accreditation withdrawn"); else None."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        things.append(verb.head)
    verbs = {lemma(verb), verb.lemma_.lower()}
    return next((t for t in things if verbs & set(REVOCATIONS.get(_thing_words(t), ()))), None)


def revoked_from(verb):
    """The person whose thing `verb` takes back (see the module): the thing's "of" ("the accreditation of two
    diplomats"), or the subject of "have" whose object the thing is ("two diplomats had their accreditation
    withdrawn"); else None (a possessive alone, "withdrew his accreditation", is left to the story)."""
    thing = revoked_thing(verb)
    if thing is None:
        return None
    holder = next((o for _, o in _prep_objects(thing, "of")), None)
    if holder is not None:
        return holder
    if thing.dep_ == "dobj" and lemma(thing.head) == "have" and thing.head != verb:
        return _child(thing.head, "nsubj")
    return None


def revoker(verb):
    """Who takes the thing back: the "by" of the verb; an active verb's subject; else None."""
    by = next((o for _, o in _prep_objects(verb, "by")), None)
    if by is not None or _passive(verb) or verb.dep_ == "acl":
        return by
    return _child(verb, "nsubj")
