"""A named person declared persona non grata whose own title or apposition says what they are, and that is no
diplomat ("Hungarian President Laszlo Solyom", "the British politician George Galloway"), is no diplomatic
expulsion (people.other_role, patterns/grammar.json "other_roles"); a diplomat's title keeps it one."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text", [
    "On Monday Ruritania declared Freedonian President Ivan Petrov persona non grata.",
    "On Monday Ruritania declared the Freedonian singer Ivan Petrov persona non grata.",
    "On Monday Ruritania declared Ivan Petrov, a Freedonian actor, persona non grata.",
    "On Monday the Ruritanian foreign ministry declared noted Freedonian politician Ivan Petrov persona non grata.",
])
def test_a_named_person_of_another_calling_is_no_expulsion(text):
    assert events(text) == set()


@pytest.mark.parametrize("text", [
    "On Monday Ruritania declared the Freedonian diplomat Ivan Petrov persona non grata.",
    "On Monday Ruritania declared Ivan Petrov, a Freedonian diplomat, persona non grata.",
    "On Monday Ruritania declared Freedonian consul Ivan Petrov persona non grata.",
])
def test_a_named_diplomat_is_an_expulsion(text):
    assert events(text) == {("RR", "FD", 1)}
