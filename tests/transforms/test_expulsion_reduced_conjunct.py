"""A passive that drops its auxiliary, a participle conjoined to a reduced relative on the people ("Two attachés,
identified as spies by Ruritania and ordered to leave, flew home"): the participle is on the same people, passive,
and a doer the first participle names with "by" is its doer too, as it is for a full passive ("were identified as
spies by Ruritania and ordered to leave"). A "by" of its own still wins; a doer that is no state is none.
Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {r[:3] for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Two Freedonian attachés, identified as spies by Ruritania and ordered to leave, flew home on Sunday.",
     {("RR", "FD", 2)}),
    ("Two Freedonian attachés, accused of spying and ordered to leave Ruritania, flew home on Sunday.",
     {("RR", "FD", 2)}),
    ("Two Freedonian attachés, accused of spying and expelled by Ruritania, flew home on Sunday.", {("RR", "FD", 2)}),
    ("Three Freedonian attachés, accused of spying by Ruritania and expelled, flew home on Sunday.",
     {("RR", "FD", 3)}),
])
def test_a_participle_joined_to_a_reduced_relative_expels_its_people(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("Two Freedonian diplomats were identified as spies by Ruritania and ordered to leave.", {("RR", "FD", 2)}),
    ("Two Freedonian diplomats were arrested by Ruritania and expelled.", {("RR", "FD", 2)}),
])
def test_the_first_passives_doer_is_the_doer_of_the_second(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("Two Freedonian diplomats were praised by Syldavia and expelled by Ruritania.", {("RR", "FD", 2)}),
    ("Two Freedonian diplomats were arrested by the police and expelled.", set()),
    ("Two Freedonian diplomats, praised by Syldavia and invited to stay, flew home.", set()),
])
def test_a_doer_of_its_own_or_no_state_is_not_taken_from_the_first(text, want):
    assert asserted(text) == want
