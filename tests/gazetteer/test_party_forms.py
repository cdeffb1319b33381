"""A party named by its short form ("Labour", "the Tories", "Democrats"): the forms come from the
party's own names, and the article's country decides which party a form names (or none)."""
from collections import Counter
from types import SimpleNamespace

from gazetteer.model import Entity
from gazetteer.party_forms import PartyForms, forms_by_party, short_forms


def country(code, name, *demonyms, aliases=()):
    return Entity(code, name, "COUNTRY", code, aliases=list(aliases), demonyms=list(demonyms))


def party(pid, name, code, *aliases, founded=None, dissolved=None):
    return Entity(pid, name, "ORG", code, aliases=list(aliases), sources=["partyfacts"],
                  founded=founded, dissolved=dissolved)


ATLANTIS = country("AT", "Atlantis", "Atlantean", "Atlanteans")
BOREA = country("BO", "Borea", "Borean")
PARTIES = [
    party("p1", "Labour Party (Atlantis)", "AT", "Labour Party", founded="1900"),
    party("p2", "Conservative Party of Atlantis", "AT", founded="1834"),
    party("p3", "Democratic Party (Borea)", "BO", "Democratic Party", founded="1828"),
    party("p4", "Liberal Democrats (Atlantis)", "AT", "Liberal Democrats", founded="1988"),
    party("p5", "Liberal Party (Atlantis)", "AT", "Liberal Party", founded="1859", dissolved="1988"),
    party("p6", "Borean Labour Party", "BO", founded="1920"),
    party("p7", "Green Party (Atlantis)", "AT", "Green Party", founded="1990"),
    party("p8", "Atlantean Party", "AT", founded="1950"),
    party("p9", "Radical Party", "BO", founded="1901"),
    party("p10", "Radical Party (1950)", "BO", founded="1950"),
]


def forms(pid):
    return forms_by_party([ATLANTIS, BOREA, *PARTIES])[pid][1]


def test_a_party_is_named_by_its_name_without_party_and_without_its_country():
    assert forms("p1") == {"Labour"}
    assert forms("p6") == {"Labour"}                # "Borean Labour Party": the country's demonym goes too
    assert forms("p2") >= {"Conservative", "Conservatives"}


def test_members_nouns_singulars_and_a_family_nickname_are_forms_too():
    assert forms("p3") == {"Democratic", "Democrat", "Democrats"}
    assert forms("p4") == {"Liberal Democrats", "Liberal Democrat"}
    assert forms("p2") == {"Conservative", "Conservatives", "Tory", "Tories"}


def test_a_lone_adjective_in_al_names_a_party_only_as_its_members():
    assert forms("p5") == {"Liberals"}              # "Liberal" alone: "Liberal democracies", "National Assembly"


def test_an_ordinary_word_or_a_demonym_names_no_party_by_itself():
    assert forms("p7") == set()                     # "Green" alone is not a party's name
    assert forms("p8") == set()                     # nor "Atlantean"
    assert short_forms(party("x", "Party of Hope", "AT"), ATLANTIS) == set()


def ask(text, context, date="2015-05-01", label="GAZ:PARTY"):
    gazetteer = SimpleNamespace(entities=[ATLANTIS, BOREA, *PARTIES])
    chosen = PartyForms(gazetteer).choose(text, label, Counter(context), date)
    return chosen.entity_id if chosen is not None else None


def test_the_article_s_country_decides_which_party_a_short_form_names():
    assert ask("Labour", {"AT": 5}) == "p1"
    assert ask("Labour", {"BO": 3, "AT": 1}) == "p6"
    assert ask("Tories", {"AT": 2}) == "p2"
    assert ask("Democrats", {"BO": 1, "AT": 1}) == "p3"   # only Borea has such a party


def test_a_word_only_the_model_found_is_no_party():
    assert ask("Labour", {"AT": 5}, label="NORP|GAZ:PARTY") == "p1"
    assert ask("Labour", {"AT": 5}, label="NORP") is None


def test_no_country_or_no_clear_country_is_no_answer():
    assert ask("Labour", {}) is None
    assert ask("Labour", {"AT": 2, "BO": 2}) is None      # both have a Labour party, neither leads
    assert ask("Democrats", {"AT": 6}) is None            # Atlantis has none; Borea is not in the article
    assert ask("Democrats", {"AT": 9, "BO": 1}) is None   # Borea is too small a part of it


def test_only_a_party_that_existed_on_the_date_is_named():
    assert ask("Liberals", {"AT": 3}, "1970-01-01") == "p5"
    assert ask("Liberal", {"AT": 3}, "1970-01-01") is None
    assert ask("Liberals", {"AT": 3}, "2010-01-01") is None   # dissolved in 1988
    assert ask("Liberal Democrats", {"AT": 3}, "1980-01-01") is None


def test_two_parties_of_one_country_that_fit_are_no_answer():
    assert ask("Radicals", {"BO": 3}, "1960-01-01") is None
    assert ask("Radicals", {"BO": 3}, "1920-01-01") == "p9"   # the other was not yet founded


def adjective(text, context, date="1979-05-01", spoken=True):
    gazetteer = SimpleNamespace(entities=[ATLANTIS, BOREA, *PARTIES,
                                          party("p11", "National Party of Borea", "BO", founded="1914")])
    chosen = PartyForms(gazetteer).by_adjective(text, Counter(context), date, spoken)
    return chosen.entity_id if chosen is not None else None


def test_a_lone_adjective_in_al_said_in_a_party_s_words_names_the_party_of_a_state_the_article_names():
    # "the Liberal leader David Steel", "a National government" (gazetteer.party_cues: `spoken`)
    assert adjective("Liberal", {"AT": 2}) == "p5"
    assert adjective("National", {"BO": 1, "AT": 3}) == "p11"


def test_a_lone_adjective_outside_a_party_s_words_in_no_named_state_or_out_of_time_is_no_party():
    assert adjective("Liberal", {"AT": 2}, spoken=False) is None   # "the Liberal democracies"
    assert adjective("Liberal", {"BO": 2}) is None                 # no Liberal party in Borea
    assert adjective("Liberal", {"AT": 2}, date="1995-01-01") is None   # dissolved in 1988
    assert adjective("Radical", {"BO": 2}) is None                 # two Radical parties in Borea
    assert adjective("Liberal Democrat", {"AT": 2}) is None        # a short form of its own, chosen elsewhere


def test_a_partys_name_without_its_state_names_it_in_a_story_of_that_state_only():
    from gazetteer.party_forms import without_its_state
    assert without_its_state("Conservative Party of Atlantis", ["Atlantis"]) == "Conservative Party"
    assert without_its_state("Friends of Atlantis", ["Atlantis"]) is None          # no party's word left
    assert without_its_state("Conservative Party of Borea", ["Atlantis"]) is None
    gazetteer = SimpleNamespace(entities=[ATLANTIS, BOREA, *PARTIES, party("p11", "Conservative Party of Borea", "BO")])

    def ask_bare(context, spoken=False):
        chosen = PartyForms(gazetteer).without_state("Conservative Party", Counter(context), "2015-05-01", spoken)
        return chosen.entity_id if chosen is not None else None
    assert ask_bare({"AT": 5, "BO": 1}) == "p2"                 # Atlantis leads the story
    assert ask_bare({"AT": 2, "BO": 2}) is None                 # a story of both: either state's
    assert ask_bare({"AT": 2, "ZZ": 2}, spoken=True) == "p2"    # "a Conservative Party MP": the one of a named state
    assert ask_bare({"AT": 2, "BO": 2}, spoken=True) is None
