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
