"""The doer of a participle that follows "with" and a name: "with the United States alone, expelling 48 Russians".

    with_doer(participle) -> the name after "with", or None

"The crisis mobilized most allies, with the United States alone, expelling 48 Russians": the parser hangs
"expelling" on the main verb as an adverbial clause and "with the United States" on it too; the participle tells
what the name after "with" did, not what the main verb's subject did. Only a participle with no subject of its
own, right after the "with" phrase (nothing but punctuation or an adverb such as "alone" between), and only a name (a proper noun): "expelled 23
diplomats with immediate effect, sending them home" is the subject's own act.
"""
from __future__ import annotations


def with_doer(participle):
    """The proper-noun object of a "with" phrase on the participle's governing verb that ends right before it."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in participle.children):
        return None
    for prep in participle.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i > participle.i:
            continue
        between = participle.doc[prep.right_edge.i + 1:participle.i]
        if any(not (t.is_punct or t.pos_ == "ADV") for t in between):   # (", alone," may hang on the main verb)
            continue
        doer = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if doer is not None and doer.pos_ == "PROPN":
            return doer
    return None
