"""A dateline's agency in parentheses is a name of its own, not the start of the lead's first name
(transforms/name_spans.py, glue_pieces). A sentence written for this test, with the real model and gazetteer."""


def test_the_agency_and_the_state_after_it_are_two_names(resolve):
    ms = resolve("BEIJING, July 24 (Xinhua) - China ordered the closure of the U.S. consulate in Chengdu.", "2020-07-24")
    assert {(m.text, m.canonical_name) for m in ms} >= {("Xinhua", "Xinhua News Agency"), ("China", "China")}
    assert not [m for m in ms if ")" in m.text]


def test_an_agency_code_in_the_dateline_is_the_news_agency_not_a_party_of_that_code(resolve):
    ms = resolve("HAVANA, Jan. 9 (AP) - Cuba freed two fishermen held since the autumn.", "1979-01-09")
    assert ("AP", "Associated Press") in {(m.text, m.canonical_name) for m in ms}
    ms = resolve("ABIDJAN, Ivory Coast (AFP) - The port reopened on Monday.", "2011-04-20")
    assert ("AFP", "Agence France-Presse") in {(m.text, m.canonical_name) for m in ms}


def test_the_same_code_outside_the_dateline_is_not_taken_for_the_agency(resolve):
    ms = resolve("The AP bloc in the assembly voted against the budget on Monday.", "1979-01-09")
    assert not [m for m in ms if m.canonical_name == "Associated Press"]


def test_a_second_agency_in_the_dateline_brackets_is_the_news_agency_too(resolve):
    ms = resolve("KINSHASA (Reuters, AFP) - The government reopened the border on Monday.", "2011-04-20")
    assert ("AFP", "Agence France-Presse") in {(m.text, m.canonical_name) for m in ms}


def test_agencies_listed_in_the_brackets():
    from gazetteer.org_names import in_agency_brackets
    assert in_agency_brackets("LONDON, March 4 (")
    assert in_agency_brackets("NICOSIA (Reuters, ")
    assert in_agency_brackets("NICOSIA (Reuters/ ")
    assert not in_agency_brackets("the minister said (in a statement ")
    assert not in_agency_brackets("NICOSIA (Reuters) - The ")
