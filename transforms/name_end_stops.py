"""A known name whose last word is also an abbreviation, at a sentence's end: "... adviser to Hun Sen. The talks".

spaCy's tokenizer keeps "Sen." one word wherever it stands (a special case, for "Sen. Kennedy"), so a name
ending in "Sen" that closes a sentence is "Hun" and "Sen.": the model reads a person "Hun" and the phrase
matcher never sees "Hun Sen". Where the words before such an abbreviation and its stem are a name the
gazetteer holds ("Hun Sen", "Ronen Sen"), the stop is cut off the stem, so that the name is found whole; the
abbreviation before a name ("Sen. Kennedy") and after words that make no known name stays as it is.
"""
from __future__ import annotations

from typing import Dict, Iterable, List, Sequence, Tuple

from spacy.attrs import ORTH
from spacy.tokens import Doc


def abbreviations(tokenizer) -> frozenset:
    """The tokenizer's special cases that are a capitalised word and its stop ("Sen.", "Gen.", "Jr.")."""
    return frozenset(k[:-1] for k in tokenizer.rules
                     if k.endswith(".") and k[:-1].isalpha() and k[:1].isupper() and k[1:-1].islower())


def names_ending_in(phrases: Iterable[Sequence[str]], stems: frozenset) -> Dict[str, List[Tuple[str, ...]]]:
    """stem -> the words before it of each phrase of several words that ends in it ("Sen" -> [("Hun",)])."""
    out: Dict[str, List[Tuple[str, ...]]] = {}
    for words in phrases:
        if len(words) > 1 and words[-1] in stems:
            out.setdefault(words[-1], []).append(tuple(words[:-1]))
    return out


def split_name_end_stops(doc: Doc, names: Dict[str, List[Tuple[str, ...]]]) -> Doc:
    """`doc` with the stop cut off an abbreviation ("Sen.") that ends a known name ("Hun Sen.")."""
    if not names:
        return doc
    cut = []
    # only the tokens written as a stem and its stop, found in the token array (no Token made for the others)
    wanted = {doc.vocab.strings[stem + "."] for stem in names}   # (the strings' hashes)
    at = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in wanted] if len(doc) else []
    for tok in (doc[i] for i in at):
        heads = names.get(tok.text[:-1]) if tok.text.endswith(".") and len(tok.text) > 1 else None
        if heads and any(len(h) <= tok.i and tuple(t.text for t in doc[tok.i - len(h):tok.i]) == h for h in heads):
            cut.append(tok)
    if cut:
        with doc.retokenize() as retokenizer:
            for tok in cut:
                retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    return doc
