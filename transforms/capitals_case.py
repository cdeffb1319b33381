"""Texts written in capitals, recased for the NER model only (`capitals_blocks`, `recased_for_names`).

Wire scripts and old cables come all in capitals ("VOA CORRESPONDENT AMBERIN ZAMAN REPORTS FROM ANKARA THAT
PKK LEADER ABDULLAH OCALAN ..."). The small English model reads capitals as it reads acronyms: it finds few
names there and cuts others ("ABDULLAH OCALAN" -> "OCALAN"). A block of such text (a paragraph between blank
lines, or the whole text) gets a recased copy of the same length, which only the model reads
(transforms/recognise.py); every offset holds, so the mentions and the text a user sees stay the original's.

The copy cases each word by what it is, not all alike (a copy in title case throughout gives "Said", "New"
as names):
- a word where the gazetteer's phrase matcher places a name keeps the name's case: "ANKARA" -> "Ankara",
  "NEW YORK" -> "New York" (its small words lower: "United States of America"), an acronym the gazetteer
  knows only in capitals stays so ("PKK", "NATO"), unless it is a stop word ("US", "IT": lower case);
- an English word (the lemmatizer's index) or a stop word is lower case: "SAID" -> "said";
- any other word is in title case: "AMBERIN" -> "Amberin"; a sentence's first letter is a capital.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from spacy.tokens import Doc
from spacy.util import filter_spans

# A block is in capitals when this share of its letters is upper case. Paragraphs of ordinary prose have up to
# ~0.3 (sentence starts, names, acronyms: 1,589 Reuters and VOA stories, the seed/dev/dev2 sets), a Reuters table
# of countries in capitals 0.6, a wire script or an old cable in capitals 1.0 (a few words in ordinary case, a
# "Mr." or a stage note, keep it above 0.9). The threshold sits high in that gap.
CAPITALS_SHARE = 0.85
# ... and has at least this many letters: a headline or a speaker's heading in capitals over a text in ordinary
# case ("13 EXPELLED FROM CANADA", "(LORD HENDERSON)") is read as before; a script's or a cable's paragraph is longer.
MIN_LETTERS = 80
# A text all of one paragraph has no text in ordinary case for a heading to stand over: a short cable or a wire
# line in capitals ("MOSCOW, APRIL 3 - CHERNENKO MET GROMYKO IN THE KREMLIN TODAY, TASS SAID.") is read with this
# many letters.
MIN_LETTERS_WHOLE_TEXT = 20

_APOSTROPHES = ("'", "\u2019")
_BLOCK_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?:]['\"\u2019\u201d)]*\s+$")


class EnglishWords:
    """English words in any inflection: the lemmatizer's index of base forms ("worker", "take"), its irregular
    forms ("took", "women") and the forms its suffix rules lead back to an indexed word ("workers", "streets",
    "chanting"). `word in english` (lower case)."""

    def __init__(self, base: Iterable[str], irregular: Iterable[str] = (), suffixes: Iterable[tuple] = (),
                 nouns_only: Iterable[str] = ()):
        self.base = frozenset(base)
        self.irregular = frozenset(irregular)
        self.suffixes = tuple(sorted({(old, new) for old, new in suffixes if old}))
        # the words the index holds as nouns and nothing else: among them the famous people and places it lists
        # ("gromyko", "mao", "kremlin"), beside "smith" or "chairman"
        self.nouns_only = frozenset(nouns_only)

    @classmethod
    def of(cls, nlp) -> "EnglishWords":
        """From `nlp`'s lemmatizer tables (none without a lemmatizer)."""
        if "lemmatizer" not in nlp.pipe_names:
            return cls(())
        lookups = nlp.get_pipe("lemmatizer").lookups
        try:
            index, exc, rules = (lookups.get_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
        except (KeyError, AttributeError, ValueError):
            return cls(())
        others = {w for pos in ("verb", "adj", "adv") if pos in index for w in index[pos]} \
            | {w for pos in ("verb", "adj", "adv") if pos in exc for w in exc[pos]}
        return cls((w for words in index.values() for w in words if w.isalpha()),
                   (w for forms in exc.values() for w in forms),
                   (tuple(r) for pairs in rules.values() for r in pairs),
                   (w for w in (index["noun"] if "noun" in index else ()) if w.isalpha() and w not in others))

    def __bool__(self) -> bool:
        return bool(self.base)

    def __contains__(self, word: str) -> bool:
        return word in self.base or word in self.irregular or any(
            word.endswith(old) and len(word) > len(old) + 1 and word[:-len(old)] + new in self.base
            for old, new in self.suffixes)


def capitals_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the paragraphs (between blank lines) of `text` written in capitals."""
    blocks, start = [], 0
    breaks = list(_BLOCK_BREAK.finditer(text))
    least = MIN_LETTERS if breaks else MIN_LETTERS_WHOLE_TEXT
    for m in breaks + [None]:
        end = m.start() if m is not None else len(text)
        letters = [c for c in text[start:end] if c.isalpha()]
        if len(letters) >= least and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters):
            blocks.append((start, end))
        start = m.end() if m is not None else end
    return blocks


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _known_name_word(word: str, title_names: frozenset, name_words: frozenset, english) -> bool:
    """Is the word in capitals a known name or a word of a person's name ("Gromyko", "Ustinov") that English
    holds as a noun only (not "Brown", "Major" or "Rice", adjectives or verbs too)?"""
    return (_title(word) in title_names or _title(word) in name_words) and word.lower() in getattr(english, "nouns_only", ())


def recased_for_names(text: str, blocks: Sequence[tuple[int, int]], name_spans: Iterable[tuple[int, int]],
                      title_names: frozenset, english, stop_words: frozenset, name_words: frozenset = frozenset()) -> str:
    """`text` with its `blocks` in capitals recased for the NER model (same length). `name_spans` are the
    (start, end) character offsets of names the gazetteer found; `title_names` the gazetteer's phrases as
    written (to tell "ANKARA", known as "Ankara", from "PKK", known only so); `english` and `stop_words` lower case,
    but for a word of a known name (`title_names`, or `name_words`: the words of people's names, "Ustinov") that
    English holds only as a noun ("GROMYKO", "MAO", "KREMLIN": the lemmatizer's index lists famous people)."""
    chars = list(text)
    named = {}   # a word's start -> its case in a name: "title", "lower" (a small word inside) or "upper"
    for s, e in name_spans:
        words = list(_WORD.finditer(text, s, e))
        for k, m in enumerate(words):
            w = m.group()
            if len(words) == 1 and _title(w) not in title_names and w.lower() not in stop_words:
                named[m.start()] = "upper"   # "PKK", "NATO": an acronym (known only in capitals)
            elif len(words) == 1 and _title(w) not in title_names:
                named.setdefault(m.start(), "common")   # "US", "IT": a code the gazetteer knows, and a stop word
            elif k > 0 and w.lower() in stop_words:
                named.setdefault(m.start(), "lower")   # "of" in "United States of America"
            else:
                named[m.start()] = "title"
    for a, b in blocks:
        first = True
        for m in _WORD.finditer(text, a, b):
            w = m.group()
            if not w.isupper():
                first = False
                continue   # written in ordinary case: as it is
            how = named.get(m.start())
            if how == "upper" or len(w) == 1 and w != "A" and text[m.start() - 1:m.start()] not in _APOSTROPHES:
                first = False
                continue   # an acronym; "I", an initial
            if how == "title":
                new = _title(w)
            elif how in ("lower", "common") or w.lower() in stop_words \
                    or w.lower() in english and not _known_name_word(w, title_names, name_words, english):
                new = w.lower()
            else:
                new = _title(w)
            if first or _SENTENCE_END.search(text[max(a, m.start() - 8):m.start()]):
                new = new[:1].upper() + new[1:]
            first = False
            chars[m.start():m.end()] = new
    return "".join(chars)


def names_of_copy(doc: Doc, copy: Doc, blocks: Sequence[tuple[int, int]]) -> list:
    """`doc`'s entities, with those inside the `blocks` (character offsets) the entities of `copy`, a text of the
    same length (a recased copy), on `doc`'s tokens."""
    def inside(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in blocks)
    spans = [ent for ent in doc.ents if not inside(ent.start_char, ent.end_char)]
    for ent in copy.ents:
        span = doc.char_span(ent.start_char, ent.end_char, label=ent.label_, alignment_mode="contract") \
            if inside(ent.start_char, ent.end_char) else None
        if span is not None and len(span):
            spans.append(span)
    return filter_spans(spans)
