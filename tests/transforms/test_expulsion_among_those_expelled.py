"""People counted among a group expelled: "Two Freedonian diplomats were among those expelled by Ruritania" expels the
subject of "be ... among", with its own count, whatever the group ("those", "the 20 people"); the "be" tells the act
("were not among": denied; "may be among": not yet told). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text,count", [
    ("Two Freedonian diplomats were among those expelled by Ruritania.", 2),
    ("Three Freedonian diplomats were among the 20 people expelled by Ruritania last week.", 3),
    ("The Freedonian ambassador was among those expelled by Ruritania on Monday.", 1),
])
def test_the_subject_counted_among_the_expelled_is_expelled(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


def test_one_not_among_the_expelled_is_denied():
    rows = made_up_rows("The Freedonian ambassador was not among those expelled by Ruritania.")
    assert rows and all(r[3] == "negated" for r in rows)


def test_one_who_may_be_among_the_expelled_is_not_told():
    rows = made_up_rows("Two Freedonian diplomats may be among those expelled by Ruritania.")
    assert rows and all(r[3] == "hypothetical" for r in rows)


@pytest.mark.parametrize("text", [
    "Two Freedonian diplomats were among those who protested against Ruritania.",
    "Two Freedonian diplomats met among those expelled by Ruritania.",
])
def test_no_count_among_a_group_not_expelled(text):
    assert ("RR", "FD", 2, "asserted") not in made_up_rows(text)
