"""People counted among a fronted group declared persona non grata ("Among those declared persona non grata by
Ruritania were two Freedonian diplomats"), as the parser reads it: the participle the verb (or the clausal subject
of "were"), the people the attribute of "were" (partitives.fronted_member, read by arguments_png.py). Sentences
written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Among those declared persona non grata by Ruritania were two Freedonian diplomats.", 2),
    ("Among those declared persona non grata by Ruritania was the Freedonian military attache.", 1),
    ("Among those declared persona non grata by Ruritania last year were two Freedonian diplomats.", 2),
])
def test_the_people_after_be_are_declared_by_the_agent(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text", [
    "Among those declared persona non grata by Ruritania were not any Freedonian diplomats.",
    "Among those who declared the Freedonian envoy persona non grata was Ruritania.",
])
def test_no_one_counted_among_them_or_the_state_among_those_who_declare(text):
    assert not any(modality == "asserted" for *_, modality in made_up_rows(text))
