"""Wire-copy datelines: "LONDON -", "NEW YORK, March 26 (Reuters) -", "KHARKIV, Ukraine (AP) —", the old AP
wire's underscore for a dash ("MOSCOW (AP) _"), TASS's agency between slashes ("MOSCOW, March 30. /TASS/."),
and the agency's name before the place, as Xinhua's English wire long wrote it ("Xinhua News Agency Monrovia
November 22 -": `_AGENCY_FIRST`, an agency's name by its last word, a place of one to three capitalised words,
a month and a day, a dash; "Dar es Salaam").

A place in capitals at the start of a text, an optional date or region after a comma, an optional
agency in brackets, then a dash, or else the agency between slashes (which the tokenizer cuts
from its slashes, `split_agency_slashes`, so that the agency is a name of its own). Two readers get it wrong without help: spaCy's model runs the
place into the name after the dash ("KYIV - Zelenskiy" as one ORG, "DOHA - Crown Prince Mohammed
bin Salman" as another), and the parser takes the place for the subject of the first sentence
("LONDON - More than 20 countries expelled ..." with London as the one who expels).
`mark_dateline` (a pipeline component before `ner`) presets the place as a GPE entity and the dash
as outside any entity, which the entity recogniser respects; `dateline_length` tells the
expulsion reader how much of a sentence to leave unparsed.
"""
from __future__ import annotations

import re

from gazetteer.people import HONORIFICS
from transforms.tokenizer_edits import carry_marks

_DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)*)(?:,(?:[^\n.()\u2014\u2013-]|\.(?= )){1,40})?"
                       r"\s*(?:\([^()\n]{1,40}\))?\s*(?P<dash>--?|\u2014|\u2013|_|/(?P<slashed>[A-Z][A-Za-z-]{1,15})/\.?)"
                       r"\s+(?=\S)")
COMPONENT = "newsnorm_dateline"
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?|"
          r"Sept(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_CAPITALISED = r"[A-Z][a-z'\u2019-]+"
_PLACE_LINK = r"(?:es|de|del|da|al|el|la|le|du|of)"       # "Dar es Salaam", "Rio de Janeiro"
_AGENCY_FIRST = re.compile(r"\s*(?P<agency>(?:[A-Z][A-Za-z'-]* ){0,4}(?:News Agency|Press Agency|Agency|News Service))"
                           rf" (?P<place>{_CAPITALISED}(?: (?:{_PLACE_LINK} )?{_CAPITALISED}){{0,2}}),? (?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})"
                           r"(?:,? \d{4})?\s*(?P<dash>--?|\u2014|\u2013)\s+(?=\S)")


def _match(text: str):
    m = _DATELINE.match(text)
    if m and m.group("place")[:2].isupper() and any(c.isalpha() for c in m.group("place")):
        return m
    return _AGENCY_FIRST.match(text)


def dateline_length(sentence: str) -> int:
    """Characters of the dateline a sentence starts with ("WASHINGTON (Reuters) - "), else 0."""
    m = _match(sentence)
    return m.end() if m else 0


# the South Asian and Gulf press's dateline: a place in capitals and a colon ("ISLAMABAD: Pakistan has ...")
_COLON_DATELINE = re.compile(r"\s*(?P<place>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}):\s+(?=[A-Z\"\u201c])")


def place_dateline_length(text: str) -> int:
    """Characters of the dateline a text opens with, for telling which state the text is about: a wire
    dateline (`dateline_length`) or a place in capitals and a colon ("NEW DELHI: The Ministry ..."), else 0.
    The colon form is no dateline to the expulsion reader: "CANADA: Four Russians expelled" heads a list
    whose state is the one that acts, and that reading stays (it gives the same state)."""
    m = _COLON_DATELINE.match(text)
    if m is not None and m.group("place")[:2].isupper() and not dateline_length(text):
        return m.end()
    return dateline_length(text)


def text_head(doc, chars: int) -> str:
    """`doc.text[:chars]`, joined from the first tokens only (`Doc.text` joins every token's text)."""
    pieces, length = [], 0
    for tok in doc:
        if length >= chars:
            break
        pieces.append(tok.text_with_ws)
        length += len(pieces[-1])
    return "".join(pieces)[:chars]


def mark_dateline(doc):
    """Preset a text's dateline place as a GPE entity and its dash as no entity (an agency between
    slashes as an ORG entity), for `ner` to keep."""
    head = text_head(doc, 160)
    m = _match(head)
    if m is None:
        return _mark_colon_dateline(doc, head)
    place = doc.char_span(m.start("place"), m.end("place"), label="GPE", alignment_mode="contract")
    if "agency" in m.groupdict():   # "Xinhua News Agency Monrovia November 22 -": the agency and the place
        agency = doc.char_span(m.start("agency"), m.end("agency"), label="ORG")
        dash = doc.char_span(m.start("dash"), m.end("dash"), alignment_mode="expand")
        if place is not None and agency is not None and dash is not None and 0 < len(place) <= 5:
            doc.set_ents([agency, place], outside=[dash], default="unmodified")
        return doc
    if m.groupdict().get("slashed"):
        agency = doc.char_span(m.start("slashed"), m.end("slashed"), label="ORG")
        if place is not None and agency is not None and 0 < len(place) <= 4 and agency.start >= place.end:
            doc.set_ents([place, agency], default="unmodified")
        return doc
    dash = doc.char_span(m.start("dash"), m.end("dash"), alignment_mode="expand")
    if place is None or dash is None or len(place) == 0 or len(place) > 4 or dash.start < place.end:
        return doc
    doc.set_ents([place], outside=[dash], default="unmodified")
    return doc


def _mark_colon_dateline(doc, head: str):
    """Preset the place of a dateline in capitals and a colon ("AMRITSAR: Police ...") as a GPE entity, where
    the model has no entity on those words (the model reads few such capitals as a place) and it opens with no
    title (a speaker's name in a transcript)."""
    m = _COLON_DATELINE.match(head)
    if m is None or not m.group("place")[:2].isupper() or m.group("place").split()[0].lower() in HONORIFICS:
        return doc   # "LORD VANSITTART:", "MR SPEAKER:" open a speech in a transcript
    place = doc.char_span(m.start("place"), m.end("place"), label="GPE", alignment_mode="contract")
    if place is None or len(place) == 0 or len(place) > 3 or any(t.ent_type_ for t in place):
        return doc
    doc.set_ents([place], default="unmodified")
    return doc


# an agency's name between slashes, as one token leaves it ("/TASS/."): the slashes and the stop are cut off
_SLASHED_PREFIX = re.compile(r"^/(?=[A-Z][A-Za-z-]{1,15}/\.?$)")
_SLASHED_SUFFIX = re.compile(r"(?<=[A-Za-z])/\.?$")
_SLASHED_REST = re.compile(r"^[A-Z][A-Za-z-]{1,15}/\.?$")
# an agency's closing bracket run into the dateline's dash ("(AFP)- Dutch police ..."): the dash is cut off
_BRACKET_DASH_SUFFIX = re.compile(r"(?<=\))(?:--?|\u2014|\u2013)$")
_BRACKET_DASH_REST = re.compile(r"^[A-Z][A-Za-z]{1,15}\)(?:--?|\u2014|\u2013)$")


def split_agency_slashes(nlp):
    """Make `nlp`'s tokenizer cut an agency's name from the slashes around it ("/TASS/." is "/", "TASS",
    "/."), only where a word is nothing but a capitalised name and its slashes: a capitalised word's
    closing slash goes too ("Baltimore/" in a table's column of ports), a lower-case word's or a
    number's never ("and/or", "/home/", "24/7"); and cut the dash off an agency's closing bracket run into
    it ("(AFP)-", which spaCy leaves one word "AFP)-") (idempotent)."""
    tokenizer = nlp.tokenizer
    if getattr(tokenizer.prefix_search, "newsnorm_slashes", False):
        return nlp
    base_prefix, base_suffix = tokenizer.prefix_search, tokenizer.suffix_search

    def prefix(text: str):
        found = _SLASHED_PREFIX.search(text)
        return found if found is not None else base_prefix(text) if base_prefix is not None else None

    def suffix(text: str):
        found = _SLASHED_SUFFIX.search(text) if _SLASHED_REST.match(text) else \
            _BRACKET_DASH_SUFFIX.search(text) if _BRACKET_DASH_REST.match(text) else None
        return found if found is not None else base_suffix(text) if base_suffix is not None else None

    carry_marks(prefix, base_prefix).newsnorm_slashes = True
    carry_marks(suffix, base_suffix)   # (a reference-mark hook it wraps is still seen as made)
    tokenizer.prefix_search = prefix    # the setters flush spaCy's cache of earlier splits
    tokenizer.suffix_search = suffix
    return nlp


def with_datelines(nlp):
    """Add `mark_dateline` right before the entity recogniser (once), and make the tokenizer cut an
    agency from its slashes. spaCy is imported here, not at the top: the expulsion reader imports this
    module in the process that only builds the graph."""
    split_agency_slashes(nlp)
    from spacy.language import Language
    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=mark_dateline)
    if "ner" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="ner")
    return nlp


# a dateline opening a line inside a text: a digest's story ("    BELFAST - Mourners ...", "ZEEBRUGGE, Belgium -
# A stricken ferry ..."): a place in capitals, an optional region after a comma, a dash, a capitalised word
_LINE_DATELINE = re.compile(r"\n[ \t]*(?P<place>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2})"
                            r"(?:, [A-Z][A-Za-z.'\u2019-]+(?: [A-Z][A-Za-z.'\u2019-]+){0,2})?"
                            r"[ \t]+(?P<dash>--?|\u2014|\u2013)[ \t]+(?=[A-Z\"\u201c])")


def paragraph_datelines(doc, places):
    """`doc` with the dateline of each story of a digest, a known place in capitals opening a line inside the
    text (`places`: the recogniser's city and state phrases, in title case, "Belfast"), read as the text's
    own dateline is: the place an entity (GPE) of its own, the dash outside any entity, the words after it
    no part of the place ("MANILA - Communist rebels" is no name; "WASHINGTON - Jordanian Prime Minister"
    keeps "Jordanian"), and the place opening a sentence (where no parser set the sentences)."""
    from spacy.tokens import Span   # here, not at the top: see `with_datelines`
    ents, changed = list(doc.ents), False
    for m in _LINE_DATELINE.finditer(doc.text):
        if m.group("place").title() not in places:
            continue   # "NOTE -", a table's heading: no dateline
        place = doc.char_span(m.start("place"), m.end("place"), label="GPE")
        dash = doc.char_span(m.start("dash"), m.end("dash"))
        if place is None or dash is None:
            continue
        kept = []
        for e in ents:
            if e.end <= place.start or e.start >= dash.end:
                kept.append(e)
            elif e.end > dash.end and doc[dash.end].text[:1].isupper():   # the name after the dash, alone
                kept.append(Span(doc, dash.end, e.end, label=e.label_))
        ents, changed = kept + [place], True
        if not doc.has_annotation("DEP"):
            doc[place.start].is_sent_start = True
    if changed:
        doc.set_ents(sorted(ents, key=lambda e: e.start), default="unmodified")
    return doc
