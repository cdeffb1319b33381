"""Words a copied page ran together where its line breaks were: split where the text shows that habit.

Pages copied from some news sites lose the space at each line break of the original layout, so that
words run together all through the text: "Six diplomats receivedappointment decisions", "on behalf of
PresidentNguyen Phu Trong, Deputy Prime Minister Pham Binh Minhhanded over the decisions", "Le Hong
LamAmbassador to Norway". The model then reads no name, or a name with a word stuck to it. A reader
sees the habit from the plain words it garbles ("theywill", "fulfilltheir": a function word run into
another English word, which no English text writes) and reads the names apart.

`run_together_text` tells such a text: at least `MIN_RUNS` different lower-case words that are no
English word but an English word and a function word (`RUN_WORDS`: none that makes compounds, as
"over" or "with" do) run together. Only in such a text,
`run_together_splits` splits a word:

* at a change from lower to upper case, where one side is an English word of three letters or more
  ("PresidentNguyen", "LamAmbassador", "VietnameseAmbassador");
* after capitals run into a lower-case English word ("USattaches");
* a capitalised word before a lower-case English word run onto it ("Minhhanded", "Dungspoke"), where
  the first part is a word the text also writes on its own (the "Minh" of "Foreign Minister Minh") or
  an English word of five letters or more, and the rest a function word of three letters or more or an
  English word of four or more.

A word that is a known name ("Greenland", "Netherlands", "Blackpool": the gazetteer's one-word names)
or an English word is never split, nor is any word of a text without the habit ("BlackRock",
"MacArthur").
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from transforms.name_spans import _is_english, english_words

MIN_RUNS = 2
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CAPS_THEN_WORD = re.compile(r"^([A-Z]{2,})([a-z]{3,})$")


# Function words of three letters or more that open or close no English word as a prefix or suffix
# does ("over", "under", "with", "out" make "overcapacity", "underwriting", "withdrew", "payout"),
# so that an English word run into one of them is a run-together pair, not a compound.
RUN_WORDS = frozenset({
    "the", "and", "their", "they", "will", "all", "within", "that", "this", "these", "those", "which", "who",
    "have", "were", "would", "should", "could", "also", "both", "each", "into", "from", "towards",
    "between", "such", "been", "being", "than", "them", "where", "when", "while", "said", "its",
})


def runs_two_words(word: str, english: frozenset) -> bool:
    """Is the lower-case `word` no English word, but an English word and a function word run together
    ("theywill", "fulfilltheir", "scienceand")?"""
    if not word.isalpha() or not word.islower() or len(word) < 7 or _is_english(word, english):
        return False
    for k in range(3, len(word) - 2):
        left, right = word[:k], word[k:]
        if (left in RUN_WORDS and right in english
                or right in RUN_WORDS and left in english):
            return True
    return False


def run_together_text(words, english: frozenset) -> bool:
    """Does a text whose tokens are `words` run words together (at least MIN_RUNS different ones)?"""
    runs = {w for w in words if runs_two_words(w, english)}
    return len(runs) >= MIN_RUNS


def run_together_splits(word: str, own_words: set, english: frozenset, protected: frozenset) -> list:
    """Where a word of a run-together text splits: the offsets of its pieces after the first ([] if none).
    `own_words`: the words the text writes on their own; `protected`: lower-case names never split."""
    lower = word.lower()
    if not word.isalpha() or len(word) < 5 or lower in protected or _is_english(lower, english):
        return []
    m = _CAPS_THEN_WORD.match(word)
    if m:
        return [m.end(1)] if _is_english(m.group(2), english) else []
    cuts = [c.start() for c in _CAMEL.finditer(word)]
    if cuts:
        bounds = [0] + cuts + [len(word)]
        pieces = [word[a:b] for a, b in zip(bounds, bounds[1:])]
        if all(len(p) >= 3 for p in pieces) and any(_is_english(p.lower(), english) for p in pieces):
            return cuts
        return []
    if word[0].isupper() and word[1:].islower():
        for k in range(3, len(word) - 2):   # the longest English word run onto the end first
            head, tail = word[:k], word[k:]
            if not (len(tail) >= 3 and tail in STOP_WORDS or len(tail) >= 4 and _is_english(tail, english)):
                continue
            if head in own_words or len(head) >= 5 and _is_english(head.lower(), english):
                return [k]
    return []


@Language.factory("run_together_splitter")
def make_run_together_splitter(nlp: Language, name: str):
    return RunTogetherSplitter(english_words(nlp))


class RunTogetherSplitter:
    """Splits the words of a run-together text (`run_together_text`) where `run_together_splits` says.
    `protected` (lower-case one-word names that are never split) is set by the recogniser."""

    def __init__(self, english: frozenset):
        self.english = english
        self.protected: frozenset = frozenset()

    def __call__(self, doc: Doc) -> Doc:
        if not self.english or not run_together_text((t.text for t in doc), self.english):
            return doc
        own = {t.text for t in doc}
        splits = [(tok, cuts) for tok in doc
                  if (cuts := run_together_splits(tok.text, own, self.english, self.protected))]
        if splits:
            with doc.retokenize() as retokenizer:
                for tok, cuts in splits:
                    bounds = [0] + cuts + [len(tok.text)]
                    pieces = [tok.text[a:b] for a, b in zip(bounds, bounds[1:])]
                    retokenizer.split(tok, pieces, heads=[(tok, 0)] * len(pieces))
        return doc
