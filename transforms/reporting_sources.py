"""A source the model leaves unmarked: a proper noun that says, reports or quotes, or the wire in a
dateline ("Belgrade, 4 March (TANJUG) - ...").

"Yugoslavia expelled two Soviet diplomats, Tanjug reported" and "CTK, the official press agency,
called the charter a pamphlet": the model marks no name there. A capitalised word that opens a
clause (its sentence, or after a comma, "and", a colon or a quote) right before a verb of saying, or
before an apposition that calls it a medium and then such a verb ("Tanjug, the Yugoslav news agency,
said"), and that the tagger reads as a proper noun (not "Officials said", "Sources reported"), is a
name: a body's when the apposition calls it an agency, a paper or a broadcaster, or when it is written
in capitals ("WAM said"), else a person's, as a bare surname is ("Smirnovsky said"). A word the model
reads elsewhere in the text as part of a body's, a product's or a place's name is a company's short
name ("Prime Medusa ... Prime said") and is left alone. Only words the model left unmarked and no other name has
taken are read (the tagger is asked about these few words only); the resolver then decides what the
name is, and a name it does not know stays "unknown", never a guess.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

# verbs of saying, as written (the job runs without spaCy's lemmatizer)
REPORTING_FORMS = frozenset({
    "said", "says", "reported", "reports", "quoted", "quotes", "announced", "announces", "added", "adds",
    "stated", "states", "claimed", "claims", "called", "calls", "wrote", "writes", "broadcast", "broadcasts",
    "accused", "accuses", "denied", "denies", "alleged", "alleges", "commented",
})
# what an apposition calls a source that is a body, not a person
MEDIA_HEADS = frozenset({"agency", "newspaper", "paper", "daily", "weekly", "radio", "television", "broadcaster",
                         "network", "station", "channel", "organ"})
CLAUSE_OPENERS = frozenset({",", "and", "but", ";", ":", '"', "\u201c", "'", "(", "-", "--", "\u2013", "\u2014"})
PROPER_TAGS = ("NNP", "NNPS")
_APPOSITION_REACH = 8   # tokens from the comma after the name to the comma closing its apposition


def _bare_word(tok, used_tokens: set) -> bool:
    text = tok.text
    return (tok.ent_type_ == "" and tok.i not in used_tokens and text[:1].isupper() and len(text) >= 3
            and text.replace("-", "").isalpha() and tok.lower_ not in STOP_WORDS)


def _opens_clause(doc: Doc, i: int) -> bool:
    """Token i opens its sentence or a clause; a line break is no clause's start ("Hong\nKong said")."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j < 0 or doc[j].text in CLAUSE_OPENERS or doc[j].text in (".", "!", "?") or doc[j + 1].is_sent_start \
        and not doc[j].text[:1].isalnum()


def _medium_apposition(doc: Doc, i: int) -> bool:
    """", the official press agency, said" after token i: True when it calls the name a medium."""
    if i + 1 >= len(doc) or doc[i + 1].text != ",":
        return False
    for j in range(i + 2, min(len(doc) - 1, i + 2 + _APPOSITION_REACH)):
        if doc[j].text == ",":
            return (any(t.lower_ in MEDIA_HEADS for t in doc[i + 2:j]) and doc[j + 1].lower_ in REPORTING_FORMS)
    return False


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def dateline_agency(doc: Doc, i: int) -> bool:
    """Token i is the one word in parentheses before a dateline's dash: "Belgrade, 4 March (TANJUG) -"."""
    if not (1 < i < len(doc) - 2 and doc[i - 1].text == "(" and doc[i + 1].text == ")"
            and any(t.text in DASHES for t in doc[i + 2:i + 4] if not t.is_space)):
        return False
    opening = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    before = doc[i - 2].text.rstrip(".").lower()
    # a dateline opens its text or paragraph and ends in a date or a place in capitals ("SEOUL (Yonhap) -")
    return i - opening <= DATELINE_TOKENS and (before.isdigit() or before in MONTHS or doc[i - 2].text.isupper())


DATELINE_TOKENS = 12
MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                    "january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december"})


def reporting_sources(doc: Doc, used_tokens: set, tags: Callable[[str], Sequence[str]]) -> list[tuple[int, int, str]]:
    """(start, end, label) of each unmarked proper noun that opens a clause as the subject of a verb of
    saying: "ORG" when an apposition calls it a medium, else "PERSON". `tags`: the tagger's
    fine-grained tags of a text."""
    return [(s, e, label) for s, e, label, text in source_candidates(doc, used_tokens)
            if text is None or tagged_proper(tags(text))]


def source_candidates(doc: Doc, used_tokens: set) -> list[tuple[int, int, str, Optional[str]]]:
    """(start, end, label, text) of each word `reporting_sources` may keep: `text` the words from its sentence's
    start to the word after it, which the tagger must read as ending in a proper noun and that word
    (`tagged_proper`), or None for a wire in a dateline, kept as it is. What is asked does not depend on
    the answers, so a batch's articles can have their words tagged together."""
    out = []
    # a word the model reads as part of a body, a product or a place elsewhere ("Prime Medusa ... Prime
    # said", "E.F. Hutton Group Inc ... Hutton said"): a company's short name, left alone
    elsewhere = {t.lower_ for ent in doc.ents if ent.label_ != "PERSON" for t in ent}
    for tok in doc[:-1]:
        i = tok.i
        if not _bare_word(tok, used_tokens) or tok.lower_ in elsewhere:
            continue
        if dateline_agency(doc, i):
            out.append((i, i + 1, "ORG", None))   # the wire that sent the story
            continue
        if not _opens_clause(doc, i):
            continue
        medium = _medium_apposition(doc, i)
        if not medium and doc[i + 1].lower_ not in REPORTING_FORMS:
            continue
        sent_start = tok.sent.start if doc.has_annotation("SENT_START") else 0
        out.append((i, i + 1, "ORG" if medium or tok.text.isupper() else "PERSON",   # "WAM said": no surname
                    doc[sent_start:i + 2].text))
    return out


def tagged_proper(found: Sequence[str]) -> bool:
    """The tags of a candidate's words (`source_candidates`) read it as a proper noun: not "Officials said",
    "Sources reported"."""
    return len(found) >= 2 and found[-2] in PROPER_TAGS
