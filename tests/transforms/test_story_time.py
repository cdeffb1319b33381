"""A story told years after its events is dated by the years it names. Texts written for these tests."""
from gazetteer.resolution import NameQuery, Resolution
from transforms.story_time import story_dates, surnames_of_the_story_time, undated_story_dates


def test_a_text_naming_only_years_well_before_its_date_is_a_story_of_that_time():
    assert story_dates("Sunday, Nov. 4, 1979, was a date I will never forget. He died in July 1980.", "1982-10-18") \
        == ("1980-01-01", "1980-12-31", "1979-07-01")


def test_a_text_naming_its_own_or_last_year_or_no_year_is_of_its_own_time():
    assert story_dates("The talks of 2018 failed; in 2019 they resumed.", "2019-11-01") == ()
    assert story_dates("The minister resigned on Friday.", "1982-10-18") == ()
    assert story_dates("In 1979 the embassy was seized.", None) == ()


def test_only_an_unknown_bare_surname_takes_the_story_time_s_person():
    queries = [NameQuery("Vance", "PERSON", 0, 5), NameQuery("Cyrus Vance", "PERSON", 10, 21),
               NameQuery("Tehran", "GPE", 30, 36)]
    found = Resolution("PERSON", "p:vance", "Cyrus Vance", "US", method="context", score=0.85)
    answers = [Resolution("PERSON", None, "Vance"), Resolution("PERSON", None, "Cyrus Vance"),
               Resolution("CITY", "c:tehran", "Tehran", "IR", method="exact")]
    again = [found, found, Resolution("CITY", "c:other", "Tehran", "IR", method="exact")]
    out = surnames_of_the_story_time(queries, answers, again, [None, None, None])
    assert out[0] == found            # the bare surname
    assert out[1].entity_id is None   # a full name keeps the publication date's answer
    assert out[2].entity_id == "c:tehran"
    other = Resolution("PERSON", "p:jvance", "Jonathan Vance", "CA", method="context", score=0.85)
    out = surnames_of_the_story_time(queries, answers, again, [other, None, None])
    assert out[0].entity_id is None   # two people of that surname in the story's year: nobody


def test_an_undated_text_is_of_the_years_it_names_the_latest_first():
    assert undated_story_dates("The visit of 1987 was planned in 1981.") == ("1987-01-01", "1987-12-31", "1981-07-01")
    assert undated_story_dates("The minister resigned on Friday.") == ()
    assert undated_story_dates(None) == ()


def test_a_story_is_asked_as_of_at_most_five_earlier_years_the_latest_of_them():
    text = "Talks ran from 1970: " + ", ".join(str(y) for y in range(1971, 1981)) + "."
    assert story_dates(text, "2000-01-01") == ("1980-01-01", "1980-12-31", "1979-07-01", "1978-07-01", "1977-07-01",
                                               "1976-07-01", "1975-07-01")
