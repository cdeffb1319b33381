"""Which of the gazetteer matcher's party short forms ("Labour", "Tories", "Democrats") are names.

The forms come from gazetteer/party_forms.py and are matched case-sensitively as the label
`PARTY`. A capitalised word is not always a party's; a form is dropped when it is

- read by the model as something else: a PERSON "Mr Green", a DATE or EVENT "Labour Day";
- an adjective the model read as a creed's or a group's (NORP: "the Communist system", "Eastern
  European countries"); a plural ("the Tories") names the party's members and stays;
- inside a longer known name ("Democrats" in "Liberal Democrats", "Labour" in "Labour Party");
- a lone adjective opening a sentence before a lower-case word ("Conservative estimates put ...");
- a lone adjective before a capitalised word other than an institution or a plural ("Labour Day",
  "National Insurance" are names of their own; "a Conservative Government", "Labour Members" are
  the party's).

The resolver decides the rest by the article's country.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from gazetteer.model import INSTITUTION_WORDS
from gazetteer.party_forms import LABEL

_OTHER_READINGS = {"PERSON", "DATE", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "FAC", "LOC", "GPE", "TIME"}


def _plausible(doc: Doc, span: Span, other_tokens: set, creed_tokens: set, longer: list) -> bool:
    if any(t in other_tokens for t in range(span.start, span.end)):
        return False
    if not span.text.endswith("s") and any(t in creed_tokens for t in range(span.start, span.end)):
        return False
    if any(s <= span.start and span.end <= e and e - s > len(span) for s, e in longer):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if len(span) == 1 and nxt is not None and nxt.is_alpha:
        if span[0].is_sent_start and nxt.is_lower and not span.text.endswith("s"):
            return False
        if nxt.is_title and not span.text.endswith("s") and not (nxt.lower_ in INSTITUTION_WORDS
                                                                  or nxt.lower_.endswith("s")):
            return False
    return True


def plausible_party_words(doc: Doc, spans: list) -> list:
    """The gazetteer matcher's spans without the party short forms that are no party's name here."""
    if not any(s.label_ == LABEL for s in spans):
        return spans
    other_tokens = {t for ent in doc.ents if ent.label_ in _OTHER_READINGS for t in range(ent.start, ent.end)}
    creed_tokens = {t for ent in doc.ents if ent.label_ == "NORP" for t in range(ent.start, ent.end)}
    longer = [(s.start, s.end) for s in spans if len(s) > 1]
    return [s for s in spans if s.label_ != LABEL or _plausible(doc, s, other_tokens, creed_tokens, longer)]
