""""Slovakia expelled 33 Russian diplomats, and Latvia ten diplomats": a gapped clause whose state the parser hangs
on the counted people conjoined to the verb is that state's own expulsion of people of the same nationality (not
Latvia's people expelled by Slovakia); people that name their own nationality keep it. Sentences written for
these tests, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import grammar_readings

NAMES = {"Slovakia": ("SK", "state"), "Latvia": ("LV", "state"), "Russian": ("RU", "norp"),
         "Estonian": ("EE", "norp")}


@pytest.mark.parametrize("text", [
    "Slovakia expelled 33 Russian diplomats, and Latvia ten diplomats.",
    "Slovakia has decided to expel 33 employees of the Russian embassy, and Latvia ten diplomats.",
])
def test_the_state_on_gapped_people_expels_as_many_of_the_same(nlp, text):
    assert set(grammar_readings(nlp, text, NAMES)) == {("SK", "RU", 33, "asserted"), ("LV", "RU", 10, "asserted")}


def test_people_of_a_nationality_of_their_own_stay_theirs(nlp):
    assert set(grammar_readings(nlp, "Slovakia expelled 33 Russian diplomats and ten Estonian diplomats.", NAMES)) == \
        {("SK", "RU", 33, "asserted"), ("SK", "EE", 10, "asserted")}
