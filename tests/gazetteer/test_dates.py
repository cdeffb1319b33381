"""Dates, read in one place: feed timestamps, days, and the partial dates of roles."""
import datetime
import time

from gazetteer.dates import day, from_yymmdd, iso_seconds, normalise_date, utc_datetime, within


def test_feed_timestamps_become_utc_seconds_and_a_day():
    assert normalise_date("2022-04-05T23:30:00-02:00") == ("2022-04-06T01:30:00Z", "2022-04-06")
    assert normalise_date("Tue, 05 Apr 2022 10:00:00 GMT") == ("2022-04-05T10:00:00Z", "2022-04-05")
    assert normalise_date("2022-04-05") == ("2022-04-05T00:00:00Z", "2022-04-05")
    assert normalise_date(datetime.date(2022, 4, 5)) == ("2022-04-05T00:00:00Z", "2022-04-05")
    assert normalise_date("0001-01-01T00:00:00Z") is None   # a placeholder, not a date
    assert normalise_date("last Tuesday") is None


def test_a_normalised_timestamp_reads_back_and_a_feeds_parsed_time_writes_out():
    assert utc_datetime("2022-04-05T10:00:00Z") == datetime.datetime(2022, 4, 5, 10, tzinfo=datetime.timezone.utc)
    assert utc_datetime(None) is None
    assert iso_seconds(time.strptime("2022-04-05 10:00:00", "%Y-%m-%d %H:%M:%S")) == "2022-04-05T10:00:00Z"


def test_a_day_is_read_from_the_start_of_a_date_or_is_none():
    assert day("2022-04-05T10:00:00Z") == datetime.date(2022, 4, 5)
    assert day(datetime.date(2022, 4, 5)) == datetime.date(2022, 4, 5)
    assert day(None) is None and day("") is None and day("April") is None


def test_a_day_within_a_role_given_by_partial_dates():
    assert within("2018-03-14", "2018", None) and within("2018-03-14", None, "2018-03")
    assert not within("2018-04-01", None, "2018-03") and not within("2017-12-31", "2018", "2019")
    assert from_yymmdd("120314") == "2012-03-14" and from_yymmdd("<990101") == "1999-01-01"   # pivot 15
    assert from_yymmdd("20181399") == "2018"
