""""By decision of the Ruritanian side he is declared as persona non grata", "expelled by order of the
government": the one whose decision or order the agent noun is expels (decisions.decider, decided_by);
made-up articles parsed by the project's real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text, want", [
    ("The Freedonian consul was detained. By decision of the Ruritanian side he is declared as persona non grata.",
     {("RR", "FD", 1)}),
    ("The Freedonian consul in Strelsau was detained on Monday. By decision of the Ruritanian side he is declared "
     "as persona non grata and has to leave the territory of Ruritania within 48 hours.", {("RR", "FD", 1)}),
    ("The Freedonian consul was detained. By decision of the Ruritanian government he is declared persona non grata.",
     {("RR", "FD", 1)}),
    ("Two Freedonian diplomats were expelled by order of the Ruritanian government.", {("RR", "FD", 2)}),
    ("Two Freedonian diplomats were expelled by Ruritania's decision of 4 May.", {("RR", "FD", 2)}),
])
def test_the_state_whose_decision_the_agent_is_expels(text, want):
    assert events(text) == want


def test_a_decision_of_no_state_names_no_one():
    assert events("Two Freedonian diplomats were expelled by decision of the court.") == set()
