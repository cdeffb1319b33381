"""A bare "the Government" in a Lords debate is the British Government, not the state the debate is about."""
import pytest

from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import load_gazetteer
from transforms.home_government import debate_state, home_government


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_a_debate_is_known_by_its_forms_of_address():
    assert debate_state("Baroness Jones: My Lords, I thank the Minister.") == "GB"
    assert debate_state("I am grateful to the noble Lord for his question.") == "GB"
    assert debate_state("The Lord Mayor of London said the lords of misrule were out.") is None
    assert debate_state("MOSCOW, May 3 - The Government expelled two diplomats.") is None


def test_the_debates_government_is_its_own_states(gaz):
    russia = Resolution("ORG", "government:ru", "Government of Russia", "RU", "RU", None, 0.8, "context")
    queries = [NameQuery("Government", "ORG", 14, 24), NameQuery("Russian", "NORP", 44, 51)]
    russian = Resolution("NORP", "Q159", "Russia", "RU", "RU", None, 1.0, "demonym")
    got = home_government(gaz, "GB", queries, [russia, russian])
    assert (got[0].canonical_name, got[0].country_code, got[0].acts_for) == \
        ("Government of the United Kingdom", "GB", "GB")
    assert got[1] == russian


def test_without_a_debate_or_for_a_named_government_nothing_changes(gaz):
    russia = Resolution("ORG", "government:ru", "Government of Russia", "RU", "RU", None, 0.8, "context")
    assert home_government(gaz, None, [NameQuery("Government", "ORG", 0, 10)], [russia]) == [russia]
    named = [NameQuery("Russian Government", "ORG", 0, 18)]
    assert home_government(gaz, "GB", named, [russia]) == [russia]


def test_a_debates_other_bodies_named_bare_and_left_unknown_are_its_states(gaz):
    unknown = Resolution("ORG", None, "Ministry of Defence")
    got = home_government(gaz, "GB", [NameQuery("Ministry of Defence", "ORG", 40, 59)], [unknown])
    assert (got[0].canonical_name, got[0].country_code) == ("Ministry of Defence (UK)", "GB")
    # a body already linked, a one-word name and a name in no debate stay as they were
    moscow = Resolution("ORG", "x:1", "Ministry of Defence of Russia", "RU", "RU", None, 0.9, "alias")
    assert home_government(gaz, "GB", [NameQuery("Ministry of Defence", "ORG", 40, 59)], [moscow]) == [moscow]
    assert home_government(gaz, None, [NameQuery("Ministry of Defence", "ORG", 40, 59)], [unknown]) == [unknown]
    lone = Resolution("ORG", None, "Treasury")
    assert home_government(gaz, "GB", [NameQuery("Treasury", "ORG", 4, 12)], [lone]) == [lone]
