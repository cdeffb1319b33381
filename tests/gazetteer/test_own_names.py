"""A leader named by his own name alone, the word before "bin" in the names the sources give ("Dr Mahathir" for
Mahathir bin Mohamad: gazetteer/nasab_names.py `named_by_own_name`). Sentences written for these tests, with the
real model and gazetteer."""
from gazetteer.nasab_names import named_by_own_name
from tests.mention_helpers import linked_names, names


def test_the_own_name_before_a_fathers_name(resolve):
    gaz = resolve.resolver.gaz
    assert {e.canonical_name for e in named_by_own_name(gaz, "mahathir")} == \
        {"Mahathir bin Mohamad", "Dato' Seri Mahathir bin Mohamad"}   # the sources hold him twice
    assert named_by_own_name(gaz, "mohamad") == []   # the father's name is no own name
    assert named_by_own_name(gaz, "mahathir mohamad") == []


def test_a_prime_minister_in_office_by_his_own_name_in_a_story_of_his_state(resolve):
    ms = resolve("KUALA LUMPUR, July 1 - Dr. Mahathir told parliament the state of Sabah would get more funds, "
                 "and Mahathir said the ringgit would recover.", "1997-07-01")
    assert names(ms, "Mahathir") == {"Dato' Seri Mahathir bin Mohamad"}


def test_out_of_office_or_with_his_state_unnamed_the_own_name_stays_unknown(resolve):
    ms = resolve("KUALA LUMPUR, July 1 - Dr. Mahathir, a country doctor, opened a clinic in Sabah.", "1968-07-01")
    assert not linked_names(ms, "Mahathir")
    ms = resolve("LONDON, July 1 - A horse called Mahathir won the race at Ascot on Tuesday.", "1997-07-01")
    assert not linked_names(ms, "Mahathir")
