"""Leaders written with initials and surname ("P.W. Botha", "F.W. de Klerk", "S. Jaishankar"), as wire
copy long wrote them while reference sources spell the given names out (gazetteer/initialled_names.py).
Sentences written for these tests, with the real model and gazetteer."""

from gazetteer.initialled_names import initials_and_surname
from tests.mention_helpers import names


def test_initials_are_read_as_written():
    assert initials_and_surname("P.W. Botha") == ("pw", ["botha"])
    assert initials_and_surname("P. W. Botha") == ("pw", ["botha"])
    assert initials_and_surname("F.W. de Klerk") == ("fw", ["de", "klerk"])
    assert initials_and_surname("Mr S. Jaishankar") == ("s", ["jaishankar"])
    assert initials_and_surname("Pieter Botha") is None
    assert initials_and_surname("P.W.") is None
    assert initials_and_surname("Ts.Elbegdorj") == ("ts", ["elbegdorj"])   # one Cyrillic letter, written with two
    assert initials_and_surname("N.Enkhbayar") == ("n", ["enkhbayar"])
    assert initials_and_surname("St. Laurent") is None   # a saint's abbreviation, no initial


def test_initials_and_surname_name_the_leader_they_abbreviate(resolve):
    ms = resolve("President P.W. Botha said South Africa would not bow to sanctions. Mr Botha spoke in "
                 "Pretoria.", "1986-05-01")
    assert names(ms, "P.W. Botha") == names(ms, "Botha") == {"Pieter Willem Botha"}
    ms = resolve("President F.W. de Klerk lifted the ban on the ANC in South Africa.", "1990-02-02")
    assert names(ms, "F.W. de Klerk") == {"Frederick Willem de Klerk"}
    ms = resolve("Sri Lanka's President J.R. Jayewardene met Indira Gandhi in New Delhi.", "1983-01-01")
    assert names(ms, "J.R. Jayewardene") == {"Junius Richard Jayewardene"}


def test_one_initial_with_the_minister_s_country_named(resolve):
    ms = resolve("India's External Affairs Minister S. Jaishankar met Antony Blinken in Washington.", "2021-06-01")
    assert names(ms, "S. Jaishankar") == {"Subrahmanyam Jaishankar"}


def test_an_initial_and_a_common_surname_stay_unknown(resolve):
    ms = resolve("The report was written by J. Smith of the Bank of England in London.", "1983-01-01")
    assert all(m.entity_id is None for m in ms if m.text == "J. Smith")


def test_wrong_initials_are_someone_else(resolve):
    ms = resolve("Opposition member K.W. Botha said South Africa should talk.", "1986-05-01")
    assert "Pieter Willem Botha" not in names(ms, "K.W. Botha")


def test_a_company_named_for_a_judge_s_initials_is_no_judge(resolve):
    ms = resolve("Shares of textile makers rose on Tuesday in New York. J.P. Stevens gained two dlrs.", "1987-04-01")
    assert all(m.entity_id is None for m in ms if m.text == "J.P. Stevens")


def test_initials_run_onto_the_surname_name_the_leader(resolve):
    """Mongolian and Central Asian agencies run the initials onto the surname ("N.Enkhbayar"), and write one
    Cyrillic letter with two ("Ts." for Tsakhiagiyn)."""
    ms = resolve("ULAN BATOR, June 2 - President Ts.Elbegdorj met the Russian ambassador on Wednesday, and "
                 "former premier N.Enkhbayar said Mongolia would stay neutral.", "2010-06-02")
    assert names(ms, "Ts.Elbegdorj") == {"Tsakhiagiyn Elbegdorj"}
    assert names(ms, "N.Enkhbayar") == {"Nambaryn Enkhbayar"}
    ms = resolve("ASTANA, July 7 - President N.Nazarbayev signed the law on Friday, Kazakhstan's presidency said.",
                 "2012-07-07")
    assert names(ms, "N.Nazarbayev") == {"Nursultan Nazarbayev"}


def test_other_initials_run_onto_the_surname_are_someone_else(resolve):
    ms = resolve("ULAN BATOR, June 2 - B.Elbegdorj, a herder, and Sh.Enkhbayar, a teacher, told Mongolian radio "
                 "they would vote.", "2010-06-02")
    assert "Tsakhiagiyn Elbegdorj" not in names(ms, "B.Elbegdorj")
    assert "Nambaryn Enkhbayar" not in names(ms, "Sh.Enkhbayar")
