"""A ministry's name with "for" where the sources write "of", or "of" where they write "for" (sentences written
for these tests): "the Ministry for Foreign Affairs of Finland" is Finland's foreign ministry, and "the Ministry of
Europe and Foreign Affairs" is France's "Ministry for Europe and Foreign Affairs" in a story that names France,
but in a Tirana story that never does it is judged as any name only like a body's own: the story's state's
foreign ministry, never France's."""
import pytest

from gazetteer.ministry_prepositions import with_other_preposition
from tests.mention_helpers import linked_names


def test_a_ministry_written_with_for_where_the_sources_write_of(resolve):
    ms = resolve("HELSINKI, April 4 (Reuters) - The Ministry for Foreign Affairs of Finland said it had summoned the "
                 "Russian ambassador.", "2019-04-04")
    assert linked_names(ms, "Ministry for Foreign Affairs of Finland") == {"Ministry of Foreign Affairs of Finland"}


def test_another_states_ministry_by_its_name_with_of_in_a_story_that_names_it(resolve):
    ms = resolve("BAMAKO, April 4 (AFP) - Mali said the Ministry of Europe and Foreign Affairs had been told of the "
                 "expulsion. France said it regretted the move.", "2019-04-04")
    assert linked_names(ms, "Ministry of Europe and Foreign Affairs") == {"Ministry for Europe and Foreign Affairs"}


def test_a_name_only_like_another_states_ministry_is_the_storys_own(resolve):
    ms = resolve("TIRANA, April 4 (Reuters) - The Ministry of Europe and Foreign Affairs said Albania would expel a "
                 "Russian diplomat.", "2021-04-04")
    assert linked_names(ms, "Ministry of Europe and Foreign Affairs") == {"Ministry of Foreign Affairs of Albania"}


@pytest.mark.parametrize("name, expected", [
    ("Ministry for Foreign Affairs of Finland", ["Ministry of Foreign Affairs of Finland"]),
    ("French Ministry of Europe and Foreign Affairs", ["French Ministry for Europe and Foreign Affairs"]),
    ("MINISTRY OF DEFENCE", ["MINISTRY FOR DEFENCE"]),
    ("Office of the Prime Minister", []),
    ("Minister for Foreign Affairs", []),
])
def test_the_preposition_after_ministry_turned(name, expected):
    assert with_other_preposition(name) == expected
