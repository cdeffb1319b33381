"""Person names told by their spelling after an honorific or a list bullet: "Mr. Brotherton", "LORD VANSITTART",
"Capt Ousmane Kere" that nothing else covers (`honorific_names`), a span the model called a body or a place that is
a titled person ("Dame Olive Carver": `honorific_person`; "(LORD HENDERSON)": `after_social_title`; "U NE WIN",
"Daw Khin Kyi": `burmese_styled_body`), and a name
that opens a list item ("- Harald Edelstam, Swedish envoy": `list_head_names`).

No tagger, no parser: like name_spans.py, these read tokens and their spelling only.
"""
from __future__ import annotations

from spacy.attrs import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from transforms.name_spans import MILITARY_RANKS, PERSON_TITLES, SOCIAL_TITLES, burmese_honorific


def _name_like(text: str) -> bool:
    return (len(text) >= 2 and text[0].isupper() and text.replace("-", "").replace("'", "").isalpha()
            and text.lower() not in STOP_WORDS and text.lower().rstrip(".") not in PERSON_TITLES)


def honorific_names(doc: Doc, used_tokens: set) -> list:
    """(start, end) of names right after "Mr."/"Lord"/"Viscount" or a military rank ("Capt") that nothing
    else covers.

    One to three capitalised (or ALL-CAPS) words, none part of another mention:
    "LORD VANSITTART", "Viscount Hanworth", "Mr. Brotherton", "Capt Ousmane Kere". Spelling only, no parser.
    """
    found = []
    for tok in doc:
        if tok.lower_.rstrip(".") not in SOCIAL_TITLES | MILITARY_RANKS or tok.i + 1 >= len(doc):
            continue
        start = tok.i + 1
        if start < len(doc) and doc[start].text == ".":
            start += 1
        stop = start
        while stop < len(doc) and stop - start < 3 and stop not in used_tokens and _name_like(doc[stop].text):
            stop += 1
        if stop > start:
            found.append((start, stop))
    return found


# Honorifics that only a person takes ("Dame Olive Carver", "Dr Helen Marsh"), unlike "Lord"/"Lady"
# ("Lady Margaret Hall") or "General" that start names of places and bodies too.
PERSONAL_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr", "sir", "dame", "shri", "shrimati",
                                 "smt", "sardar", "pm", "spokesperson", "spokesman", "spokeswoman",
                                 *MILITARY_RANKS})   # the newsroom's "PM Modi", which the model calls a body, as it
# does "Capt Ibrahim Traoré" and "Spokesperson Daniel Ferreira"
# words that make a titled or styled span a body's or a building's name ("Sir John Cass Foundation", "Dr
# Barnardo's Homes", "Alhaji Aminu Kano International Airport": transforms/styles_of_address.py)
BODY_WORDS = frozenset({"foundation", "institute", "hospital", "school", "college", "university", "hall",
                        "trust", "fund", "centre", "center", "society", "association", "clinic", "museum",
                        "homes", "inc", "ltd", "co", "corp", "plc", "prize", "award", "lecture", "street",
                        "road", "square", "park", "bridge", "airport", "station", "mosque", "stadium",
                        "cathedral", "academy", "polytechnic", "barracks", "memorial", "avenue"})


def honorific_person(doc: Doc, start: int, end: int, institution_words=frozenset()) -> bool:
    """Is a span the model labelled a body really a person: an honorific then one to three name
    words ("Dame Olive Carver", "Dr. Helen Marsh"), none a body's word ("Sir John Cass Foundation")?"""
    if doc[start].lower_.rstrip(".") not in PERSONAL_HONORIFICS:
        return False
    s = start + 1
    if s < end and doc[s].text == ".":
        s += 1
    words = [t.text for t in doc[s:end]]
    return (1 <= len(words) <= 3 and all(_name_like(w) for w in words)
            and not any(w.lower() in BODY_WORDS or w.lower() in institution_words for w in words))


# courtesy titles no place's name opens ("Mr Gunes", "Dr Owen" read as places); not "General" ("General Santos"),
# "Lord" or "Lady" ("Lord Howe Island")
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mister", "dr", "sir", "dame", "shri", "shrimati", "smt",
                              "sardar"})


def honorific_person_read_as_place(doc: Doc, start: int, end: int, label: str, institution_words=frozenset()) -> bool:
    """Is a span the model labelled a place or a people a courtesy title and one to three name words: "(Mr
    Gunes)" read as a place in a Reuters copy of 1974? Not after a rank or a peer's title, which places open."""
    return (label in ("GPE", "LOC", "NORP") and doc[start].lower_.rstrip(".") in _COURTESY_TITLES
            and honorific_person(doc, start, end, institution_words))


def after_social_title(doc: Doc, start: int, end: int, institution_words=frozenset()) -> bool:
    """Is a span the model labelled a place or a body the name after a social title outside it:
    "(LORD HENDERSON)" read as the town, "Mr. Jordan", "Lady Victoria"? One to three name words, none a
    body's word ("Lord Nuffield Hospital" stays a body). The title itself is not in the span."""
    t = start - 1
    if t >= 0 and doc[t].text == ".":
        t -= 1
    if t < 0 or doc[t].lower_.rstrip(".") not in SOCIAL_TITLES or "\n" in doc[t:start].text:
        return False
    words = [tok.text for tok in doc[start:end]]
    return (1 <= len(words) <= 3 and all(_name_like(w) for w in words)
            and not any(w.lower() in BODY_WORDS or w.lower() in institution_words for w in words))


# Glyphs that open a list item: anywhere in a line ("•"), or at the start of a line ("-", "*").
_BULLETS = frozenset({"\u2022", "\u25aa", "\u25e6", "\u2023", "\u25cf", "\u00b7"})
_LINE_BULLETS = frozenset({"-", "*", "\u2013", "\u2014"})


def list_head_names(doc: Doc, used_tokens: set, excluded_words=frozenset()) -> list:
    """(start, end) of names that open a list item and end at a comma, which the model misses
    after a bullet glyph: "• Chiune Sugihara, who helped", "- Harald Edelstam, Swedish envoy".

    Two or three title-case words, none part of another mention nor one of `excluded_words`
    (lower case: institution words), directly after the glyph and followed by a comma.
    """
    found = []
    glyphs = {doc.vocab.strings[g] for g in _BULLETS | _LINE_BULLETS}   # (hashes: no Token made for other words)
    for tok in (doc[i] for i, h in enumerate(doc.to_array(ORTH).tolist() if len(doc) else []) if h in glyphs):
        if tok.text in _LINE_BULLETS:
            if not (tok.i == 0 or "\n" in doc[tok.i - 1].text or doc[tok.i - 1].text.endswith("\n")):
                continue
        elif tok.text not in _BULLETS:
            continue
        start = tok.i + 1
        while start < len(doc) and doc[start].is_space:
            start += 1
        stop = start
        while (stop < len(doc) and stop - start < 3 and stop not in used_tokens and _name_like(doc[stop].text)
               and doc[stop].lower_ not in excluded_words and doc[stop].lower_ not in BODY_WORDS):
            stop += 1
        if stop - start >= 2 and stop < len(doc) and doc[stop].text == ",":
            found.append((start, stop))
    return found


def burmese_styled_body(doc: Doc, start: int, end: int, body_words) -> bool:
    """Is the model's body a person's name after a Burmese honorific ("U NE WIN", "Daw Khin Kyi"): two
    capitalised words or more after "U" or "Daw", none a body's word ("U Thant Institute" stays a body)?"""
    return burmese_honorific(doc, start, end) and not any(doc[k].lower_ in body_words for k in range(start + 1, end))
