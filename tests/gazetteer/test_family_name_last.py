"""Korean names written given names first and family name last, as the American press long wrote them
("Dae Jung Kim", "Chung Hee Park"), are the people the sources name family name first (sentences written
for these tests; the real model and gazetteer). Two words are never turned round ("Sung Kim"), nor a name
of a state that writes the family name last."""

from gazetteer.family_name_last import family_name_first
from tests.mention_helpers import names


def test_the_last_word_first():
    assert family_name_first("dae jung kim") == "kim dae jung"
    assert family_name_first("sung kim") == ""
    assert family_name_first("kim") == ""


def test_a_korean_leader_written_family_name_last(resolve):
    ms = resolve("SEOUL, Aug. 14 (AP) - Dae Jung Kim, the South Korean opposition leader, returned to his home "
                 "on Monday. Kim said he would go on. The government of President Chung Hee Park denied any part "
                 "in the affair.", "1973-08-14")
    assert names(ms, "Dae Jung Kim") == {"Kim Dae Jung"}
    assert names(ms, "Chung Hee Park") == {"Park Chung Hee"}
    assert names(ms, "Kim") == {"Kim Dae Jung"}


def test_two_words_stay_as_written(resolve):
    ms = resolve("U.S. Ambassador Sung Kim met South Korean officials in Seoul on Tuesday.", "2013-06-04")
    assert names(ms, "Sung Kim") <= {"Sung Kim"}
