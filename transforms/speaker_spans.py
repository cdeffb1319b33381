"""Names the model missed, found by token pattern: the subject of a speech verb ("Tras said", "Tras, 33, said",
", said Tras.") and a name right after a role title ("Charge d'Affaires Zuheir Jabbour").

Recognition runs no parser (transforms/recognise.py), so these cues are word forms, not dependencies; the speech
verbs are listed inflected, as no lemmatizer is loaded.
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

_SPEECH_VERB_BASES = ("add", "state", "note", "argue", "warn", "insist", "claim", "reply", "respond",
                      "announce", "declare", "explain", "vow", "continue", "stress", "acknowledge",
                      "deny", "admit", "suggest", "recall", "conclude", "emphasize", "emphasise")
# inflected forms, so the check needs no lemmatizer (it is not loaded: the job does not need it)
SPEECH_VERBS = ({"say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes",
                 "wrote", "written", "reply", "replies", "replied"}
                | {f for b in _SPEECH_VERB_BASES
                   for f in (b, b + "s", b + ("d" if b.endswith("e") else "ed"), (b[:-1] if b.endswith("e") else b) + "ing")})

# words a speech verb may stand behind its subject with ("Tras also said", "Tras has said")
_SPEAKER_GAP = {"also", "later", "then", "again", "further", "earlier", "has", "had", "have", "once"}
# forms of a speech verb that follow their subject and are not nouns ("Tras said", "Tras adds";
# not "claims", "states", "notes", which follow names as nouns: "South China Sea claims")
_SPEECH_AFTER = ({f for f in SPEECH_VERBS if f.endswith("ed")} | {"said", "told", "wrote", "says", "adds", "tells",
                 "writes", "explains", "insists", "argues", "warns", "recalls", "acknowledges", "admits",
                 "suggests", "concludes", "emphasizes", "emphasises", "announces", "declares", "denies", "vows"})
# verbs that may come before their subject after a quote (", said Tras."): not "told", whose object follows
_INVERTED_SPEECH = {"said", "says", "added", "adds", "wrote", "writes", "explained", "noted", "stated", "argued",
                    "warned", "insisted", "replied", "continued", "recalled"}
_NOT_A_SUBJECT_BEFORE = {"in", "at", "from", "of", "for", "with", "without", "by", "to", "on", "into", "near", "and", "or",
                         "across", "about", "against", "over", "told", "tell", "tells", "telling"}
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their"}
_SENTENCE_ADVERBS = {"later", "earlier", "yesterday", "today", "tonight", "separately", "afterward"}


def speaks_after(doc: Doc, start: int, end: int) -> bool:
    """The span is the subject of a speech verb, by token pattern: "Tras said", "Tras also added",
    "Tras, 33, said", ", said Tras." (a quote's speaker after it). Not "officials in Moscow said",
    not "the ISPR said" (a person takes no article), not "South China Sea claims"."""
    if start > 0 and doc[start - 1].lower_ in _NOT_A_SUBJECT_BEFORE:
        return False
    if any(doc[p].lower_ in _DETERMINERS for p in range(max(0, start - 2), start)):
        return False
    k = end
    while k < len(doc) and k - end < 2 and doc[k].lower_ in _SPEAKER_GAP:
        k += 1
    if k < len(doc) and doc[k].lower_ in _SPEECH_AFTER:
        return True
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ != "which":
        # an apposition: "Khoshbo, 33, said", "Simon, who worked with Lai, argued" (not "El Pais, which")
        for k in range(end + 1, min(end + 14, len(doc) - 1)):
            if doc[k].text == "," and doc[k + 1].lower_ in _SPEECH_AFTER:
                return True
            if doc[k].is_punct and doc[k].text not in ("-", "'"):
                break
    return (start >= 2 and doc[start - 1].lower_ in _INVERTED_SPEECH and doc[start - 2].is_punct
            and (end == len(doc) or doc[end].is_punct))


def _proper(tok) -> bool:
    """A title-case word that is not a stop word: a proper noun, as far as tokens tell."""
    return tok.is_title and not tok.is_stop and tok.is_alpha


def _name_word(tok) -> bool:
    """A proper noun (`_proper`), or a surname with a capital inside it after a capitalised start ("FitzGerald",
    "McDonald", "DeConcini"): a capital, a lower-case letter, then any letters, not all of them upper case."""
    text = tok.text
    return _proper(tok) or (tok.is_alpha and not tok.is_stop and len(text) > 3 and text[0].isupper()
                            and text[1].islower() and not text.isupper())


def speaker_candidates(doc: Doc, used_tokens: set) -> list[tuple[int, int]]:
    """Title-case subjects of speech verbs that no other span covers ("Trash added"); not a word that
    opens a sentence and that the article elsewhere writes in lower case (a common noun: "Authorities said")."""
    found = []
    lower_words = {t.text for t in doc if t.is_lower}
    for tok in doc:
        if tok.i in used_tokens or not _proper(tok):
            continue
        alone = tok.i + 1 == len(doc) or not _proper(doc[tok.i + 1])
        if tok.is_sent_start and alone and tok.lower_ in lower_words:
            continue   # "Authorities said": capitalised only as a sentence's first word, lower case elsewhere
        if tok.i + 1 < len(doc) and _proper(doc[tok.i + 1]) and (tok.i + 1) not in used_tokens:
            continue   # the name goes on: judged at its last word
        start = tok.i
        while start - 1 >= 0 and _proper(doc[start - 1]) and (start - 1) not in used_tokens:
            start -= 1
        if start < tok.i and doc[start].is_sent_start and (doc[start].lower_ in _SENTENCE_ADVERBS
                                                           or doc[start].lower_.endswith("ly")):
            start += 1   # "Later Bo said": the adverb only looks like a name
        if speaks_after(doc, start, tok.i + 1):
            found.append((start, tok.i + 1))
    return found


def titled_names(doc: Doc, title_spans: Sequence[tuple[int, int]], used_tokens: set) -> list[tuple[int, int]]:
    """Names right after a role title that the model missed ("Charge d'Affaires Zuheir Jabbour").

    Two to four title-case proper nouns directly after the title ("Taoiseach Garret FitzGerald": a surname
    with a capital inside is one), none already part of another mention.
    """
    found = []
    for _, end in title_spans:
        stop = end
        while stop < len(doc) and stop - end < 4 and _name_word(doc[stop]) and stop not in used_tokens:
            stop += 1
        if stop - end >= 2:
            found.append((end, stop))
    return found
