"""A name the model read whole in one place of an article is one name wherever the article writes it.

The model reads a name it does not know by its context, and may miss or cut it in one sentence and find it
whole in the next: "The Pathet Lao took control of the ministries, and Pathet Lao troops entered the city"
comes out as "Pathet Lao" the second time only, and the first is read in pieces: "Lao" (the people of Laos,
so a mention of Laos) by the gazetteer, "Pathet" as an echo of the name. A reader takes the same words for
the same name both times. Where the article holds a span of the model's of two words or more, the same words
elsewhere (as written, capitalised, in one sentence), where the model found nothing or only pieces lying
wholly inside them, become one span with the whole's label; words a longer span of the model's runs through
are left to it ("the Pathet Lao Radio" is the radio's).
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

MIN_WORDS = 2


def _name_words(doc: Doc, s: int, e: int) -> bool:
    """Words of a name: each title-case or capitals, no line or sentence break inside."""
    return all(not t.is_space and t.text[:1].isupper() for t in doc[s:e]) \
        and not any(doc[k].is_sent_start for k in range(s + 1, e))


def joined_as_elsewhere(doc: Doc, ner: Sequence[tuple]) -> list:
    """`ner` ((start, end, label) spans) with the pieces of a name the model found whole elsewhere in the
    article joined into one span of that name's label ("Pathet" and "Lao" where "Pathet Lao" is found)."""
    wholes: dict = {}
    for s, e, lab in ner:
        if e - s >= MIN_WORDS and _name_words(doc, s, e):
            wholes.setdefault(tuple(t.text for t in doc[s:e]), lab)
    if not wholes:
        return list(ner)
    spans = list(ner)
    taken = {(s, e) for s, e, _ in spans}
    for words, lab in wholes.items():
        n = len(words)
        for i in range(len(doc) - n + 1):
            if (i, i + n) in taken or doc[i].text != words[0] or tuple(t.text for t in doc[i:i + n]) != words \
                    or not _name_words(doc, i, i + n):
                continue
            touching = [sp for sp in spans if sp[0] < i + n and i < sp[1]]
            if any(s < i or e > i + n for s, e, _ in touching):
                continue   # a longer name running through these words
            spans = [sp for sp in spans if sp not in touching] + [(i, i + n, lab)]
            taken.add((i, i + n))
    return sorted(spans)
