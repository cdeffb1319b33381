"""A demonym naming a broadcaster's language service ("VOA's Somali Service", "told VOA Albanian") names a
language, no state; the same words elsewhere keep their state (sentences written for these tests; the
real model and gazetteer)."""
from tests.mention_helpers import linked_names, names


def _linked_at(mentions, text, start):
    return {m.canonical_name for m in mentions if m.text == text and m.start_char == start and m.entity_id is not None}


def test_a_language_service_names_no_state(resolve):
    text = ("A lawmaker told VOA's Somali Service on Monday that the Somali government had sent troops to the "
            "town. A minister in Tirana told VOA Albanian that Albanian officials would meet on Friday.")
    mentions = resolve(text, date="2024-03-11")
    assert not _linked_at(mentions, "Somali", text.index("Somali Service")), names(mentions, "Somali")
    assert not _linked_at(mentions, "Albanian", text.index("VOA Albanian") + 4), names(mentions, "Albanian")
    assert _linked_at(mentions, "Somali", text.index("Somali government")) == {"Somalia"}, names(mentions, "Somali")
    assert _linked_at(mentions, "Albanian", text.index("Albanian officials")) == {"Albania"}, names(mentions, "Albanian")
    assert linked_names(mentions, "VOA") == {"Voice of America"}


def test_service_members_keep_their_state(resolve):
    text = "Two American service members were killed on Sunday, and British service personnel were wounded."
    mentions = resolve(text, date="2024-03-11")
    assert linked_names(mentions, "American") == {"United States"}, names(mentions, "American")
    assert linked_names(mentions, "British") == {"United Kingdom"}, names(mentions, "British")


def test_a_demonym_before_a_title_after_a_broadcaster_keeps_its_state(resolve):
    """'told VOA Russian President Vladimir Putin ...': the demonym opens the title of the person named
    next, not a language service; 'told VOA Russian that ...' is still the service."""
    text = ("An adviser tells VOA Russian President Vladimir Putin will not attend the summit. "
            "A Kremlin critic told VOA Russian that the vote was rigged.")
    mentions = resolve(text, date="2024-03-11")
    assert _linked_at(mentions, "Russian", text.index("Russian President")) == {"Russia"}, names(mentions, "Russian")
    assert not _linked_at(mentions, "Russian", text.index("VOA Russian that") + 4), names(mentions, "Russian")
