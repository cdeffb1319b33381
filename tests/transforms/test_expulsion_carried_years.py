"""Years a retrospective story does not write again: a day of a month with no year ("On Sept. 18") is of the year of
the last full date told before it ("On Aug. 23, 1986"), not of the story's; a span counted back ("A year earlier",
"Two years before that") from the last year told. Made-up sentences."""
import pytest

from transforms.expulsions.years import year_from_text

BEFORE = "On Aug. 23, 1986, Ruritanian police arrested a Freedonian trade official. "


@pytest.mark.parametrize("sentence", [
    "On Sept. 18, during his detention, Ruritania expelled 25 Freedonian diplomats.",
    "Freedonia retaliated with the expulsion of five Ruritanian diplomats on Oct. 19.",
    "Freedonia retaliated with the expulsion of five Ruritanian diplomats on 19 October.",
])
def test_a_day_of_a_month_takes_the_year_of_the_last_full_date(sentence):
    assert year_from_text(sentence, 30, "2007-05-01", BEFORE) == (1986, True)


@pytest.mark.parametrize("sentence, before", [
    ("Freedonia expelled five Ruritanian diplomats on Monday.", BEFORE),   # a day of the story's own week
    ("On Sept. 18, Ruritania expelled 25 Freedonian diplomats.", "Ruritania spoke on Monday. "),   # no full date
    ("On Sept. 18, Ruritania expelled 25 Freedonian diplomats.", "On May 1, 2007, Ruritania spoke. "),   # this year
])
def test_other_days_keep_the_published_year(sentence, before):
    assert year_from_text(sentence, 30, "2007-05-01", before)[0] == 2007


@pytest.mark.parametrize("sentence, year", [
    ("A year earlier, Ruritania had expelled five Freedonian diplomats.", 1992),
    ("Two years before that, Ruritania expelled five Freedonian diplomats.", 1991),
    ("A year later, Ruritania expelled five Freedonian diplomats.", 1994),
])
def test_a_span_counted_from_the_last_year_told(sentence, year):
    assert year_from_text(sentence, 30, "2007-05-01", "In 1993 Freedonia expelled a Ruritanian attache. ") == (year, True)


def test_a_span_before_another_thing_is_no_year():
    assert year_from_text("Ruritania expelled five Freedonian diplomats two years before the war.", 30, "2007-05-01",
                          "In 1993 Freedonia expelled a Ruritanian attache. ")[0] == 2007
