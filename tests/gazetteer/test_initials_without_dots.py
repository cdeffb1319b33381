"""Leaders named by initials run together without dots ("PW Botha", "JR Jayewardene"), as later writing
and South Asian and South African papers spell them, are the leaders "P.W. Botha" names
(gazetteer/initialled_names.py). Sentences written for these tests, with the real model and gazetteer."""

from gazetteer.initialled_names import initials_and_surname
from tests.mention_helpers import names


def test_initials_run_together_are_read_as_initials():
    assert initials_and_surname("PW Botha") == ("pw", ["botha"])
    assert initials_and_surname("JR Jayewardene") == ("jr", ["jayewardene"])
    assert initials_and_surname("FW de Klerk") == ("fw", ["de", "klerk"])


def test_words_in_capitals_are_no_initials():
    assert initials_and_surname("DP DHAR") is None          # a cable in capitals: "DP" may be a body's code
    assert initials_and_surname("NATO Summit") is None      # four capitals: a body
    assert initials_and_surname("Pieter Botha") is None


def test_undotted_initials_name_the_leader_in_his_time(resolve):
    ms = resolve("President PW Botha said South Africa would not bow to sanctions. Mr Botha spoke in Pretoria.",
                 "1986-05-01")
    assert names(ms, "PW Botha") == names(ms, "Botha") == {"Pieter Willem Botha"}
    ms = resolve("COLOMBO - President JR Jayewardene of Sri Lanka met the Indian envoy on Monday.", "1983-01-01")
    assert names(ms, "JR Jayewardene") == {"Junius Richard Jayewardene"}


def test_other_initials_are_someone_else(resolve):
    ms = resolve("CAPE TOWN - KW Botha, an opposition member, said South Africa should talk.", "1986-05-01")
    assert "Pieter Willem Botha" not in names(ms, "KW Botha")
