"""A diplomat stripped or deprived of his accreditation is sent away: patterns/grammar.json "deprivations"
(phrasal_triggers.deprived_of, a trigger in triggers_parse.find_triggers); made-up articles parsed by the
project's real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text, want", [
    ("Ruritania said on Friday it was stripping Freedonia's ambassador of his accreditation.", {("RR", "FD", 1)}),
    ("Ruritania has decided to deprive the ambassador of Freedonia of accreditation.", {("RR", "FD", 1)}),
    ("The two Freedonian attaches were stripped of their accreditation on Monday by Ruritania.", {("RR", "FD", 2)}),
    ("Ruritania stripped the Freedonian ambassador of his credentials.", {("RR", "FD", 1)}),
])
def test_a_diplomat_stripped_of_his_accreditation_is_expelled(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania stripped the Freedonian general of his medals.",
    "Ruritania stripped the Freedonian journalist of his accreditation.",
    "Ruritania said it would not strip the Freedonian ambassador of his accreditation.",
])
def test_other_things_or_people_stripped_are_no_expulsion(text):
    assert events(text) == set()
