"""A government named by its leader's surname is a body, and the surname in it the leader.

"a moderate in the Jayewardene Cabinet", "the Suharto government", "the Nixon administration": the model
sometimes reads the whole span as a person ("Jayewardene Cabinet"), whom no one is called, and the leader's
later bare surname then joins that no one's cluster. `governments_by_leader` relabels a person's span that
ends with a word of government (`GOVERNMENT_WORDS`) as a body and adds the name before that word as a
person, as the model itself reads "the Thatcher Cabinet" (a body, and Thatcher in it).
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

GOVERNMENT_WORDS = frozenset({"cabinet", "government", "administration", "regime"})


def governments_by_leader(doc: Doc, ner: Sequence[tuple]) -> list:
    """The model's (start, end, label) spans, a PERSON's ending with a word of government ("Jayewardene
    Cabinet") read as an ORG with the capitalised name before that word as a PERSON."""
    out = []
    for s, e, lab in ner:
        if lab == "PERSON" and e - s >= 2 and doc[e - 1].lower_ in GOVERNMENT_WORDS \
                and all(t.is_alpha and t.text[:1].isupper() for t in doc[s:e - 1]):
            out.extend([(s, e, "ORG"), (s, e - 1, "PERSON")])
        else:
            out.append((s, e, lab))
    return out
