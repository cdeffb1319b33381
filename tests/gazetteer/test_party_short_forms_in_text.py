"""Parties named by their short forms in running text, with the real model and gazetteer: the words
are found where the model marks nothing, and linked only where the article's country is clear."""
import pytest

from tests.gazetteer.test_resolver import named   # the fixture `resolve` is tests/gazetteer/conftest.py's


def party_of(ms, text):
    m = named(ms, text)
    return m.canonical_name, m.country_code


def test_a_bare_party_word_is_the_party_of_the_country_the_article_is_about(resolve):
    ms = resolve("In London, British ministers said the Tories would lose, and Labour Members agreed with "
                 "the British press that a Conservative Government would fall.", date="2015-05-01")
    assert party_of(ms, "Tories") == ("Conservative Party (UK)", "GB")
    assert party_of(ms, "Labour") == ("Labour Party (UK)", "GB")
    assert party_of(ms, "Conservative") == ("Conservative Party (UK)", "GB")


def test_the_same_words_in_another_country_name_that_country_s_party(resolve):
    ms = resolve("Democrats in Washington attacked the American plan, which Republicans praised.")
    assert party_of(ms, "Democrats")[1] == "US"
    assert party_of(ms, "Republicans")[1] == "US"
    ms = resolve("In Ottawa, Canadian officials said the Tories had lost the vote.", date="2012-05-01")
    assert party_of(ms, "Tories") == ("Conservative Party of Canada", "CA")   # the 2003 party, by its Wikipedia title


def test_without_a_country_the_party_word_stays_unknown(resolve):
    ms = resolve("The Tories and Labour argued late into the night.", date=None)
    assert all(m.entity_id is None for m in ms if m.text in ("Tories", "Labour"))


def test_a_party_that_did_not_exist_on_the_date_is_not_named(resolve):
    ms = resolve("In London, British ministers said the Liberals had lost their last seat.", date="2010-05-01")
    assert all(m.entity_id is None for m in ms if m.text == "Liberals")   # the Liberal Party ended in 1988
    ms = resolve("In London, British ministers said the Liberals had lost their last seat.", date="1970-05-01")
    assert party_of(ms, "Liberals") == ("Liberal Party (UK)", "GB")


@pytest.mark.parametrize("text", [
    "Conservative estimates put the cost in Britain at 5 billion pounds, London said.",
    "In London, British officials said National Insurance and Labour Day were unchanged.",
    "In London, British officials said the Labour Ministry and the Higher Labour Court had met.",
])
def test_ordinary_uses_of_party_words_are_no_mentions_of_a_party(resolve, text):
    ms = resolve(text, date="2015-05-01")
    parties = [m for m in ms if m.entity_type == "ORG" and m.country_code == "GB" and "Party" in (m.canonical_name or "")]
    assert not parties


def test_a_party_word_inside_a_longer_party_name_is_no_mention_of_its_own(resolve):
    ms = resolve("In London, British ministers said the Liberal Democrats and the Labour Party had met.")
    assert [m.text for m in ms if "Democrat" in m.text or "Labour" in m.text] == ["Liberal Democrats", "Labour Party"]


def test_a_creed_s_adjective_is_no_party(resolve):
    ms = resolve("In London, British ministers said the Communist system had failed the British people.",
                 date="1975-05-01")
    assert all(m.entity_id is None for m in ms if m.text == "Communist")


def test_a_party_known_by_a_plural_name_in_several_countries_is_the_article_country_s(resolve):
    ms = resolve("In Berlin, German officials said the Social Democrats had won.", date="2012-05-01")
    assert party_of(ms, "Social Democrats")[1] == "DE"


@pytest.mark.parametrize("text", [
    "In Washington, American officials said the Labor\nDepartment had the figures.",
    "In Washington, American officials told the Senate Labor Relations panel of the ruling.",
])
def test_a_word_heading_a_state_organ_s_name_is_no_party(resolve, text):
    ms = resolve(text, date="1950-05-01")     # the American Labor Party existed then
    assert not [m for m in ms if m.entity_type == "ORG" and "Labor Party" in (m.canonical_name or "")]


def test_a_word_closing_a_body_s_name_is_no_party(resolve):
    for text in ("In Bern, Swiss officials said the Federal Office of Industry, Trade and Labour had the figures.",
                 "Swiss consumer prices rose 0.1 pct in February, the Federal Office of Industry, Trade and Labour\n"
                 "said.",
                 "Swiss prices rose 4.3 pct from February 1986, the\nFederal Office of Industry, Trade and Labour said."):
        ms = resolve(text, date="1987-03-09")   # Switzerland had a Labour Party then
        assert not [m for m in ms if m.entity_type == "ORG" and "Labour Party" in (m.canonical_name or "")], text


def test_a_form_written_in_another_case_is_no_party(resolve):
    ms = resolve("In Washington, American officials said conservative Democrats backed the plan.")
    assert "conservative Democrats" not in [m.text for m in ms]


def test_a_party_word_after_another_party_s_name_is_still_a_party(resolve):
    ms = resolve("In London, British ministers said the Liberal Party and Labour had met the Tories.\n    The "
                 "Conservative government said so.", date="1975-05-01")
    assert party_of(ms, "Labour") == ("Labour Party (UK)", "GB")
    assert party_of(ms, "Conservative") == ("Conservative Party (UK)", "GB")


def test_a_party_s_members_in_a_chamber_are_the_party(resolve):
    ms = resolve("In Washington, House Democrats and Senate Republicans said the American budget would pass.",
                 date="2021-05-01")
    assert party_of(ms, "Democrats") == ("Democratic Party (United States)", "US")
    assert party_of(ms, "Republicans")[1] == "US"
    ms = resolve("In Washington, the Senate Labor Committee met American unions.", date="2021-05-01")
    assert all(m.entity_id is None or "Labor" not in m.canonical_name for m in ms if m.text == "Labor")


def test_a_party_adjective_before_its_people_in_a_story_of_two_states(resolve):
    # Canada and China both named, neither leading: "Conservative MP" says a party, Canada's the one
    ms = resolve("OTTAWA - Canada expelled a Chinese diplomat on Monday, and China said it would answer. "
                 "Beijing called it a smear. Conservative MP Lorne Abbot said he had been threatened.",
                 date="2023-05-09")
    assert party_of(ms, "Conservative") == ("Conservative Party of Canada", "CA")
    ms = resolve("PARIS - France expelled 40 Soviet officials, and Moscow said it would answer. The Soviet "
                 "Union called it a provocation. Mitterrand's Socialist government said nothing.", date="1983-04-06")
    assert party_of(ms, "Socialist") == ("Socialist Party (France)", "FR")
