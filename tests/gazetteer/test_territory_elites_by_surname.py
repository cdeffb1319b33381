"""A territory's elite is no official of the state for the decades the Phoenix dictionary lists the elite span
("[GBRVGBELI 620101-030617]"): a bare "Mr. Smith" in a London story of 1965 is no future chief minister of the
British Virgin Islands, who is still himself in his own time (sentences written for these tests; the real
model and gazetteer)."""
from tests.mention_helpers import linked_names


def test_a_surname_in_a_story_decades_before_the_territory_s_office_is_nobody_known(resolve):
    ms = resolve("LONDON, Nov 16 - The British Prime Minister told the House of Commons that Mr. Smith had no "
                 "mandate for his actions. Mr. Smith was not available for comment.", "1965-11-16")
    assert linked_names(ms, "Smith") == set()


def test_the_territory_s_leader_in_office_is_still_named_in_full_and_by_surname(resolve):
    ms = resolve("ROAD TOWN, March 2 - Chief Minister Orlando Smith of the British Virgin Islands opened the new "
                 "harbour. Smith said tourism would grow.", "2005-03-02")
    assert linked_names(ms, "Orlando Smith") == linked_names(ms, "Smith") == {"Orlando Smith"}
    ms = resolve("COPENHAGEN, May 2 - Danish ministers met Faroese leaders. Mr. Bentsen said the fishing talks "
                 "would go on.", "1981-05-02")
    assert linked_names(ms, "Bentsen") == {"Niels Bentsen"}
