"""A body's name with "and" inside it that the model cut in two: "the rebel Justice and Equality
Movement" came out as a body "Justice" and a body "Equality Movement", "the AU Peace and Security
Council" as a body "Security Council" alone (which then read as the UN's).

Movements, councils and commissions are named by two ideals joined by "and" and the word for their
kind ("Justice and Equality Movement", "Peace and Security Council", "Truth and Reconciliation
Commission"); the small model ends the name at "and". A reader sees one name: one capitalised word,
"and", and right after it the model's body of two words, an ideal and the word that says what kind
of body it is (`BODY_HEADS`), all in one sentence. The first word must be no name of its own, nor
part of another name the model found but a body's or a person's: a word the gazetteer knows as a
body, a place or a person keeps the two apart ("Fatah and Hamas Movement leaders"), and so does a
longer second name ("Hamas and Islamic Jihad Movement fighters": two bodies).
"""
from __future__ import annotations

from spacy.tokens import Doc

# the last word of a body's name that says its kind, after two ideals joined by "and"
BODY_HEADS = frozenset({"movement", "council", "commission", "committee", "front", "party", "union",
                        "alliance", "congress", "league", "organisation", "organization", "authority"})
_FIRST_LABELS = ("ORG", "PERSON")   # the model calls the first ideal a body or a person ("Peace"), or nothing


def _capitalised(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()


def joined_at_and(doc: Doc, ner: list, gaz: list) -> list:
    """`ner` ((start, end, label) token spans) with a body's name the model cut at its "and" made one
    body ("Justice" + "Equality Movement": "Justice and Equality Movement"); `gaz` the gazetteer's spans."""
    known = {t for s, e, _ in gaz for t in range(s, e)}
    spans = sorted(ner)
    joined: dict = {}   # the body's span -> the first word's model span (or None)
    for s, e, lab in spans:
        w = s - 2   # the first word, before "and"
        if lab != "ORG" or e - s != 2 or w < 0 or doc[s - 1].lower_ != "and" \
                or doc[e - 1].lower_ not in BODY_HEADS or not all(_capitalised(t) for t in doc[s:e]) \
                or not _capitalised(doc[w]) or w in known or any(doc[t].is_sent_start for t in range(w + 1, e)):
            continue
        first = next((sp for sp in spans if sp[0] <= w < sp[1]), None)
        if first is not None and (first != (w, w + 1, first[2]) or first[2] not in _FIRST_LABELS):
            continue   # the word is part of a longer name, or a place or a people the model found
        joined[(s, e, lab)] = first
    if not joined:
        return spans
    dropped = {f for f in joined.values() if f is not None}
    out = []
    for sp in spans:
        if sp in dropped:
            continue
        out.append((sp[0] - 2, sp[1], "ORG") if sp in joined else sp)
    return sorted(out)
