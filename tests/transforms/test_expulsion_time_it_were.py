"""'It is (high) time (that) Freedonia expelled the ambassador': the past form after 'it is time' is a call to act,
not a report of one (talk.time_to_act); 'the first time Freedonia expelled', 'by the time Freedonia expelled' tell
an act (sentences written for these tests)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "It is time Freedonia expelled every Ruritanian diplomat, the editorial said.",
    "It is high time Freedonia expelled every Ruritanian diplomat.",
    "It is about time that Freedonia expelled the Ruritanian ambassador.",
])
def test_it_is_time_they_expelled_is_a_call(text):
    rows = made_up_rows(text)
    assert rows and all(m == "demand" for *_, m in rows)


@pytest.mark.parametrize("text, count", [
    ("This is the first time Freedonia expelled a Ruritanian diplomat.", 1),
    ("By the time Freedonia expelled the Ruritanian ambassador, the talks had failed.", 1),
    ("It was the third time Freedonia had expelled a Ruritanian diplomat.", 1),
])
def test_a_time_told_keeps_the_act(text, count):
    assert made_up_rows(text) == {("FD", "RR", count, "asserted")}
