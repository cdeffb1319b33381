"""A small town's name that says something is a company named after it ("..., Beaumont said" after
"Beaumont Chemical Corp"); the town named as a place, a capital and a state that speak keep their link
(sentences written for these tests; the real model and gazetteer)."""
from tests.mention_helpers import names


def _linked_at(mentions, text, start):
    return {m.canonical_name for m in mentions if m.text == text and m.start_char == start and m.entity_id is not None}


def test_a_small_town_that_speaks_is_a_company(resolve):
    text = ("Beaumont Chemical Corp said its second-quarter profit would fall. Prices of resins dropped sharply "
            "in April, Beaumont said. The plant in Beaumont, Texas, will close for two weeks. Moscow said it "
            "would buy more resin, and Texas said it would cut the plant's taxes.")
    mentions = resolve(text, date="1987-04-20")
    assert not _linked_at(mentions, "Beaumont", text.index("Beaumont said")), names(mentions, "Beaumont")
    assert _linked_at(mentions, "Beaumont", text.index("Beaumont, Texas")) == {"Beaumont"}, names(mentions, "Beaumont")
    assert _linked_at(mentions, "Moscow", text.index("Moscow")) == {"Moscow"}
    assert _linked_at(mentions, "Texas", text.index("Texas said")) == {"Texas"}


def test_a_town_that_places_the_speaker_keeps_its_link(resolve):
    text = "Oriental Savings Bank of Beaumont, Texas, said its first-quarter profit rose 8 pct."
    mentions = resolve(text, date="1987-04-20")
    assert _linked_at(mentions, "Beaumont", text.index("Beaumont")) == {"Beaumont"}, names(mentions, "Beaumont")
