"""What the resolved mentions of a text say, for tests that resolve sentences written for them; and the name
queries of a text, for tests of the resolver's passes over them."""
from gazetteer.resolution import NameQuery


def names(mentions, text: str) -> set:
    """The canonical names of the mentions spelt `text` (None for one that links to nothing)."""
    return {m.canonical_name for m in mentions if m.text == text}


def linked_names(mentions, text: str) -> set:
    """The names of the entities the mentions spelt `text` link to (a name no source holds links to none)."""
    return {m.canonical_name for m in mentions if m.text == text and m.entity_id is not None}


def name_queries(text: str, *names, context: int = 0) -> list:
    """A NameQuery for each (name, label), in order, at its next place in `text`; with `context`, the query
    carries that many characters of the text before it."""
    out, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        out.append(NameQuery(name, label, start, start + len(name), text[max(0, start - context):start]))
        at = start + len(name)
    return out
