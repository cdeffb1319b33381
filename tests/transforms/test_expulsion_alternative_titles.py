"""Two singular titles joined by "or" ("a minister or ambassador", "the counsellor or attache") name one
person in other words, so they count one, not two (coordinated_people._alternative_title); "and" still lists two.
Made-up states, parsed by the real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled a Freedonian counsellor or attache on Monday.", ("RR", "FD", 1)),
    ("He was the first Freedonian minister or ambassador to be expelled by Ruritania.", ("RR", "FD", 1)),
])
def test_titles_joined_by_or_are_one_person(text, want):
    assert {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"} == {want}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled a Freedonian counsellor and an attache on Monday.", ("RR", "FD", 2)),
    ("Ruritania expelled the Freedonian ambassador and the consul on Monday.", ("RR", "FD", 2)),
])
def test_titles_joined_by_and_are_two(text, want):
    assert {(a, b, n) for a, b, n, m in made_up_rows(text) if m == "asserted"} == {want}
