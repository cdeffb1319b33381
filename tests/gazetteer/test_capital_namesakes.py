"""A bare capital's name in a story about its country is that capital, not a larger namesake of a country
the story names more often (transforms/capital_namesakes.py); a name placed by 'Town, State', a story whose
places are the namesake's, and a capital the resolver already chose keep their links."""
from tests.mention_helpers import names


def test_a_capital_in_a_story_about_its_country_beats_a_larger_namesake(resolve):
    got = names(resolve(
        "Costa Rica's President said on Tuesday that talks with the United States on coffee tariffs would resume "
        "in San Jose next month. United States negotiators had walked out in March, and the United States trade "
        "office said it wanted new terms. A Costa Rican official said the United States offer was too low.",
        date="2019-05-06"), "San Jose")
    assert got == {"San José"}, got


def test_a_capital_in_a_sentence_of_its_country_beats_a_larger_namesake(resolve):
    got = names(resolve(
        "The United States and Canada said on Friday that banana imports would be checked. Inspectors will fly "
        "to San Jose and then to the ports of Costa Rica. The United States said the checks would take weeks.",
        date="2019-05-06"), "San Jose")
    assert got == {"San José"}, got


def test_a_town_placed_by_its_state_stays_american(resolve):
    got = names(resolve(
        "SAN JOSE, Calif. - Two chip makers said on Monday they would hire 2,000 engineers in San Jose. "
        "Their chief executives also said the United States and Costa Rica should sign a trade pact.",
        date="2019-05-06"), "San Jose")
    assert got == {"San Jose"}, got


def test_a_town_among_places_of_its_own_country_stays(resolve):
    got = names(resolve(
        "Silicon Valley landlords in San Jose, Oakland and Palo Alto raised rents again, California officials "
        "said. A coffee importer from Costa Rica said it would move its office to Sacramento.",
        date="2019-05-06"), "San Jose")
    assert got == {"San Jose"}, got


def test_a_capital_the_resolver_chose_keeps_its_link(resolve):
    got = resolve(
        "France and the United States agreed a tax deal on Monday. The talks in Paris followed a meeting in "
        "Texas, where United States officials said France had moved. Washington welcomed the deal.",
        date="2019-05-06")
    assert names(got, "Paris") == {"Paris"} and names(got, "Washington") == {"Washington, D.C."}, \
        [(m.text, m.canonical_name, m.entity_id) for m in got]
    assert any(m.entity_id and m.entity_id.startswith("capital:") for m in got if m.text == "Paris")


def test_a_town_placed_in_texas_is_no_capital(resolve):
    got = resolve(
        "France and the United States agreed a tax deal on Monday. A rodeo in Paris, Texas, drew crowds, and "
        "United States officials said France had moved.", date="2019-05-06")
    assert not any(m.entity_id and m.entity_id.startswith("capital:") for m in got if m.text == "Paris"), \
        [(m.text, m.canonical_name, m.entity_id) for m in got]


def test_split_evidence_leaves_the_name_unknown(resolve):
    # the sentence points to Costa Rica, the story's places to the United States: neither town for sure
    got = resolve(
        "Growers in Fresno, Miami and Houston asked the United States Congress for help on Monday. "
        "A delegation will fly to San Jose and the ports of Costa Rica next week.", date="2019-05-06")
    assert {m.entity_id for m in got if m.text == "San Jose"} == {None}, \
        [(m.text, m.canonical_name, m.entity_id) for m in got]


def test_towns_of_the_namesake_elsewhere_in_the_story_keep_it(resolve):
    got = names(resolve(
        "Two chip makers said on Monday that they would hire 2,000 engineers in San Jose. Rents in Palo Alto "
        "and Oakland rose again. The firms also said the United States and Costa Rica should sign a trade pact.",
        date="2019-05-06"), "San Jose")
    assert got == {"San Jose"}, got


def test_a_region_of_the_other_country_does_not_outweigh_the_capital(resolve):
    got = names(resolve(
        "Central American leaders met in San José on Monday to mark the peace plan. The plan was signed by the "
        "presidents of Costa Rica, Honduras and Guatemala, said a historian at a college in the U.S. state of "
        "Vermont. \"The United States could have stopped it,\" he said.", date="2007-08-10"), "San José")
    assert got == {"San José"}, got
