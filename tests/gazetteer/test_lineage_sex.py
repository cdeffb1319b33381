"""A patronymic or "bin"/"bint" in a name the sources give tells the bearer's sex, so that "Mrs. Gorbachev" after
"Mikhail Gorbachev" is his wife, not he (gazetteer/lineage_sex.py). Sentences written for these tests, with the
real model and gazetteer."""
from gazetteer.lineage_sex import sex_of_lineage
from tests.mention_helpers import linked_names, names


def test_a_sons_or_a_daughters_word_tells_the_sex():
    assert sex_of_lineage("Mikhail Sergeyevich Gorbachev") == "m"
    assert sex_of_lineage("Valentina Ivanovna Matviyenko") == "f"
    assert sex_of_lineage("Hunaina Bint Sultan bin Ahmad al Mughairi") == "f"   # her own word comes first
    assert sex_of_lineage("Rashid bin Abdallah al Khalifa") == "m"
    assert sex_of_lineage("Slobodan Milosevich") is None   # a surname that ends the name: no patronymic
    assert sex_of_lineage("Helmut Kohl") is None


def test_a_married_womans_title_after_a_man_named_in_full_is_his_wife(resolve):
    ms = resolve("WASHINGTON, Dec. 8 - Mikhail Gorbachev arrived at the White House on Tuesday. Mrs. Gorbachev "
                 "toured a school in the afternoon.", "1987-12-08")
    assert names(ms, "Mikhail Gorbachev") == {"Mikhail Gorbachev"}
    assert not linked_names(ms, "Mrs. Gorbachev")


def test_the_man_by_a_mans_title_and_a_woman_by_hers_are_still_linked(resolve):
    ms = resolve("WASHINGTON, Dec. 8 - Mikhail Gorbachev arrived at the White House on Tuesday. Mr. Gorbachev "
                 "met President Reagan in the afternoon.", "1987-12-08")
    assert names(ms, "Gorbachev") == {"Mikhail Gorbachev"}
    ms = resolve("LONDON, June 10 - Prime Minister Margaret Thatcher won a second term. Mrs. Thatcher thanked "
                 "the voters.", "1983-06-10")
    assert names(ms, "Thatcher") == {"Margaret Thatcher"}
