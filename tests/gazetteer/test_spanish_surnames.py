"""A Spanish name's surname is the father's, the first of its two (names written for these tests)."""
from gazetteer.spanish_surnames import fathers_surname

GIVEN = {"ivo": 40, "carlos": 30, "juan": 50}
SURNAMES = {"carlos": 2, "ostrowicz": 9, "gandarillas": 3}


def test_the_word_before_the_last_of_three_or_more_is_the_father_s_surname():
    assert fathers_surname("ivo ostrowicz gandarillas", GIVEN, SURNAMES) == "ostrowicz"
    assert fathers_surname("juan ivo ostrowicz gandarillas", GIVEN, SURNAMES) == "ostrowicz"


def test_two_words_a_given_name_or_a_particle_before_the_last_give_no_surname():
    assert fathers_surname("ivo ostrowicz", GIVEN, SURNAMES) is None
    assert fathers_surname("juan carlos mendaro", GIVEN, SURNAMES) is None   # "Carlos" opens names
    assert fathers_surname("ivo ostrowicz y gandarillas", GIVEN, SURNAMES) is None
    assert fathers_surname("ivo de gandarillas", GIVEN, SURNAMES) is None
