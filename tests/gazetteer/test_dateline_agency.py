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


def test_state_news_agencies_of_the_cold_war_in_datelines_and_sentences(resolve):
    for text, code, agency in [
            ("WARSAW, Feb. 3 (PAP) - Poland recalled its ambassador. PAP said he left on Monday.", "PAP",
             "Polish Press Agency"),
            ("PRAGUE (CTK) - The ministry summoned the envoy.", "CTK", "Czech News Agency"),
            ("SOFIA, May 9 (BTA) - Bulgaria closed the consulate.", "BTA", "Bulgarian News Agency"),
            ("ALGIERS (APS) - Algeria recalled its envoy.", "APS", "Algérie Presse Service"),
            ("BUDAPEST (MTI) - Hungary protested.", "MTI", "Hungarian News Agency"),
            ("DAMASCUS (SANA) - The ministry protested. The official SANA agency said so.", "SANA",
             "Syrian Arab News Agency")]:
        ms = resolve(text, "1986-05-09")
        assert {m.canonical_name for m in ms if m.text == code} == {agency}, text


def test_an_agencys_initials_are_no_other_name_in_other_letters_and_a_party_keeps_its_code_at_home(resolve):
    ms = resolve("Yonhap News said the talks failed.", "1999-05-09")
    assert ("Yonhap News", "Yonhap News Agency") in {(m.text, m.canonical_name) for m in ms}
    ms = resolve("SANA'A, Yemen (AP) - Rebels took the city. The people of Sana were tired, Sana Mir said.", "2015-03-02")
    assert not [m for m in ms if m.canonical_name == "Syrian Arab News Agency"]
    ms = resolve("SINGAPORE (Reuters) - The ruling PAP won the election. PAP leaders said so.", "2015-09-12")
    assert {m.canonical_name for m in ms if m.text == "PAP"} == {"People's Action Party"}


def test_an_agencys_initials_no_source_lists_are_the_agency_where_it_reports(resolve):
    ms = resolve("Egypt expelled two Libyan diplomats, the official MENA news agency reported.", "1985-05-09")
    assert {m.canonical_name for m in ms if m.text == "MENA"} == {"Middle East News Agency"}
