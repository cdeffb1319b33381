"""A piece of a name is not a whole name: half a double-barrelled surname, a word a country's name
merely ends with, the generic word of a party's name. Each would be a confident wrong link."""
from gazetteer.home_bodies import names_no_party
from gazetteer.model import Entity, Role
from gazetteer.org_names import lookalike_name
from gazetteer.people import may_be_named_by_surname, only_second_of_double_barrel

MINISTER = [Role("minister", "Minister of State", "GB", "1979-01-01", "1983-01-01")]


def test_the_second_half_of_a_double_barrelled_surname_names_no_one():
    barrel = Entity("p:1", "Hugh Carrick-Lowe", "PERSON", "GB", roles=MINISTER)
    assert only_second_of_double_barrel(barrel, "lowe")
    assert not may_be_named_by_surname(barrel, "lowe")
    # an article before the hyphen is part of the surname: "Assad" names Bashar al-Assad
    article = Entity("p:2", "Karim al-Mansour", "PERSON", "XQ", roles=MINISTER)
    assert not only_second_of_double_barrel(article, "mansour")
    assert may_be_named_by_surname(article, "mansour")
    # a person whose sources also write the plain surname may be named by it
    both = Entity("p:3", "Anne Fenwick-Lowe", "PERSON", "GB", aliases=["Anne Lowe"], roles=MINISTER)
    assert not only_second_of_double_barrel(both, "lowe")


def test_a_country_is_no_lookalike_of_a_word_that_starts_otherwise():
    finland = Entity("c:fi", "Finland", "COUNTRY", "FI", aliases=["Suomi", "Republic of Finland"])
    assert lookalike_name("Inland", finland)          # "Inland Revenue"
    assert not lookalike_name("Finnland", finland)    # a misspelling keeps the first letter
    assert not lookalike_name("Suomi", finland)


def test_the_word_party_alone_names_no_party_called_after_a_nation():
    party = Entity("o:1", "Qandarian Party", "ORG", "XQ", sources=["partyfacts"])
    ministry = Entity("o:2", "Qandarian Ministry of Foreign Affairs", "ORG", "XQ")
    assert names_no_party("Party", party) and names_no_party("the Party", party)
    assert not names_no_party("Socialist Party", party)
    assert not names_no_party("Party", ministry)


def test_in_the_job_each_piece_stays_unknown_or_its_own(resolve):
    found = {m.text: m for m in resolve(
        "LONDON - Britain's budget was welcomed. \"Rates will fall,\" said Peter Haldane of Smith Barney, "
        "Harris Upham and Co Inc. An Inland Revenue ruling came with the budget.", date="1987-03-17")}
    assert found["Smith"].entity_id is None or "Buchanan" not in (found["Smith"].canonical_name or "")
    assert found["Inland"].country_code != "FI"
    found = {m.text: m for m in resolve(
        "Finland's Conservatives made large gains. Conservative Party leader Aino Virtanen said they "
        "could not be kept out of government after the Party gained nine seats.", date="1987-03-16")}
    assert found["Party"].entity_id is None
    assert found["Finland"].country_code == "FI"


def test_generic_words_or_a_code_are_no_misspelt_organisation():
    repeal = Entity("o:3", "Repeal Association", "ORG", "GB", aliases=["RA"])
    coop = Entity("o:4", "Co-operative Party", "ORG", "GB", aliases=["CoPA"])
    tin = Entity("o:5", "International Tin Council", "ORG", None, aliases=["ITC"])
    assert lookalike_name("Press Association", repeal)     # "the Press Association said"
    assert lookalike_name("Copra", coop)                   # "Copra meal exports"
    assert not lookalike_name("International Tinn Council", tin)   # a misspelling of the name itself


def test_a_bare_name_the_article_uses_for_a_place_is_no_guessed_person(resolve):
    found = [m for m in resolve("Rain is boosting the crop in the key Mackay region of Queensland, a spokesman "
                                "said in Brisbane. The Mackay and Burdekin regions grow half the crop.",
                                date="1987-04-02") if m.text == "Mackay"]
    assert found[0].entity_type == "CITY" and found[0].country_code == "AU"
    assert all(m.entity_type != "PERSON" or m.entity_id is None for m in found)


def test_a_person_only_the_phoenix_dictionary_knows_is_reported_without_middle_initials():
    from gazetteer.people import reference_name
    phoenix = Entity("phoenix:1", "Harlan T. Morrow", "PERSON", "US", sources=["phoenix"])
    assert reference_name(phoenix) == "Harlan Morrow"
    spanish = Entity("phoenix:2", "Alonso Vega Y Vega", "PERSON", "PE", sources=["phoenix"])
    assert reference_name(spanish) == "Alonso Vega Y Vega"          # "Y" is a word, no initial
    wikidata = Entity("Q1", "Harlan T. Morrow", "PERSON", "US", sources=["phoenix", "wikidata:x.csv"])
    assert reference_name(wikidata) == "Harlan T. Morrow"           # a reference work's own label


def test_the_job_reports_the_reference_name_and_still_links_the_initialled_one(resolve):
    found = {m.text: m for m in resolve("Federal Reserve chairman Paul A. Volcker said rates would hold. "
                                        "Paul Volcker spoke in Washington.", date="1987-04-02")}
    assert found["Paul A. Volcker"].canonical_name == "Paul Volcker"
    assert found["Paul Volcker"].entity_id == found["Paul A. Volcker"].entity_id


def test_a_news_agencys_country_is_not_the_storys(resolve):
    text = ("Swiss banks agreed a new code in Zurich this week, a banker told Reuters. The Social Democratic "
            "party, which sits in the Swiss government, called it weak. Reuters and the BBC reported the talks.")
    parties = [m for m in resolve(text, date="1987-03-26") if m.text.startswith("Social Democratic")]
    assert parties and all(m.country_code != "GB" for m in parties)
    assert any(m.country_code == "CH" for m in parties)
