""""In March 2018, the country expelled an unnamed Russian diplomat" after this year's expulsion of one, a
chronology's "June 1988: ..." entries, "previously kicked out Russian diplomats in 2018": an expulsion whose own
sentence writes another year than those told before is another expulsion, even with the same pair and count, or
with no count at all; a retelling with no year of its own stays one, and so does a count-less one whose year may be
another expulsion's of its sentence, or whose counted expulsion has no year. Sentences written for these tests."""
from tests.expulsions_helpers import made_up_events


def _asserted(text, published="2021-05-19"):
    return sorted(((e.expelling_country, e.expelled_country, e.count, e.event_year)
                   for e in made_up_events(text, published) if e.modality == "asserted"), key=str)


def test_a_year_written_first_in_the_sentence_is_another_expulsion():
    text = ("Ruritania has declared a diplomat from the Freedonian embassy persona non grata. "
            "In March 2018, the country expelled an unnamed Freedonian diplomat, citing security reasons.")
    assert [(r[0], r[1], r[2]) for r in _asserted(text)] == [("RR", "FD", 1), ("RR", "FD", 1)]


def test_a_chronology_s_entries_are_expulsions_of_their_years():
    text = ("- October 1991: Ruritania ejects eight Freedonian diplomats. "
            "- March 2001: Ruritania throws out eight Freedonian diplomats.")
    assert _asserted(text, "2016-12-30") == [("RR", "FD", 8, 1991), ("RR", "FD", 8, 2001)]


def test_an_uncounted_expulsion_of_another_year_is_kept():
    text = ("Ruritania has expelled a diplomat from the Freedonian embassy, officials said on Tuesday. "
            "The country previously kicked out Freedonian diplomats in 2018 in solidarity with Graustark.")
    assert [(r[0], r[1], r[2]) for r in _asserted(text)] == [("RR", "FD", 1), ("RR", "FD", None)]


def test_a_retelling_with_no_year_of_its_own_stays_one():
    text = ("Ruritania expelled two Freedonian diplomats in 2019. "
            "Ruritania expelled the Freedonian diplomats after a long inquiry, officials said.")
    assert [(r[0], r[1], r[2]) for r in _asserted(text)] == [("RR", "FD", 2)]


def test_a_year_another_expulsion_of_the_sentence_may_own_keeps_the_repeat_out():
    text = ("Graustark expelled two Freedonian diplomats in 2019. Graustark said the expulsion of the Freedonian staff "
            "was in response to the earlier expulsion of two Graustarkian diplomats from Freedonia in June 2018.")
    assert [r for r in _asserted(text, "2019-03-04") if r[:2] == ("GK", "FD")] == [("GK", "FD", 2, 2019)]


def test_a_dated_headline_of_an_undated_story_repeats_its_expulsion():
    text = "1991: Ruritania expels Freedonian diplomats. The Foreign Office has expelled eight Freedonian officials."
    assert [r[:3] for r in _asserted(text, None)] == [("RR", "FD", 8)]


def test_the_last_expulsion_a_story_compares_with_is_no_new_one():
    text = "Ruritania expelled 47 Freedonian diplomats today. Ruritania last expelled Freedonian officials in 1976."
    assert [r[:3] for r in _asserted(text, "1983-04-05")] == [("RR", "FD", 47)]
