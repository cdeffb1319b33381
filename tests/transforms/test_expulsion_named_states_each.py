"""States named in a list as the ones who expel, with no count ("Slovakia, Latvia and Estonia on Tuesday joined
several Western nations in expelling Russian diplomats"), each expel, how many not said: no sum of several states
without a count. With a count over all of them it stays a total ("... expelled 12 Russian diplomats"). Sentences
written for these tests, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import grammar_readings

NAMES = {"Slovakia": ("SK", "state"), "Latvia": ("LV", "state"), "Estonia": ("EE", "state"),
         "Russian": ("RU", "norp")}


@pytest.mark.parametrize("text", [
    "Slovakia, Latvia and Estonia on Tuesday joined several Western nations in expelling Russian diplomats.",
    "Slovakia, Latvia and Estonia on Tuesday expelled Russian diplomats.",
])
def test_each_named_state_expels_with_no_count(nlp, text):
    assert set(grammar_readings(nlp, text, NAMES)) == {("SK", "RU", None, "asserted"), ("LV", "RU", None, "asserted"),
                                                       ("EE", "RU", None, "asserted")}


def test_a_count_over_the_named_states_stays_a_total(nlp):
    assert [r[0] for r in grammar_readings(nlp, "Slovakia, Latvia and Estonia expelled 12 Russian diplomats.", NAMES)] \
        == [None]
