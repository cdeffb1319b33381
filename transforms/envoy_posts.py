"""An envoy's post, named between the envoy's title and name, is a place of its own, not part of a body's name.

"Russia's Ambassador in Skopje Sergey Bazdnikin was summoned": the model reads "Skopje Sergey Bazdnikin" as
one body ("the Belarusian ambassador to Kiev Igor Sokol" one person), so neither the capital nor the
ambassador is found. After an envoy's title and "in"/"to"/"at", a
place the gazetteer knows, followed by two or three capitalised words, is the post, and the words after it
the envoy: a person's name of its own, and the place a name of its own. So is a post only the gazetteer
found right before an envoy's name the model found ("declared Lebanese ambassador to Riyadh Fevzi Kabbara
persona non grata"), which was dropped as a piece of a longer name the model missed.

Any office's title ends the same way: "the Minister for Foreign Affairs of Kazakhstan Erlan Idrissov", "President
of Turkmenistan Gurbanguly Berdymukhamedov" came out as one body. After "of" or "for", a state the gazetteer
knows that closes a title the resolver reads as an office (gazetteer.people.title_before), followed by two or
three capitalised words, is the state of the office, and the words after it the holder's name.
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from gazetteer.org_names import FEATURE_WORDS, GENERIC_WORDS
from gazetteer.people import title_before

ENVOY_TITLES = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "consul", "consul-general", "general",
                          "charge", "chargé", "affaires", "commissioner", "representative", "attache", "attaché"})
POST_LINKS = frozenset({"in", "to", "at"})
OFFICE_LINKS = frozenset({"of", "for"})   # "the President of", "Minister for Foreign Affairs of"
_PLACE_LABELS = ("GAZ:CITY", "GAZ:COUNTRY")
_STATE_LABEL = "GAZ:COUNTRY"
_MAX_NAME_WORDS = 3


def _name_word(tok) -> bool:
    """A capitalised word of a person's name: no word of a body's or a place's kind ("Port Trust")."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").replace("'", "").isalpha() \
        and tok.lower_ not in GENERIC_WORDS and tok.lower_ not in FEATURE_WORDS


def envoys_after_posts(doc: Doc, ner: Sequence[tuple], gaz: Sequence[tuple]) -> list:
    """`ner` ((start, end, label) token spans of the model's names) with each span that is an envoy's post and
    name ("(Ambassador in) Skopje Sergey Bazdnikin", a body's or a person's to the model) made the post, a place,
    and the envoy's name, a person's; and the post right before an envoy's name the model found ("(ambassador to) Riyadh | Fevzi
    Kabbara") a place of the model's too, not a piece of a longer name only the gazetteer saw."""
    places = {s: e for s, e, lab in gaz if lab in _PLACE_LABELS}
    states = {s: e for s, e, lab in gaz if lab == _STATE_LABEL}
    people = {s for s, _, lab in ner if lab == "PERSON"}
    taken = {t for s, e, _ in ner for t in range(s, e)}
    out = []
    for s, e, lab in ner:
        b = places.get(s)
        if b is not None and b < e and _after_envoy_title(doc, s) \
                and 2 <= e - b <= _MAX_NAME_WORDS and all(_name_word(doc[t]) for t in range(b, e)):
            out += [(s, b, "GPE"), (b, e, "PERSON")]
            continue
        b = states.get(s)
        if b is not None and b < e and 2 <= e - b <= _MAX_NAME_WORDS and all(_name_word(doc[t]) for t in range(b, e)) \
                and _after_office_title(doc, s, b):
            out += [(s, b, "GPE"), (b, e, "PERSON")]   # "(President of) Turkmenistan Gurbanguly Berdymukhamedov"
            continue
        out.append((s, e, lab))
    out += [(s, b, "GPE") for s, b in places.items()
            if b in people and not taken.intersection(range(s, b)) and _after_envoy_title(doc, s)]
    return sorted(out + _envoys_unseen(doc, places, {t for s, e, _ in out for t in range(s, e)}))


def _envoys_unseen(doc: Doc, places: dict, covered: set) -> list:
    """The envoy's name after a post the model found alone ("Egyptian ambassador to Moscow Salah Bassiouni": only
    "Moscow"): two or three capitalised words right after the post, that no name covers and no further
    capitalised word follows, are a person's name (and the post, if the model missed it too, a place)."""
    out = []
    for s, b in places.items():
        if not _after_envoy_title(doc, s) or b in covered:
            continue
        e = b
        while e < len(doc) and e - b < _MAX_NAME_WORDS and _name_word(doc[e]) and e not in covered \
                and doc[e - 1].whitespace_:
            e += 1
        if e - b < 2 or e < len(doc) and (_name_word(doc[e]) or e in covered):
            continue
        out.append((b, e, "PERSON"))
        if not covered.intersection(range(s, b)):
            out.append((s, b, "GPE"))
    return out


def _after_envoy_title(doc: Doc, s: int) -> bool:
    """Do an envoy's title and "in"/"to"/"at" stand right before token `s` ("Ambassador in", "envoy to")?"""
    while s >= 1 and doc[s - 1].is_space:   # a line break of wrapped copy: "ambassador to\nMoscow"
        s -= 1
    return s >= 2 and doc[s - 1].lower_ in POST_LINKS and doc[s - 2].lower_.rstrip(".") in ENVOY_TITLES


def _after_office_title(doc: Doc, s: int, b: int) -> bool:
    """Does an office's title and "of"/"for" stand right before the state at tokens `s`..`b` ("Minister of
    Foreign Affairs of | Moldova", "President of | Turkmenistan"), the state closing the title?"""
    return s >= 2 and doc[s - 1].lower_ in OFFICE_LINKS and doc[s - 1].text.islower() \
        and title_before(doc.text[:doc[b].idx]) is not None
