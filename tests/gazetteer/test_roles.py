"""Role titles from sources and from news text map to one role key."""
import pytest

from gazetteer.roles import ROLE_KEYS, TITLE_PATTERNS, role_key_for_cameo, role_key_for_title


@pytest.mark.parametrize("title,key", [
    ("Foreign Secretary", "foreign_minister"),
    ("Secretary of State for Foreign and Commonwealth Affairs", "foreign_minister"),
    ("Secretary of State for Foreign, Commonwealth and Development Affairs", "foreign_minister"),
    ("Minister of Foreign Affairs", "foreign_minister"),
    ("Foreign Minister", "foreign_minister"),
    ("Secretary of State", "foreign_minister"),
    ("Minister for Europe and Foreign Affairs", "foreign_minister"),
    ("Prime Minister", "head_of_government"),
    ("Premier", "head_of_government"),
    ("Chancellor", "head_of_government"),
    ("Premier of the State Council", "head_of_government"),
    ("President", "head_of_state"),
    ("President of the United States", "head_of_state"),
    ("King", "head_of_state"),
    ("Queen", "head_of_state"),
    ("Deputy Foreign Minister", "deputy_foreign_minister"),
    ("Deputy Minister of Foreign Affairs", "deputy_foreign_minister"),
    ("Minister of State for Europe", "deputy_foreign_minister"),
    ("Ambassador to the United States", "ambassador"),
    ("White House Press Secretary", "spokesperson"),
    ("Secretary of State for Northern Ireland", "minister"),
    ("Chancellor of the Exchequer", "minister"),
    ("Premier of Alberta", "subnational_leader"),
    ("Prime Minister of Lower Saxony", "subnational_leader"),   # a German state's, no chancellor
    ("Governor of Kirov Oblast", "subnational_leader"),
    ("Counselor to the President", "official"),
    ("President of the Treasury Board", "minister"),
    # a title that names a monarch or a president is not always a head of state's
    ("Captain of the Queen's Bodyguard of the Yeomen of the Guard (Lords Deputy Chief Whip)", "legislator"),
    ("Captain of the King's Bodyguard of the Yeomen of the Guard", "legislator"),
    ("COP26 President", "minister"),
    ("President of Bashkortostan", "subnational_leader"),
    ("President of the Sakha Republic", "subnational_leader"),
    ("Premier of Yukon", "subnational_leader"),
    ("Deputy Minister in the Prime Minister's Office", "deputy_minister"),
    ("Vice Chair of the Federal Reserve", "official"),
    ("President of the National Assembly", "official"),
    ("President of the European Commission", "official"),
    # ... and a state named with "the" has a head of state all the same
    ("President of the Czech Republic", "head_of_state"),
    ("President of the Philippines", "head_of_state"),
    ("Alternate Prime Minister", "deputy_head_of_government"),
])
def test_titles_map_to_role_keys(title, key):
    assert role_key_for_title(title) == key


def test_unknown_and_empty_titles():
    assert role_key_for_title("") is None
    assert role_key_for_title("Beekeeper") is None


def test_cameo_codes():
    assert role_key_for_cameo("GOV") == "official"
    assert role_key_for_cameo("GOVBUS") == "minister"
    assert role_key_for_cameo("ELI") == "notable"
    assert role_key_for_cameo("MIL") == "military"


def test_title_patterns_are_lower_case_known_keys_longest_first():
    assert all(p == p.lower() and k in ROLE_KEYS for p, k in TITLE_PATTERNS)
    lengths = [len(p) for p, _ in TITLE_PATTERNS]
    assert lengths == sorted(lengths, reverse=True)
    assert ("foreign secretary", "foreign_minister") in TITLE_PATTERNS
    assert ("deputy foreign minister", "deputy_foreign_minister") in TITLE_PATTERNS
