""""either ... or" tells neither side as done (modality._alternative): "all of whom have either expelled their
Freedonian ambassadors or announced that they will do so" is no asserted expulsion by any of them."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text", [
    "Ruritania has either expelled the Freedonian ambassador or announced that it will do so.",
    "Ruritania either expelled two Freedonian diplomats or asked them to leave.",
    "Ruritania will either expel the Freedonian ambassador or recall its own.",
])
def test_either_or_asserts_neither(text):
    assert events(text) == set()


@pytest.mark.parametrize("text", [
    "Ruritania expelled two Freedonian diplomats and either closed its consulate or reduced its staff.",
    "Ruritania expelled two Freedonian diplomats, a decision that either side could regret.",
])
def test_an_either_elsewhere_leaves_the_expulsion_asserted(text):
    assert events(text) == {("RR", "FD", 2)}
