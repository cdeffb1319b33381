"""A ministry named by the exact name one state gives its own, of the "Ministry of/for ..." form many states give
theirs, in a story about another state that names the first nowhere else (sentences written for these tests):
"the Ministry for Europe and Foreign Affairs" in a Tirana story is Albania's foreign ministry, not France's, which
bears that name too; in a story that names France it stays France's, and so does a body with a name of its own
("the Quai d'Orsay")."""
import pytest

from gazetteer.foreign_bodies import named_as_ministries_are
from tests.mention_helpers import linked_names


def test_another_states_exact_ministry_name_in_a_story_of_a_state_that_bears_it_too(resolve):
    ms = resolve("TIRANA, April 4 (Reuters) - Albania said it would expel a Russian diplomat. The Ministry for Europe "
                 "and Foreign Affairs gave him a week to leave.", "2021-04-04")
    assert linked_names(ms, "Ministry for Europe and Foreign Affairs") == {"Ministry of Foreign Affairs of Albania"}


def test_the_ministry_stays_its_states_in_a_story_that_names_that_state(resolve):
    ms = resolve("BAMAKO, April 4 (AFP) - Mali said it had told France of the expulsion. The Ministry for Europe "
                 "and Foreign Affairs in Paris said it regretted the move.", "2021-04-04")
    assert linked_names(ms, "Ministry for Europe and Foreign Affairs") == {"Ministry for Europe and Foreign Affairs"}


@pytest.mark.parametrize("name, expected", [
    ("Ministry for Europe and Foreign Affairs", True),
    ("the Ministry of Defence", True),
    ("Federal Ministry for European and International Affairs", True),
    ("Quai d'Orsay", False),
    ("Foreign Office", False),
    ("State Department", False),
])
def test_a_name_of_the_form_many_states_give_their_ministries(name, expected):
    assert named_as_ministries_are(name) is expected
