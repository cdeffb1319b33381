"""Ask a resolver about a few names as if an article named them one after another."""
from __future__ import annotations

from gazetteer.resolution import NameQuery


def ask(resolver, date, *names):
    """Resolve `names` in an article of `date` ("YYYY-MM-DD").

    Each name is (text, label) or (text, label, the words just before it); the article's text is
    the names one after another, each ending a sentence."""
    text, queries = "", []
    for name, label, *before in names:
        start = len(text)
        text += name + ". "
        queries.append(NameQuery(name, label, start, start + len(name), before[0] if before else ""))
    return resolver.resolve(date, queries)
