"""A year a story tells after "since" beside an expulsion is the comparison's, not the expulsion's ("France today
ordered 47 ... to leave, the biggest such expulsion since Britain threw out 105 ... in 1971") (sentences written
for these tests, about made-up states)."""
from transforms.expulsions.years import year_from_text


def test_a_year_after_since_dates_the_comparison_not_the_expulsion():
    text = "Ruritania today ordered 47 Freedonian diplomats to leave, the biggest expulsion since Graustark threw " \
           "out 105 Freedonian officials in 1971."
    assert year_from_text(text, text.find("ordered"), "1983-04-06") == (1983, False)
    assert year_from_text(text, text.find("threw"), "1983-04-06") == (1971, True)

