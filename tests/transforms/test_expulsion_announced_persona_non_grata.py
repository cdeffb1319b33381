""""Announced the ambassador as persona non grata" declares him so, as "declared"/"named ... (as) persona non grata"
do: active or passive, with a count, an apposed name or a possessive state; announced as anything else, or said of a
singer, or announced not done or only possible, it is no expulsion. Made-up sentences about made-up states, read
with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania has announced the Freedonian ambassador as persona non grata.", {("RR", "FD", 1)}),
    ("Ruritania announced two Freedonian diplomats as persona non grata on Monday.", {("RR", "FD", 2)}),
    ("The Freedonian ambassador has been announced as persona non grata by Ruritania.", {("RR", "FD", 1)}),
    ("Ruritania announced the Freedonian consul, Hans Muller, as persona non grata.", {("RR", "FD", 1)}),
    ("Ruritania announced Freedonia's ambassador as persona non grata.", {("RR", "FD", 1)}),
    ("Ruritania named the Freedonian ambassador as persona non grata.", {("RR", "FD", 1)}),
    ("Ruritania has named two Freedonian diplomats persona non grata.", {("RR", "FD", 2)}),
])
def test_announced_or_named_persona_non_grata_is_a_declaration(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania announced the Freedonian ambassador as its new trade envoy.",
    "Ruritania named the Freedonian ambassador as the guest of honour.",
    "Ruritania announced the Freedonian singer as persona non grata at its festival.",
    "Ruritania has not announced the Freedonian ambassador as persona non grata.",
    "Ruritania announced it may announce the Freedonian ambassador as persona non grata.",
])
def test_announced_otherwise_or_not_done_is_no_expulsion(text):
    assert asserted(text) == set()


def test_an_announcement_of_another_states_declaration_names_that_state():
    text = "Ruritania announced that Freedonia had declared the Ruritanian ambassador persona non grata."
    assert asserted(text) == {("FD", "RR", 1)}
