"""A leader's title before a bare surname names someone who held that office: "President Johnson" in an
undated cable is no Boris Johnson, who was never a president (small entities written for these tests; the
real model and gazetteer where `resolve` is used)."""
from gazetteer.model import Entity, Role
from gazetteer.titled_leaders import title_rules_out
from tests.mention_helpers import names

MAYOR = Entity("p:1", "Boris Vell", "PERSON", "XQ", roles=[
    Role("subnational_leader", "Mayor of Qandar", "XQ", "2008", "2016"),
    Role("head_of_government", "Prime Minister", "XQ", "2019", "2022")])
OFFICIAL = Entity("p:2", "Lyndon Vell", "PERSON", "ZR", roles=[Role("official", "leading figure", "ZR", "1963", "1969")])
NO_RECORD = Entity("p:3", "Anna Vell", "PERSON", "ZR")


def test_a_presidents_title_rules_out_one_who_held_only_other_offices():
    assert title_rules_out(("president", "head_of_state"), MAYOR)
    # ... but not one who held that kind of office: "Prime Minister Vell"
    assert not title_rules_out(("prime minister", "head_of_government"), MAYOR)


def test_an_unnamed_office_no_record_and_other_titles_rule_no_one_out():
    assert not title_rules_out(("president", "head_of_state"), OFFICIAL)
    assert not title_rules_out(("president", "head_of_state"), NO_RECORD)
    assert not title_rules_out(("senator", "legislator"), MAYOR)
    assert not title_rules_out(None, MAYOR)


def test_president_johnson_in_an_undated_cable_is_no_boris_johnson(resolve):
    text = ("We can take some satisfaction from fact Sukarno did not attack President Johnson or mention CIA. "
            "Australians and British here hold view that speech was mild.")
    mentions = resolve(text, date=None)
    assert not any(m.canonical_name == "Boris Johnson" for m in mentions if m.entity_id), names(mentions, "Johnson")


def test_prime_minister_johnson_with_the_british_named_is_still_boris_johnson(resolve):
    text = "The British Foreign Office said Prime Minister Johnson would meet the Indonesian envoy."
    mentions = resolve(text, date=None)
    assert any(m.canonical_name == "Boris Johnson" for m in mentions if m.text == "Johnson"), names(mentions, "Johnson")
