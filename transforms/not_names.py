"""Tokens that look like names of places or countries but, by their shape beside their neighbours, are not.

- a time zone after a clock time: "at 1700 EST", "10 a.m. CET" (no Estonia, no country code);
- an abbreviated state or province after a place and a comma: "Allegheny County, Pa.", "Ashland, Ky.", "ST.
  PAUL, Minn., Feb. 3" (a dateline's town in capitals)
  (a short word with a dot is an abbreviation, not a town that happens to be spelled "Pa");
- a person's initials before the surname: "WB Yeats", "JK Rowling" (no World Bank): two
  capitals right before one capitalised word that ends the name and is no body's word ("UN Women",
  "US Army", "EU Foreign Policy" keep their body).
- an adjective opening a sentence before a lower-case word, taken for a person's surname: "Major
  cocoa exporters", "Brown rice prices" (no John Major, no Gordon Brown); the tagger reads the word as
  an adjective there, while a surname before a noun stays a proper noun ("Bush administration officials").
- such an adjective before a country's or people's name and a lower-case word: "Major U.K. banks",
  "Major European airlines" (the tagger often reads "Major" there as a proper noun);
- "PNG" after a form of "declare" or "persona non grata" in its sentence, or before "action": the diplomats' short form
  of persona non grata ("two attaches were declared PNG"), no Papua New Guinea ("PNG declared a state
  of emergency" keeps the country).
- a word in lower case after "a" or "an": "told a congress here", "a parliament of its own" name no one
  body (the United States Congress), whatever the model labels it;
- a lone title or its shorthand right before a person's name, which the model reads as a name of its own
  ("former FM Boris Petrov", "Pres. Saparmurat Niyazov", "PM Tony Blair"): a title, no body or place;
- a people's name after "neo-": "neo-Nazis", "a neo-Nazi group" are a movement of today, no state
  (Nazi Germany); "pro-Russian", "anti-American", "post-Soviet" keep their country.
- a person's name with no capital letter whose every word is an English word: "preventing "bush fires of
  confrontation"", "a lone wolf attack" (no George Bush, no Wolf); a name in a passage the wire lower-cased
  ("finance minister cesar gaviria told reuters") holds a word that is no English word and stays.
- a place's name that opens with a family name's particle in lower case: "de los Angeles amended his
  suit", "Eduardo de los Angeles" (no Los Angeles): a town's name in running text begins with a capital.
- a company's legal form standing alone after its name, a comma or "and" between: "Boesky and Co., L.P.",
  "Carlyle Holdings, Inc." (no Libertarian Party, no body "Co."): written with its stops, or after another
  form ("Co., LP"); "Prince Nayef, SPA reported" keeps the Saudi Press Agency. A legal form written as initials
  right after a capitalised word of the name, no comma between, ends the name and names nothing alone either:
  "AG" of "Freedonia Motoren AG", "PLC" of "Ruritania Holdings PLC" (no body "AG" or "PLC"; ACRONYM_FORMS).
- the label of a row of figures, which opens its line and is followed there by a figure and "vs" ("Revs 265.6
  mln vs 235.1 mln", "Avg shrs 100,362,000 vs 91,360,000" in a company's results): a word of a table, no person
  or body, whatever the model labels it; a name the gazetteer knows ("Japan 1.2 pct vs 0.9 pct") stays.
- a unit of money or measure right after a figure, which the model takes for a body or a person in wire
  copy's shorthand: "Shr 62 cts vs 52 cts", "1.5 MLN DLRS", "56 billion U.S. Dlrs", "12,000 mt bagged
  sugar" (no body "cts", no person "U.S. Dlrs"): the span's first or last word is one of UNIT_WORDS; a
  country's name inside it ("U.S.") stays a mention of its own.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from gazetteer.org_names import CORPORATE_SUFFIXES
from transforms.name_spans import FAMILY_NAME_PARTICLES

_CLOCK = re.compile(r"^(?:[01]\d[0-5]\d|2[0-3][0-5]\d|\d{1,2}[:.][0-5]\d|[ap]\.?m\.?)$", re.IGNORECASE)
_ZONE = re.compile(r"^(?:[A-Z]{1,3}T|UTC)$")   # EST, GMT, CET, CEST, UTC
_YEAR_BEFORE = {"in", "since", "of", "during"}
_ABBREVIATION = re.compile(r"^[A-Z][a-z]{0,4}\.$")


def time_zone_after_clock(doc: Doc, start: int, end: int) -> bool:
    """One time-zone code right after a clock time ("1700 EST", "9:30 a.m. GMT"); not "in 1999 EU"."""
    if end - start != 1 or start == 0 or not _ZONE.match(doc[start].text) or not _CLOCK.match(doc[start - 1].text):
        return False
    # "2004" after "in" or "since" is a year ("in 2004 EU ministers"), "1700" after "at" or "until" a time
    return not (doc[start - 1].text.isdigit() and start >= 2 and doc[start - 2].lower_ in _YEAR_BEFORE)


def abbreviated_region(doc: Doc, start: int, end: int) -> bool:
    """A short capitalised word with its dot after a place name and a comma ("Boston, Mass.")."""
    # the dot kept in the token (the tokenizer knows "Pa.", "Mass."): a sentence's last "Chad." is no abbreviation
    if end - start != 1 or not _ABBREVIATION.match(doc[start].text) or start < 2:
        return False
    town = doc[start - 2]   # "Boston, Mass.", and a dateline's town in capitals: "ST. PAUL, Minn., Feb. 3"
    return doc[start - 1].text == "," and (town.is_title or town.is_upper and town.is_alpha and len(town) > 2)


_INDEFINITE = frozenset({"a", "an"})


def indefinite_common_noun(doc: Doc, start: int, end: int) -> bool:
    """A phrase all in lower case right after "a"/"an" ("told a congress here"): a common noun."""
    if start == 0 or doc[start - 1].lower_ not in _INDEFINITE:
        return False
    return all(t.is_lower or t.is_punct for t in doc[start:end]) and any(t.is_alpha for t in doc[start:end])


_INITIALS = re.compile(r"^[A-Z]{2}$")   # two: "WB", "JK"; three are mostly bodies ("VOA Mandarin")


def initials_before_surname(doc: Doc, start: int, end: int, body_words=frozenset(), taken=frozenset()) -> bool:
    """Two capitals right before a lone capitalised word that is no body's word (`body_words`,
    lower case) and no part of another name (`taken` tokens): a person's initials ("WB Yeats once")."""
    if end - start != 1 or not _INITIALS.match(doc[start].text) or end >= len(doc) or not doc[start].whitespace_:
        return False
    nxt = doc[end]
    if not (nxt.is_alpha and nxt.is_title and len(nxt) > 2) or nxt.is_stop or nxt.lower_ in body_words or end in taken:
        return False
    return end + 1 == len(doc) or not (doc[end + 1].is_alpha and doc[end + 1].is_title)



_ADJECTIVE_TAGS = {"JJ", "JJR", "JJS"}
_NOUN_TAGS = {"NN", "NNS"}


def opens_sentence_before_lower_word(doc: Doc, start: int, end: int) -> int:
    """Where the sentence that one word opens, before a lower-case word, starts ("Major banks ..."),
    past a line break or a dateline's dash; -1 if the word does not open it so."""
    if end - start != 1 or end >= len(doc) or not doc[start].is_title:
        return -1
    first = start
    while first > 0 and not doc[first].is_sent_start and (doc[first - 1].is_space or doc[first - 1].is_punct):
        first -= 1
    nxt = doc[end]
    return first if (doc[first].is_sent_start or first == 0) and nxt.is_alpha and nxt.is_lower else -1


def tagged_stretch(doc: Doc, start: int, stop: int, needed: int, reach: Optional[int]) -> int:
    """Where the words to tag for the first `needed` tags of doc[start:stop] may end: every token those
    tags can see (`reach` on either side), one more (the last token of a shorter text has no space after
    it, which the tagger sees), and the rest of the last one's space-delimited chunk (so the shorter
    text is tokenized alike); `stop` when `reach` is unknown."""
    if reach is None:
        return stop
    cut = start + needed + reach + 1
    while cut < stop and not doc[cut - 1].whitespace_:
        cut += 1
    return min(cut, stop)


def adjective_opening_sentence(doc: Doc, start: int, end: int, tags, reach: Optional[int] = None) -> bool:
    """One word opening its sentence before a lower-case word, which `tags` (a tagger run on the words
    from the word to the sentence's end: a list of fine-grained tags) reads as an adjective: "Major
    cocoa exporters", not "Bush administration officials". `reach`: how many tokens on either side
    the tagger reads to tag one (None: unknown); only the words that can change the first two tags
    are then given to it (`tagged_stretch`)."""
    text = opening_to_tag(doc, start, end, reach)
    return text is not None and reads_as_adjective(doc, end, tags(text))


def opening_to_tag(doc: Doc, start: int, end: int, reach: Optional[int] = None) -> Optional[str]:
    """The words `adjective_opening_sentence` has the tagger read for doc[start:end], or None when the
    span opens no sentence before a lower-case word (nothing to ask)."""
    if opens_sentence_before_lower_word(doc, start, end) < 0:
        return None
    sent_end = doc[start].sent.end if doc.has_annotation("SENT_START") else len(doc)
    return doc[start:tagged_stretch(doc, start, sent_end, 2, reach)].text


def reads_as_adjective(doc: Doc, end: int, found) -> bool:
    """The tags `found` of the words from the span's one word on (`opening_to_tag`) read it as an adjective
    before a noun ("Major banks"); not a name before "and" ("Trump and other officials")."""
    return len(found) > 1 and found[0] in _ADJECTIVE_TAGS and found[1] in _NOUN_TAGS and not doc[end].is_stop


def _after_dateline(doc: Doc, i: int) -> bool:
    """Token `i` right after a dateline's dash: "LONDON, June 8 - Major ...", "(Reuters) - Major ..."."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 1 and doc[j].text in ("-", "--", "\u2013", "\u2014") and (doc[j - 1].text[-1:].isdigit() or doc[j - 1].text == ")")


def adjective_before_nationality(doc: Doc, start: int, end: int, national) -> bool:
    """One word opening its sentence before a country's or people's name and a lower-case word:
    "Major U.K. banks", "Major European airlines", "Leading West German banks" (`national`: the
    token indices of country and nationality names). A surname does not stand before a country's
    name and a common noun; a person's name is followed by a verb or a comma ("Major said",
    "Major, Clarke and Hurd")."""
    if end - start != 1 or not doc[start].is_title or end >= len(doc) or end not in national:
        return False
    first = start
    while first > 0 and not doc[first].is_sent_start and (doc[first - 1].is_space or doc[first - 1].is_punct):
        first -= 1
    if not (doc[first].is_sent_start or first == 0 or _after_dateline(doc, start)):
        return False
    j = end
    while j < len(doc) and j in national:
        j += 1
    return j < len(doc) and doc[j].is_alpha and doc[j].is_lower and not doc[j].is_stop


_DECLARE = frozenset({"declare", "declares", "declared", "declaring", "declaration"})
_PNG_NOUNS = frozenset({"action", "actions", "'d", "ed", "order", "orders"})   # "retaliate with PNG action"


def persona_non_grata_abbreviation(doc: Doc, start: int, end: int) -> bool:
    """"PNG" after "declared" or "persona non grata" in the same sentence, or before "action": "were
    declared PNG", "declared persona non grata (PNG)", "we may retaliate with PNG action"."""
    if end - start != 1 or doc[start].text not in ("PNG", "P.N.G."):
        return False
    sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:start + 1]
    before = doc[sentence.start:start]
    words = [t.lower_ for t in before]
    after = doc[start + 1].lower_ if start + 1 < len(doc) else ""
    return (bool(_DECLARE.intersection(words)) or "non grata" in before.text.lower()
            or after in _PNG_NOUNS)


def neo_prefixed(doc: Doc, start: int, end: int) -> bool:
    """A name glued to "neo-" ("neo-Nazis", "neo-Nazi"), inside the span or right before it."""
    if doc[start].lower_.startswith("neo-"):
        return True
    if end - start >= 3 and doc[start].lower_ == "neo" and doc[start + 1].text == "-" \
            and not doc[start].whitespace_ and not doc[start + 1].whitespace_:
        return True
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "neo" \
        and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_


def title_before_a_name(doc: Doc, start: int, end: int, person_starts, titles) -> bool:
    """One title word or its shorthand (`titles`, lower case, no dot) right before, past its dot, the first
    word of a person's name (`person_starts`: the token indexes where people's names begin)."""
    if end - start != 1 or doc[start].lower_.rstrip(".") not in titles:
        return False
    after = end + 1 if end < len(doc) and doc[end].text == "." else end
    return after in person_starts


_PLACE_LABELS = frozenset({"GPE", "LOC", "GAZ:CITY", "GAZ:COUNTRY"})


def particle_led_place(doc: Doc, start: int, end: int, label: str) -> bool:
    """Is the span at tokens [start, end), labelled a place (`label`, "GPE" or "GAZ:CITY|..."), opened by a
    family name's particle in lower case before a capitalised word ("de los Angeles": a person's family
    name, no Los Angeles)?"""
    if not _PLACE_LABELS.intersection(label.split("|")) or end - start < 2:
        return False
    first, nxt = doc[start], doc[start + 1]
    return first.text in FAMILY_NAME_PARTICLES and bool(first.whitespace_) and nxt.text[:1].isupper()


def lower_case_person(doc: Doc, start: int, end: int, english=frozenset()) -> bool:
    """A name at tokens [start, end) with no capital letter whose every word is in `english` (lower-case
    English words: "bush" of "bush fires"; not "Bush said", "de Klerk", "cesar gaviria"): a common word the
    model took for a person's name."""
    words = [t.text for t in doc[start:end] if t.is_alpha]
    return bool(words) and not any(c.isupper() for c in doc[start:end].text) and all(w in english for w in words)


# Head nouns of an event named after a person ("the Petrov Affair", "the Dreyfus affair", "the Profumo scandal", "the
# Okonkwo Incident"): a person's name ends with none of them.
EVENT_WORDS = frozenset({"affair", "affaire", "incident", "scandal", "crisis"})


def event_named_after_person(doc: Doc, start: int, end: int) -> bool:
    """Is the person's span at [start, end) an event named after someone: more than one word, the last a head
    noun of EVENT_WORDS ("Petrov Affair", which the model reads as a person and a bare "Petrov" then names)?"""
    words = [t for t in doc[start:end] if not t.is_space and not t.is_punct]
    return len(words) > 1 and words[-1].lower_ in EVENT_WORDS


def _legal_form(tok) -> bool:
    return tok.text[:1].isupper() and tok.lower_.replace(".", "") in CORPORATE_SUFFIXES


# Legal forms written as initials, which end a company's name: "Volkswagen AG", "Ruritania Holdings PLC".
ACRONYM_FORMS = frozenset({"ag", "bv", "gmbh", "llc", "lp", "nv", "plc", "sa"})


def company_legal_form(doc: Doc, start: int, end: int) -> bool:
    """One token at [start, end) that is a company's legal form ("L.P.", "Inc.", "Co.") right after its company's
    name and a comma ("Boesky and Co., L.P."), or "and"/"&" ("Lazard and Co."): written with a stop, or after
    another legal form ("Co., LP"); or one of ACRONYM_FORMS right after a capitalised word ("Motoren AG")."""
    if end - start != 1 or start < 1 or not _legal_form(doc[start]):
        return False
    k = start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and doc[start].lower_.replace(".", "") in ACRONYM_FORMS and doc[k].text[:1].isupper() \
            and doc[k].is_alpha and not doc[k].is_stop:   # "The LP said" is a partnership named before
        return True
    if start < 2:
        return False
    joint, before = doc[start - 1], doc[start - 2]
    if joint.text not in (",", "and", "&") or not before.text[:1].isupper():
        return False
    return "." in doc[start].text or _legal_form(before)


_COMPARED = frozenset({"vs", "vs.", "versus"})
_ROW_LABEL_WORDS = 2   # words of a row's label after the span, before its first figure ("Avg shrs 100")


def _line_break(tok) -> bool:
    return tok.is_space and "\n" in tok.text or "\n" in tok.whitespace_


def row_label_of_figures(doc: Doc, start: int, end: int, label: str) -> bool:
    """Is the span at [start, end), labelled `label` by the model alone (no gazetteer name), the label of a row
    of figures: the first words of its line, a figure within two more words, and "vs" later on that line?"""
    if any(lab.startswith("GAZ:") or lab in ("GPE", "NORP", "LOC") for lab in label.split("|")):
        return False
    if start > 0 and not _line_break(doc[start - 1]):
        return False
    words = 0
    for k in range(end, len(doc)):
        tok = doc[k]
        if tok.is_space and "\n" in tok.text:
            return False
        if tok.like_num:
            return any(t.lower_ in _COMPARED for t in doc[k:_line_end(doc, k)])
        words += 1
        if words > _ROW_LABEL_WORDS or _line_break(tok):
            return False
    return False


def _line_end(doc: Doc, k: int) -> int:
    """The token after the last of the line token `k` is in."""
    while k < len(doc) and not (doc[k].is_space and "\n" in doc[k].text):
        if "\n" in doc[k].whitespace_:
            return k + 1
        k += 1
    return k


# Units of money and measure as news wires abbreviate them after a figure ("62 cts", "4.5 mln dlrs", "3.2 pct",
# "12,000 mt", "400 mln stg"): never a name.
UNIT_WORDS = frozenset({"ct", "cts", "dlr", "dlrs", "dollar", "dollars", "stg", "yen", "mln", "bln", "bil", "billion",
                        "million", "pct", "mt", "mm", "tonnes", "tons", "kg", "km", "bpd"})
_SCALES = frozenset({"mln", "bln", "billion", "million", "thousand"})


def _figure(tok) -> bool:
    return tok.like_num and any(c.isdigit() for c in tok.text)


def unit_after_figure(doc: Doc, start: int, end: int) -> bool:
    """Is the span at [start, end) a unit of money or measure right after a figure ("62 cts", "56 billion U.S.
    Dlrs", "12,000 mt bagged")? Its first or last word is one of UNIT_WORDS, and the word before it a figure,
    or a scale word after a figure ("billion")."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or not {words[0].lower_.rstrip("."), words[-1].lower_.rstrip(".")} & UNIT_WORDS:
        return False
    k = start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 0 and doc[k].lower_ in _SCALES:
        k -= 1
        while k >= 0 and doc[k].is_space:
            k -= 1
    return k >= 0 and _figure(doc[k])
