"""The doer of a participle right after "with" and a name (absolutes.py): "mobilized its allies, with Graustark alone,
expelling 48 Ruritanian diplomats" tells what Graustark did, not the main verb's subject. A "with" phrase of no name
("with great speed, expelling") leaves the subject the doer. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def _asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text", [
    "Freedonia mobilized most of its allies, with Graustark alone, expelling 48 Ruritanian diplomats from their "
    "embassy in Edelweiss.",
    "Freedonia mobilized its allies with Graustark alone expelling 48 Ruritanian diplomats.",
])
def test_the_name_after_with_expels(text):
    assert _asserted(text) == {("GK", "RR", 48)}


def test_with_and_no_name_leaves_the_subject_the_doer():
    text = "Freedonia acted with great speed, expelling 12 Ruritanian diplomats."
    assert _asserted(text) == {("FD", "RR", 12)}
