"""The dependency parse for the extract step: tagger, parser and lemmatizer, nothing else.

Recognition runs no parser (transforms/recognise.py: senter, NER and the gazetteer matcher
only). The extract step parses the few sentences that may hold an expulsion: story.py picks
them (its CANDIDATE test) and grammar.py reads their arcs. The parse callable is

    parse(texts) -> list[spacy.tokens.Doc]      one Doc per sentence text, in order

given to `extract_events(..., parse=...)`. In the job, transforms/extract.py loads it in its
DoFn's `setup` through `shared.Shared` (pipeline.loaders.ParserLoader), over the one spaCy
pipeline of the worker process that the recogniser also uses; no Doc leaves the step.
"""
from __future__ import annotations

import re
from typing import Sequence

from transforms.debate_abbreviations import ranks_kept_whole
from transforms.expulsions.lemma_index import lemma_index_as_sets
from transforms.expulsions.ruler_index import index_attribute_ruler


# The possessive clitic written with a typographic apostrophe ("Ireland\u2019s"): the model reads the word's
# shape and affixes, and parses "told four of Ireland\u2019s six diplomats to leave" as if "four" and "diplomats"
# were two objects, where "Ireland's" gives the partitive it means. The parse is given the straight one; one
# character for one, so every offset holds.
_CURLY_POSSESSIVE = re.compile(r"(?<=\w)\u2019(?=s\b)")


def parse_text(text: str) -> str:
    """`text` as the parser is given it: a typographic apostrophe before a possessive "s" made straight (same length)."""
    return _CURLY_POSSESSIVE.sub("'", text)


class SpacySentenceParser:
    """`parse(texts)` with only the parse components of a loaded pipeline, and the token repair the recogniser
    adds ("Miss Joan LestorReports" split in two), so the parse sees the tokens recognition sees: `nlp.pipe(...,
    disable=...)` skips NER, senter and the gazetteer matcher and changes nothing shared. What runs is read at
    each call, so it does not depend on whether the parser was set up before or after the recogniser added its
    components to the shared pipeline (the order a runner happens to set up its steps in)."""

    COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "titled_glue_splitter")

    def __init__(self, nlp, batch_size: int = 64):
        self.nlp = nlp
        self.batch_size = batch_size
        index_attribute_ruler(nlp)   # its matches found by index (the same), ~8x faster than its Matcher
        lemma_index_as_sets(nlp)     # the lemmatizer's word lists as sets (the same lemmas, no list scans)

    @property
    def skip(self) -> list[str]:
        return [p for p in self.nlp.pipe_names if p not in self.COMPONENTS]

    def __call__(self, texts: Sequence[str]) -> list:
        docs = (ranks_kept_whole(self.nlp.make_doc(parse_text(text))) for text in texts)   # "Lt." "Col." whole, as "Gen." is
        return list(self.nlp.pipe(docs, batch_size=self.batch_size, disable=self.skip))
