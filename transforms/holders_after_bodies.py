"""An office in a body, named between the holder's title and name: the body's name ends where the holder's begins.

"the Director of the National Intelligence Service Suh Hoon", "Afghanistan's chairman of the High Council for
National Reconciliation Abdullah Abdullah": the model reads the body and the holder's name after it as one body,
so neither the body's name nor the person is found. After an office's title word and "of" ("the"), the body's
name ends before
- a person's name the gazetteer knows, of two words or more, that ends the span ("... Reconciliation | Abdullah
  Abdullah"), or
- two or three capitalised name words that end the span after a word bodies' names end with ("Service",
  "Council", "Agency": gazetteer.org_names.GENERIC_WORDS): "... Intelligence Service | Suh Hoon";
and those words are the holder's name, a person's. (An office of a state is transforms/envoy_posts.py's.)
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from gazetteer.given_names import is_title_word
from gazetteer.org_names import FEATURE_WORDS, GENERIC_WORDS

OFFICE_WORDS = frozenset({"director", "chairman", "chairwoman", "chair", "head", "chief", "president", "secretary",
                          "minister", "commander", "governor", "spokesman", "spokeswoman", "spokesperson",
                          "leader", "member", "deputy", "general", "secretary-general", "director-general"})
_MIN_BODY_WORDS = 2


def _name_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.text.replace("-", "").replace("'", "").isalpha() \
        and tok.lower_ not in GENERIC_WORDS and tok.lower_ not in FEATURE_WORDS and not is_title_word(tok.text)


def _after_office_of(doc: Doc, s: int) -> bool:
    """Do an office's title word and "of" (then "the") stand right before token `s` ("Director of the")?"""
    t = s - 1
    if t >= 0 and doc[t].lower_ == "the":
        t -= 1
    return t >= 1 and doc[t].text == "of" and doc[t - 1].lower_ in OFFICE_WORDS


def holders_after_bodies(doc: Doc, ner: Sequence[tuple], gaz: Sequence[tuple]) -> list:
    """`ner` ((start, end, label) token spans of the model's names) with each body's span after an office's
    title and "of" that runs on into the holder's name cut in two: the body's name and the holder's."""
    known_people = {e: s for s, e, lab in gaz if lab == "GAZ:PERSON" and e - s >= 2}
    out = []
    for s, e, lab in ner:
        if lab == "ORG" and _after_office_of(doc, s):
            b = known_people.get(e)
            if b is None or b - s < _MIN_BODY_WORDS:
                b = next((e - n for n in (2, 3) if e - n - s >= _MIN_BODY_WORDS
                          and doc[e - n - 1].lower_ in GENERIC_WORDS
                          and all(_name_word(doc[t]) for t in range(e - n, e))), None)
            if b is not None:
                out += [(s, b, "ORG"), (b, e, "PERSON")]
                continue
        out.append((s, e, lab))
    return sorted(out)
