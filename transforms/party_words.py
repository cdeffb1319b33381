"""Which of the gazetteer matcher's party short forms ("Labour", "Tories", "Democrats") are names.

The forms come from gazetteer/party_forms.py and are matched as the label `PARTY`. A capitalised
word is not always a party's; a form is dropped when it is

- read by the model as something else: a PERSON "Mr Green", a DATE or EVENT "Labour Day";
- an adjective the model read as a creed's or a group's (NORP: "the Communist system", "Eastern
  European countries"); a plural ("the Tories") names the party's members and stays, and so does an
  adjective before a party's people or government ("Conservative MP", "the Socialist government":
  gazetteer.party_cues.PARTY_WORDS_AFTER);
- inside a longer known name ("Democrats" in "Liberal Democrats", "Labour" in "Labour Party"), or
  not capitalised as the party writes it ("conservative Democrats");
- the head of a state organ's name: before an organ's word ("the Labor Department", "Labour
  Ministry", "the Irish Republican Army"), or after a capitalised word inside a longer name ("the
  Higher Labour Court", "Senate Labor Committee", "Social\\nDemocrats" broken by a line, "the Federal
  Office of Industry, Trade and Labour", however the model cut it); a country, a nationality or a place
  before it is no such word ("British Labour", "Washington Democrats"), nor a chamber before a plural
  ("House Democrats", "Senate Republicans": the party's members there);
- a lone adjective opening a sentence before a lower-case word ("Conservative estimates put ...");
- a lone adjective before a capitalised word other than a party's own body or a plural ("Labour
  Day", "National Insurance" are names of their own; "a Conservative Government", "Labour Members"
  are the party's).

The resolver decides the rest by the article's country.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from gazetteer.model import INSTITUTION_WORDS
from gazetteer.party_cues import PARTY_WORDS_AFTER
from gazetteer.party_forms import LABEL

_OTHER_READINGS = {"PERSON", "DATE", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "FAC", "LOC", "GPE", "TIME"}
_PARTY_BODIES = {"government", "administration", "cabinet", "party", "group"}   # what a party has or forms
_ORGANS = (INSTITUTION_WORDS - _PARTY_BODIES) | {"directorate", "organization", "organisation", "board",
                                                 "relations", "movement", "federation", "inspectorate"}
_PLACES = ("NORP", "COUNTRY", "CITY")
# the chambers a party's members sit in: "House Democrats", "Senate Republicans", "Assembly Tories"
_CHAMBERS = {"house", "senate", "assembly", "congress", "parliament", "commons", "congressional",
             "parliamentary"}


def _word(doc: Doc, i: int, step: int) -> Optional[Token]:
    """The next word from token i in direction `step`, over line breaks and spaces."""
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return doc[i] if 0 <= i < len(doc) else None


def _name_heads(doc: Doc, known: set) -> tuple[list, set]:
    """(first word, end) of the model's ORG and FAC spans, past a leading article; and the last words
    of those the gazetteer does not know (a body's name the model cut short: "the Federal Office of
    Industry, Trade" before "and Labour")."""
    heads, open_ends = [], set()
    for ent in doc.ents:
        if ent.label_ in ("ORG", "FAC"):
            first = ent.start
            while first < ent.end - 1 and (doc[first].lower_ in ("the", "a", "an") or doc[first].is_space):
                first += 1
            heads.append((first, ent.end))
            if not any(t in known for t in range(ent.start, ent.end)):
                open_ends.add(ent.end - 1)
    return heads, open_ends


def _plausible(doc: Doc, span: Span, other_tokens: set, creed_tokens: set, place_tokens: set,
               longer: list, heads: list, open_ends: set) -> bool:
    tokens = range(span.start, span.end)
    plural = span.text.endswith("s")
    nxt = _word(doc, span.end, 1)
    said_of_party = nxt is not None and nxt.lower_ in PARTY_WORDS_AFTER   # "Conservative MP", "Socialist government"
    if any(t in other_tokens for t in tokens) or (not plural and not said_of_party
                                                  and any(t in creed_tokens for t in tokens)):
        return False
    if any(s <= span.start and span.end <= e and e - s > len(span) for s, e in longer):
        return False
    if any(first < span.start < end for first, end in heads):
        return False   # inside the model's name of a body, after its first word: "Office of Trade and Labour"
    nxt, prev = _word(doc, span.end, 1), _word(doc, span.start - 1, -1)
    if prev is not None and prev.lower_ in ("and", "&"):
        before = _word(doc, prev.i - 1, -1)
        if prev.i in open_ends or (before is not None and before.i in open_ends):
            return False   # "Industry, Trade and Labour": the rest of a body's name
    if nxt is not None and nxt.lower_ in _ORGANS:
        return False
    members = plural and prev is not None and prev.lower_ in _CHAMBERS   # "House Democrats": the party's members
    if prev is not None and (prev.is_title or prev.is_upper) and prev.is_alpha and not prev.is_sent_start \
            and not prev.is_stop and prev.i not in place_tokens and not members:   # not "The Conservative government"
        return False
    if len(span) == 1 and not plural and nxt is not None and nxt.is_alpha:
        if span[0].is_sent_start and nxt.is_lower:
            return False
        if nxt.is_title and not (nxt.lower_ in _PARTY_BODIES or nxt.lower_.endswith("s")):
            return False
    return True


def plausible_party_words(doc: Doc, spans: list) -> list:
    """The gazetteer matcher's spans without the party short forms that are no party's name here."""
    if not any(s.label_ == LABEL for s in spans):
        return spans
    other_tokens = {t for ent in doc.ents if ent.label_ in _OTHER_READINGS for t in range(ent.start, ent.end)}
    creed_tokens = {t for ent in doc.ents if ent.label_ == "NORP" for t in range(ent.start, ent.end)}
    place_tokens = {t for s in spans if s.label_ in _PLACES for t in range(s.start, s.end)}
    # a form matched in another case is none ("conservative Democrats")
    spans = [s for s in spans if s.label_ != LABEL or all(t.text[:1].isupper() for t in s if t.is_alpha)]
    longer = [(s.start, s.end) for s in spans if len(s) > 1]
    heads, open_ends = _name_heads(doc, {t for s in spans for t in range(s.start, s.end)})
    return [s for s in spans if s.label_ != LABEL
            or _plausible(doc, s, other_tokens, creed_tokens, place_tokens, longer, heads, open_ends)]
