"""A town's name that speaks, read by the model as a body and not a place, is a company named after the town
("Toyota said its car exports fell"), unknown; a city the model reads as a place keeps its link when it
speaks ("Osaka said it would build an airport") (sentences written for these tests; the real model and
gazetteer)."""
from tests.mention_helpers import linked_names


def test_a_city_read_as_a_body_that_speaks_is_no_city(resolve):
    ms = resolve("OSAKA, May 13 (Reuter) - Toyota said its car exports to the United States fell 12 pct in April.",
                 "1987-05-14")
    assert linked_names(ms, "Toyota") == set()


def test_a_city_read_as_a_place_that_speaks_keeps_its_link(resolve):
    ms = resolve("TOKYO, May 13 (Reuter) - Osaka said it would build a new airport on an island in the bay.",
                 "1987-05-14")
    assert linked_names(ms, "Osaka") == {"Osaka"}
    ms = resolve("CHICAGO, June 13 (Reuter) - Chicago said it would sell bonds to repair its bridges.", "1987-06-14")
    assert linked_names(ms, "Chicago") == {"Chicago"}
