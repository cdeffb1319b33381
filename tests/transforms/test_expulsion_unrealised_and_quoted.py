"""Two readings of patterns/grammar.json words: an expulsion noun with an adjective of intention ("planned",
"intended", "expected") is not (yet) done (unrealised_modifiers), and a report told by quoting a source ("quoted an
unnamed official as saying that ...") is a report that a denial elsewhere in the story withdraws, as "reported" is
(report_words; denied_reports.py). Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Freedonia said it would retaliate against Ruritania's planned expulsion of 27 Freedonian diplomats.",
    "The Freedonian government condemned the planned expulsion of six Freedonian diplomats by Ruritania.",
    "Freedonia protested against the intended expulsion of four Freedonian diplomats by Ruritania.",
    "Officials braced for the expected expulsion of ten Freedonian diplomats by Ruritania next week.",
])
def test_an_expulsion_told_as_planned_or_expected_is_not_done(text):
    assert _asserted(text) == set()
    assert any(r[3] == "hypothetical" for r in made_up_rows(text))


def test_the_expulsion_itself_stays_done():
    text = "Freedonia condemned Ruritania's expulsion of 27 Freedonian diplomats."
    assert _asserted(text) == {("RR", "FD", 27)}


@pytest.mark.parametrize("text", [
    "Ruritania and Freedonia denied a report by local media about the expulsion of a Ruritanian diplomat from "
    "Freedonia. On Friday, a Freedonian daily quoted an unnamed official as saying that Freedonia had expelled a "
    "senior Ruritanian diplomat.",
    "Ruritania denied reports that Freedonia had expelled two Ruritanian diplomats. A Fredville newspaper, quoting "
    "security sources, said that Freedonia had expelled two Ruritanian diplomats last month.",
])
def test_a_quoted_report_the_story_denies_is_no_expulsion(text):
    assert _asserted(text) == set()


def test_a_quoted_source_with_no_denial_in_the_story_stays():
    text = ("A Freedonian daily quoted an unnamed official as saying that Freedonia had expelled a senior Ruritanian "
            "diplomat.")
    assert _asserted(text) == {("FD", "RR", 1)}
