"""A state whose name opens with "Saint" is named as news writes it, "St." or "St" ("St. Kitts and Nevis",
"St Lucia", "St. Lucian officials"); sentences written for these tests, the real model and gazetteer.
A capital's "Saint" is left as the sources write it ("St. John's" is Newfoundland's as much as Antigua's)."""

from gazetteer.sources_countries import saint_written_otherwise
from tests.mention_helpers import names


def test_the_other_ways_of_writing_saint():
    assert saint_written_otherwise(["Saint Lucia"]) == ["St. Lucia", "St Lucia"]
    assert saint_written_otherwise(["Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"]) \
        == ["St Vincent and the Grenadines"]
    assert saint_written_otherwise(["Santa Lucia", "Saint-Pierre", "Saint"]) == []


def test_states_named_with_st(resolve):
    ms = resolve("The delegation was led by the Prime Minister of St. Kitts and Nevis and included ministers "
                 "of St Lucia. St. Lucian officials welcomed the statement.", "2019-01-28")
    assert names(ms, "St. Kitts and Nevis") == {"Saint Kitts and Nevis"}
    assert names(ms, "St Lucia") == {"Saint Lucia"}
    assert names(ms, "St. Lucian") == {"Saint Lucia"}
