"""Token spans of words in a Doc, for tests that hand recognisers spans by their words."""


def token_span(doc, words: str) -> tuple[int, int]:
    """(start, end) of the first run of tokens spelling `words` (split on spaces)."""
    w = words.split()
    for i in range(len(doc) - len(w) + 1):
        if [t.text for t in doc[i:i + len(w)]] == w:
            return i, i + len(w)
    raise AssertionError(words)
