"""A titled bare name after a full name written family name first is that person ("President Lai" after
"Lai Ching-te"), even when no source holds the person: never another person of that family name whom
the title finds among the state's former officials (sentences written for these tests; the real model
and gazetteer)."""
from gazetteer.named_before import family_name_written_first
from tests.mention_helpers import linked_names, names


def test_the_family_name_of_a_name_written_family_name_first():
    assert family_name_written_first("Lai Ching-te") == "lai"
    assert family_name_written_first("President Moon Jae-in") == "moon"
    assert family_name_written_first("Meir Ben-Shabbat") is None   # a hyphenated surname
    assert family_name_written_first("Jean-Marc Simon") is None
    assert family_name_written_first("Lai") is None


def test_a_titled_family_name_after_the_full_name_is_that_person(resolve):
    text = ("Taiwan's new president, Lai Ching-te, took office in Taipei on Monday. Three days after President "
            "Lai took office, China sent warships around the island, and President Lai said Taiwan would not "
            "be intimidated.")
    mentions = resolve(text, date="2024-05-23")
    assert not linked_names(mentions, "Lai"), names(mentions, "Lai")
    assert names(mentions, "Lai") <= {"Lai Ching-te"}, names(mentions, "Lai")


def test_a_known_person_named_family_name_first_keeps_the_link(resolve):
    text = ("North Korean leader Kim Jong-un watched the test launch on Friday. Chairman Kim said the "
            "missile would deter Washington.")
    mentions = resolve(text, date="2022-03-25")
    assert linked_names(mentions, "Kim") == {"Kim Jong-un"}, names(mentions, "Kim")
