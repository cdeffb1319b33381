"""A place named like a country of two words or more but for one word that only looks like the country's (sentences
written for these tests): "El Salado", a village, is no misspelt El Salvador; misspellings that keep a word's
length within a letter ("El Salvadr", "Saudi Arbia") and a word of another form ("Czechoslovak State") still
find the country."""
import pytest

from gazetteer.org_names import word_swapped
from tests.mention_helpers import linked_names


def test_a_village_named_like_a_country_is_no_misspelt_country(resolve):
    ms = resolve("Villagers in El Salado said troops had burned their houses. The mayor of El Salado asked for "
                 "help.", "1998-04-05")
    assert linked_names(ms, "El Salado") == set()


def test_a_misspelt_country_still_finds_the_country(resolve):
    ms = resolve("SAN SALVADOR - Troops in El Salvadr burned houses, villagers said.", "1998-04-05")
    assert linked_names(ms, "El Salvadr") == {"El Salvador"}


@pytest.mark.parametrize("key, names, expected", [
    ("el salado", ["el salvador"], True),
    ("el salvadr", ["el salvador"], False),
    ("guinea bisau", ["guinea bissau"], False),
    ("central african rep", ["central african republic"], False),
    ("czechoslovak state", ["czechoslovak republic"], False),
    ("salado", ["salvador"], False),
])
def test_one_word_put_for_another(key, names, expected):
    assert word_swapped(key, names) is expected
