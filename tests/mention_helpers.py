"""What the resolved mentions of a text say, for tests that resolve sentences written for them."""


def names(mentions, text: str) -> set:
    """The canonical names of the mentions spelt `text` (None for one that links to nothing)."""
    return {m.canonical_name for m in mentions if m.text == text}


def linked_names(mentions, text: str) -> set:
    """The names of the entities the mentions spelt `text` link to (a name no source holds links to none)."""
    return {m.canonical_name for m in mentions if m.text == text and m.entity_id is not None}
