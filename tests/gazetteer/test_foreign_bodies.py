"""A generic body's name ("House of Commons") in a story about another state than the one body the
gazetteer knows by it: the home state's body, or unknown, never the wrong state's."""
import pytest

from gazetteer.model import Entity
from gazetteer.resolver import ArticleResolver
from gazetteer.store import Gazetteer
from tests.gazetteer.test_home_bodies import read

ENTITIES = [
    Entity("c:xq", "Qandaria", "COUNTRY", "XQ", demonyms=["Qandarian"]),
    Entity("c:zr", "Zerania", "COUNTRY", "ZR", demonyms=["Zeranian"]),
    Entity("c:gb", "United Kingdom", "COUNTRY", "GB", aliases=["Britain"], demonyms=["British"]),
    Entity("city:qa", "Qandar City", "CITY", "XQ", acts_for="XQ"),
    Entity("city:zr", "Zerograd", "CITY", "ZR", acts_for="ZR"),
    Entity("city:gb", "London", "CITY", "GB", acts_for="GB"),
    Entity("hc:gb", "House of Commons of the United Kingdom", "ORG", "GB", aliases=["House of Commons"]),
    Entity("sen:zr", "Senate of Zerania", "ORG", "ZR", aliases=["Senate", "Zeranian Senate"]),
    Entity("sen:xq", "Senate of Qandaria", "ORG", "XQ", aliases=["Qandarian Senate"]),
    Entity("pal:zr", "Amber Palace", "ORG", "ZR", acts_for="ZR"),
    Entity("sd:zr", "Zeranian Department of State", "ORG", "ZR", acts_for="ZR", aliases=["State Department"]),
]


@pytest.fixture(scope="module")
def resolver():
    return ArticleResolver(Gazetteer(ENTITIES))


def test_a_generic_body_in_a_story_about_another_state_is_not_the_foreign_one(resolver):
    text = ("QANDAR CITY - The trade minister told the House of Commons that Qandaria would curb "
            "timber exports from Qandar City.")
    res = read(resolver, text, ("QANDAR CITY", "GPE"), ("House of Commons", "ORG"), ("Qandaria", "GPE"),
               ("Qandar City", "GPE"))
    assert res[1].entity_id is None   # Qandaria's own house, which the gazetteer does not know


def test_the_home_states_body_of_that_name_is_taken_instead(resolver):
    text = "QANDAR CITY - The Senate passed the budget on Monday, and Qandaria's ports reopened."
    res = read(resolver, text, ("QANDAR CITY", "GPE"), ("Senate", "ORG"), ("Qandaria", "GPE"))
    assert res[1].entity_id == "sen:xq"


def test_the_body_stays_when_the_story_names_its_state(resolver):
    text = ("QANDAR CITY - Qandaria protested after the House of Commons in London debated Britain's "
            "sanctions on Qandaria.")
    res = read(resolver, text, ("QANDAR CITY", "GPE"), ("Qandaria", "GPE"), ("House of Commons", "ORG"),
               ("London", "GPE"), ("Britain", "GPE"), ("Qandaria", "GPE"))
    assert res[2].entity_id == "hc:gb"
    # and a story about Britain keeps it too
    text = "LONDON - The House of Commons voted on the bill on Tuesday."
    res = read(resolver, text, ("LONDON", "GPE"), ("House of Commons", "ORG"))
    assert res[1].entity_id == "hc:gb"


def test_without_a_clear_home_state_a_shared_name_of_a_state_never_named_is_unknown(resolver):
    text = ("Qandaria and Zerania signed the timber accord on Monday. The minister told the House of Commons "
            "that Zerania and Qandaria would review it.")
    res = read(resolver, text, ("Qandaria", "GPE"), ("Zerania", "GPE"), ("House of Commons", "ORG"),
               ("Zerania", "GPE"), ("Qandaria", "GPE"))
    assert res[2].entity_id is None


def test_a_body_with_a_name_of_its_own_names_its_state(resolver):
    text = ("QANDAR CITY - The Senate and the Amber Palace will study the Qandarian offer, Qandaria's "
            "envoy said in Qandar City.")
    res = read(resolver, text, ("QANDAR CITY", "GPE"), ("Senate", "ORG"), ("Amber Palace", "ORG"),
               ("Qandarian", "NORP"), ("Qandaria", "GPE"), ("Qandar City", "GPE"))
    assert res[1].entity_id == "sen:zr"   # the Amber Palace is Zerania's: its Senate is meant


def test_the_nationality_of_foreign_diplomats_is_no_sign_of_the_story_s_state(resolve):
    ms = resolve("The State Department said two Cuban diplomats had been expelled for spying.", "1985-03-03")
    assert {m.canonical_name for m in ms if m.text == "State Department"} == {"United States Department of State"}
    # compatriots of the body are: Canadian MPs sit in Canada's House of Commons, which the gazetteer lacks
    ms = resolve("Canadian MPs in the House of Commons voted on Monday.", "1985-03-03")
    assert {m.entity_id for m in ms if m.text == "House of Commons"} == {None}


def test_a_body_that_stands_for_its_state_keeps_its_link_in_a_story_from_another_state(resolver):
    text = "QANDAR CITY - Qandaria closed its border on Monday. The State Department said it regretted the move."
    res = read(resolver, text, ("QANDAR CITY", "GPE"), ("Qandaria", "GPE"), ("State Department", "ORG"))
    assert res[2].entity_id == "sd:zr"



def test_a_states_voice_other_states_bodies_are_also_called_is_the_storys_states_or_unknown(resolve):
    def foreign_office(text, date="2023-03-10"):
        return [m.canonical_name for m in resolve(text, date) if m.text == "Foreign Office" and not m.nested]
    # Britain's and Germany's bodies are both called so: in a Pakistani story it is neither
    assert foreign_office("ISLAMABAD - A Foreign Office spokesman said two Indian diplomats must leave within "
                          "48 hours. Pakistan will not accept the accusations.") == ["Foreign Office"]
    assert foreign_office("BERLIN - A Foreign Office spokesman said four Russian diplomats must leave Germany.") \
        == ["German Federal Foreign Office"]
    assert foreign_office("LONDON - The Foreign Office said 23 Russian diplomats must leave.") \
        == ["Foreign, Commonwealth and Development Office"]   # since 2 September 2020 (IfG)
    assert foreign_office("LONDON - The Foreign Office said 23 Russian diplomats must leave.", "2018-03-14") \
        == ["Foreign and Commonwealth Office"]
    # in a story about no clear state it stays the body the name is known for
    assert foreign_office("The Foreign Office said two members of the Bulgarian embassy must leave.") \
        == ["Foreign, Commonwealth and Development Office"]
