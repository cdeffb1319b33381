"""A name spelt otherwise than a known official of no state (an international body's) is that official only
while in office on the story's date: no state's story can vouch for such a person. Sentences written for these
tests."""
from tests.mention_helpers import linked_names, names


def test_a_lookalike_of_an_official_of_no_state_years_before_his_office(resolve):
    # the sources hold a "William A. O'neil", an international official from 1990, and no state of his
    text = ("NEW YORK, April 2 - Coffee futures will probably fall to 85 cents a lb next month, said William "
            "O'Neill, an analyst with a Chicago futures house. O'Neill said roasters had bought enough for now.")
    mentions = resolve(text, date="1987-04-02")
    assert linked_names(mentions, "William O'Neill") == set(), names(mentions, "William O'Neill")
    assert linked_names(mentions, "O'Neill") == set(), names(mentions, "O'Neill")


def test_an_official_of_no_state_in_office_spelt_otherwise_stays_the_official(resolve):
    # Arthur Dunkel, the GATT's director-general from 1980 to 1993, with his surname misspelt
    text = ("GENEVA, April 2 - Arthur Dunkell, director-general of the world trade body, said the new round of "
            "talks on farm trade would open in June.")
    mentions = resolve(text, date="1987-04-02")
    assert linked_names(mentions, "Arthur Dunkell") == {"Arthur Dunkel"}, names(mentions, "Arthur Dunkell")
