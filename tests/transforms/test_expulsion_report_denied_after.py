"""An expulsion told as a report, whose report one of the next sentences denies and that tells no expulsion of its own
("..., according to a published report Thursday. The Foreign Ministry denied the report."), is no more told as done
than the denial leaves it (denied_reports.withdraw_reports_denied_after). A denial that names content of its own ("denied
the report that the diplomats were spies"), of other reports, or beside an expulsion not told as a report leaves it.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("A senior Freedonian diplomat was expelled by Ruritania for spying, according to a published report Thursday. "
     "The Ruritanian Foreign Ministry denied the report in a newspaper.", 1),
    ("Ruritania expelled two Freedonian diplomats, the newspaper reported. Freedonia denied the report.", 2),
])
def test_a_report_denied_next_is_not_told_as_done(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "hypothetical")}


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats, the newspaper reported. Freedonia denied the report that the "
    "diplomats had been spying.",
    "Ruritania expelled two Freedonian diplomats on Monday. The ministry denied the report.",
    "Ruritania expelled two Freedonian diplomats, the newspaper reported. The ministry later denied reports of a trade "
    "embargo.",
    "Ruritania expelled two Freedonian diplomats, the newspaper reported. Freedonia rejected the report as one-sided.",
])
def test_other_denials_leave_the_act_told(text):
    assert made_up_rows(text) == {("RR", "FD", 2, "asserted")}
