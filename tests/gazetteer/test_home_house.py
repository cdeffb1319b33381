"""A bare "the House" in a debate is the house that sits, of the debate's state, when the gazetteer
knows it (transforms/home_house.py). Debates written for this test, with the real model and gazetteer."""
from transforms.home_house import sitting_house


def _houses(ms):
    return {m.canonical_name for m in ms if m.text == "House"}


def test_the_forms_of_address_say_which_house_sits():
    assert sitting_house("My Lords, the noble Lord will know the answer.") == "House of Lords"
    assert sitting_house("Mr. Speaker, my right hon. Friend has answered.") == "House of Commons"
    assert sitting_house("The committee met in Geneva on Monday.") is None


def test_the_house_in_a_commons_statement_on_foreign_spies_is_the_commons(resolve):
    ms = resolve("Mr. Speaker: Statement, the Foreign Secretary. Sir Geoffrey Howe: With permission, Mr. Speaker, "
                 "I shall make a statement about Soviet intelligence officers. The House will recall that the "
                 "Soviet Union was warned last year. I have asked the Soviet Ambassador to withdraw six Soviet "
                 "officials.", "1985-09-13")
    assert _houses(ms) == {"House of Commons of the United Kingdom"}


def test_speakers_headings_alone_make_a_commons_record(resolve):
    ms = resolve("Mr William Hague: I should like to update the House on the closure of our embassy in Tehran. "
                 "Douglas Alexander: The whole House will welcome the safe return of our staff.", "2011-12-01")
    assert _houses(ms) == {"House of Commons of the United Kingdom"}


def test_the_house_in_a_lords_debate_is_the_lords(resolve):
    ms = resolve("My Lords, I beg leave to ask the Question standing in my name. The noble Lord told the House "
                 "last week that the embassy in Damascus would stay open.", "1986-05-12")
    assert _houses(ms) == {"House of Lords"}


def test_another_parliaments_house_is_no_british_one(resolve):
    ms = resolve("Mr. Speaker, the hon. member asked whether Justin Trudeau would tell the House why Canada "
                 "expelled the diplomat. Melanie Joly answered for the government in Ottawa.", "2023-09-20")
    assert not _houses(ms) - {"House"}
