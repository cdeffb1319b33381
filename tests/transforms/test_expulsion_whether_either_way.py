""""Whether" opens a question or a condition ("asked whether Ruritania would expel ...", "it is unclear whether ..."):
no expulsion told. But "whether or not talks resumed" / "whether talks resumed or not" on the verb says the course is
taken either way, on no condition: "said it would expel the diplomats whether or not talks resumed" is a reported
decision, asserted as "said it would expel the diplomats" is, and a past expulsion stays done. Made-up sentences
about made-up states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def rows(text):
    return {(a, b, n, m) for a, b, n, m in made_up_rows(text)}


@pytest.mark.parametrize("text, want", [
    ("Ruritania said it would expel the Freedonian diplomats.", ("RR", "FD", None)),
    ("Ruritania said it would expel the Freedonian diplomats whether or not talks resumed.", ("RR", "FD", None)),
    ("Ruritania said it would expel the Freedonian diplomats whether talks resumed or not.", ("RR", "FD", None)),
    ("Ruritania said it would expel two Freedonian diplomats whether or not Freedonia apologised.", ("RR", "FD", 2)),
    ("Ruritania would expel three Freedonian diplomats whether or not talks resumed.", ("RR", "FD", 3)),
    ("Ruritania expelled the Freedonian diplomats, whether or not they were spies.", ("RR", "FD", None)),
])
def test_whether_or_not_on_the_verb_is_no_condition(text, want):
    assert rows(text) == {(*want, "asserted")}


@pytest.mark.parametrize("text", [
    "Reporters asked whether Ruritania would expel the Freedonian diplomats.",
    "Reporters asked whether or not Ruritania would expel the Freedonian diplomats.",
    "Reporters asked whether Ruritania would expel the Freedonian diplomats or recall its ambassador.",
    "It is unclear whether Ruritania will expel the Freedonian diplomats.",
    "Ruritania has not decided whether to expel two Freedonian diplomats.",
    "The minister asked whether the Freedonian diplomats had been expelled.",
    "Ruritania said it would expel the Freedonian diplomats if talks failed.",
    "Ruritania may expel the Freedonian diplomats whether or not talks resume.",
])
def test_a_question_or_a_condition_is_no_expulsion(text):
    assert rows(text) and all(m != "asserted" for *_, m in rows(text))
