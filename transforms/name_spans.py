"""Token-level repairs that make a name's span the name a reader would mark.

All of these look at tokens and their spelling only (no tagger, no parser):

* `split_glued_words(nlp)`: the tokenizer also splits words that a source ran
  together with a name ("Mr. Farrasked", "Joan LestorReports", "LORD
  VANSITTARTMy Lords", "HENDERSON)My") so the model and the gazetteer see the
  name on its own.
* `strip_titles(doc, start, end)`: a person's span without leading honorifics
  and titles ("Mr. Swingler" -> "Swingler", "Lord Trefgarne" -> "Trefgarne",
  "PM Ardern" -> "Ardern"); a title that *is* the name ("the Marquess of
  Reading") stays.
* `cut_at_paragraph(doc, start, end)`: a person's span ends at a line break
  ("Mr. Luce\\n\\nStrict limits" is Luce) or at a word run into it.
* `cut_descriptor(doc, start, end, protected)`: an organisation's span ends at its
  last capitalised word ("Xinhua news agency" is Xinhua, "the Basij militia" the
  Basij, "the Polish Mission in" the Polish Mission), unless that word is a
  country or a nationality ("the Russian government" stays whole).
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

# Honorifics and titles that precede a person's name but are not part of it (compared lower-case,
# without a final dot).
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mister", "dr", "sir", "dame", "lord", "lady", "baron", "baroness",
    "viscount", "viscountess", "earl", "countess", "marquess", "marchioness", "rt", "hon", "honourable",
    "president", "premier", "pm", "chancellor", "senator", "sen", "rep", "gen", "general", "prof",
    "professor", "minister", "secretary", "ambassador", "envoy", "taoiseach", "comrade", "messrs",
})

# A word run into the name after it: a function word ("LestorThe", "DaviesNo") or a capitalised
# word after an ALL-CAPS name ("VANSITTARTMy"); "asked" run into a Hansard questioner ("Farrasked").
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CAPS_THEN_WORD = re.compile(r"(?<=[A-Z]{3})(?=[A-Z][a-z]+$)")
_ASKED = re.compile(r"(?<=[a-z]{2})(?=asked$)")
_PAREN_THEN_WORD = re.compile(r"(?<=[A-Za-z])[)\]](?=[A-Z])")
_MIN_NAME = 3


class _Split:
    """A zero-width (or one-character) infix match, as spaCy's tokenizer expects one."""
    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, *_):
        return ""


def glued_word_splits(text: str) -> list:
    """Where a run-together word splits: [(start, end)] of the infix (empty, or a bracket)."""
    out = []
    if len(text) < _MIN_NAME + 2 or not text[0].isupper():
        return out
    for m in _PAREN_THEN_WORD.finditer(text):
        out.append((m.start(), m.end()))
    if out:
        return out
    m = _CAPS_THEN_WORD.search(text)
    if m and text[:m.start()].isupper():
        return [(m.start(), m.start())]
    m = _ASKED.search(text)
    if m and m.start() >= _MIN_NAME and text[:m.start()].istitle() and text.lower() not in _ASKED_WORDS:
        return [(m.start(), m.start())]
    for m in _CAMEL.finditer(text):
        left, right = text[:m.start()], text[m.start():]
        if len(left) >= _MIN_NAME and left.istitle() and right.lower() in STOP_WORDS:
            return [(m.start(), m.start())]
    return out


_ASKED_WORDS = {"masked", "basked", "tasked", "unmasked", "unasked"}


def split_glued_words(nlp: Language) -> Language:
    """Make `nlp`'s tokenizer split glued words too (idempotent). Returns `nlp`."""
    tokenizer = nlp.tokenizer
    if getattr(tokenizer.infix_finditer, "newsnorm_glue", False):
        return nlp
    base = tokenizer.infix_finditer

    def finditer(text: str) -> Iterator:
        found = list(base(text)) if base is not None else []
        extra = glued_word_splits(text)
        if not extra:
            return iter(found)
        taken = [(m.start(), m.end()) for m in found]
        for s, e in extra:
            if not any(a <= s < b or (s == e and a == s) for a, b in taken):
                found.append(_Split(s, e))
        return iter(sorted(found, key=lambda m: m.start()))

    finditer.newsnorm_glue = True
    tokenizer.infix_finditer = finditer    # the setter flushes spaCy's cache of earlier splits
    return nlp


def _is_title_token(text: str) -> bool:
    return text.lower().rstrip(".") in PERSON_TITLES


def strip_titles(doc: Doc, start: int, end: int) -> int:
    """The span start moved past leading honorifics and titles, if a name follows them.

    "Mr. Swingler" -> "Swingler", "LORD HENDERSON" -> "HENDERSON", "the Rt Hon Lord
    Ahmad of Wimbledon" -> "Ahmad of Wimbledon"; "Marquess of Reading" keeps its
    title (the title is the name), and a span of titles only is left alone.
    """
    s = start
    while s < end - 1 and (doc[s].lower_ == "the" or _is_title_token(doc[s].text) or doc[s].text == "."):
        s += 1
    if s == start:
        return start
    first = doc[s]
    if first.lower_ in ("of", "the") or not first.text[:1].isupper():
        # "Marquess of Reading": back to the title that the name hangs on
        t = s - 1
        while t > start and doc[t].text == ".":
            t -= 1
        return t if doc[t].lower_ != "the" else start
    return s


def cut_at_paragraph(doc: Doc, start: int, end: int) -> int:
    """A person's span end, cut before a line break or a word run into the name ("KERRIGANMy Lords")."""
    for t in range(start + 1, end):
        if "\n" in doc[t].text or doc[t].is_space:
            return t
        if not doc[t - 1].whitespace_ and doc[t - 1].is_alpha and doc[t].is_alpha:
            return t     # two words with no space between: split by split_glued_words
    return end


# Titles that announce a person's name right after them, in any case ("Mr. Farr", "LORD VANSITTART").
SOCIAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baron", "baroness",
                           "viscount", "viscountess", "earl", "countess", "messrs"})


def _name_like(text: str) -> bool:
    return (len(text) >= 2 and text[0].isupper() and text.replace("-", "").replace("'", "").isalpha()
            and text.lower() not in STOP_WORDS and text.lower().rstrip(".") not in PERSON_TITLES)


def honorific_names(doc: Doc, used_tokens: set) -> list:
    """(start, end) of names right after "Mr."/"Lord"/"Viscount" that nothing else covers.

    One to three capitalised (or ALL-CAPS) words, none part of another mention:
    "LORD VANSITTART", "Viscount Hanworth", "Mr. Brotherton". Spelling only, no parser.
    """
    found = []
    for tok in doc:
        if tok.lower_.rstrip(".") not in SOCIAL_TITLES or tok.i + 1 >= len(doc):
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


_MAX_DESCRIPTOR_WORDS = 3


def cut_descriptor(doc: Doc, start: int, end: int, protected: set) -> int:
    """An organisation's span end before trailing lower-case words: function words always ("Polish
    Mission in"), common nouns after a name ("Xinhua news agency", "Basij militia") unless the word
    they follow is one of `protected` (token indices of country names and demonyms: "Russian government",
    "UK government" name a government)."""
    while end - 1 > start and doc[end - 1].is_lower and doc[end - 1].is_stop:
        end -= 1
    tail = end
    while tail - 1 > start and doc[tail - 1].is_lower and doc[tail - 1].is_alpha and not doc[tail - 1].is_stop:
        tail -= 1
    head = doc[tail - 1]
    if tail < end and end - tail <= _MAX_DESCRIPTOR_WORDS and head.text[:1].isupper() and head.is_alpha \
            and (tail - 1) not in protected:
        return tail
    return end
