"""Token spans of words in a Doc, for tests that hand recognisers spans by their words."""


def token_span(doc, words: str) -> tuple[int, int]:
    """(start, end) of the first run of tokens spelling `words` (split on spaces)."""
    w = words.split()
    for i in range(len(doc) - len(w) + 1):
        if [t.text for t in doc[i:i + len(w)]] == w:
            return i, i + len(w)
    raise AssertionError(words)


def repaired_spans(repair, doc, ner_words: list, gaz_words: dict = None) -> list[tuple[str, str]]:
    """(text, label) of the spans `repair(doc, ner, gaz)` gives, handed the model's spans by their words.
    `ner_words`: (words, label) the model found, in order; `gaz_words`: word -> gazetteer label."""
    words = [t.text for t in doc]
    ner = []
    for phrase, lab in ner_words:
        first = words.index(phrase.split()[0])
        ner.append((first, first + len(phrase.split()), lab))
    gaz = [(words.index(w), words.index(w) + 1, lab) for w, lab in (gaz_words or {}).items()]
    return [(doc[s:e].text, lab) for s, e, lab in repair(doc, ner, gaz)]
