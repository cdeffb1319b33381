"""Gazetteer phrases as PhraseMatcher keys, without making a Doc for each phrase.

`PhraseMatcher.add` takes a phrase either as a Doc or as its sequence of token
attribute hashes (the form a pickled matcher is restored from). The recogniser
adds ~49,000 gazetteer phrases in every worker process; making a Doc for each
(tokenizer, a lexeme for every new word, the Doc's arrays) was most of the
worker's start-up (~5 CPU s of ~8). Here a phrase is split as the tokenizer
would split it, and its ORTH or LOWER hashes are computed straight from the
token texts: the matcher ends up with the same keys, so the same matches.

The split: a phrase of space-separated words that are letters only and that the
tokenizer leaves whole (no special case, prefix, suffix, infix, URL or token
match: its own rules, asked of each word) is those words; any other phrase goes
through the tokenizer itself.
"""
from __future__ import annotations

from typing import Sequence

from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer


class PhraseSplitter:
    """Token texts of phrases, as `tokenizer` splits them (see the module docstring)."""

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer
        self._whole: dict[str, bool] = {}

    def _left_whole(self, word: str) -> bool:
        """Is `word` (no spaces) one token for the tokenizer, by its own rules?"""
        known = self._whole.get(word)
        if known is not None:
            return known
        tok = self.tokenizer
        whole = (word.isalpha() and word not in tok.rules
                 and not (tok.token_match and tok.token_match(word))
                 and not (tok.url_match and tok.url_match(word))
                 and not (tok.prefix_search and tok.prefix_search(word))
                 and not (tok.suffix_search and tok.suffix_search(word))
                 and not (tok.infix_finditer and next(iter(tok.infix_finditer(word)), None) is not None))
        self._whole[word] = whole
        return whole

    def split(self, phrases: Sequence[str]) -> list[list[str]]:
        """[[token text, ...] per phrase], in the order given."""
        out: list = [None] * len(phrases)
        rest = []
        for i, phrase in enumerate(phrases):
            words = phrase.split(" ")
            if all(w and self._left_whole(w) for w in words):
                out[i] = words
            else:
                rest.append(i)
        for i, doc in zip(rest, self.tokenizer.pipe(phrases[i] for i in rest)):
            out[i] = [t.text for t in doc]
        return out


def orth_keys(tokens: Sequence[str]) -> tuple:
    """A phrase's key for a PhraseMatcher on ORTH: each token text's string id (a symbol's id or its hash)."""
    return tuple(get_string_id(t) for t in tokens)


def lower_keys(tokens: Sequence[str]) -> tuple:
    """A phrase's key for a PhraseMatcher on LOWER (an English lexeme's LOWER is its text lower-cased)."""
    return tuple(get_string_id(t.lower()) for t in tokens)
