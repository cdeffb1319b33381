"""How many people a run of titles, each with "the", names (sentences written for these tests): titles joined by
commas alone are one person's ("the Freedonian diplomat, the First Secretary, John Smith"); titles that an "and"
closes are a list, however the parser hangs them ("the ambassador, the consul(,) and the attache": three)."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled the Freedonian diplomat, the First Secretary, John Smith.", 1),
    ("Ruritania declared the Freedonian diplomat, the Second Secretary, Jan Novak, persona non grata.", 1),
    ("Ruritania expelled the Freedonian ambassador, the consul and the military attache.", 3),
    ("Ruritania expelled the Freedonian ambassador, the consul, and the military attache.", 3),
])
def test_titles_with_the_count_one_person_unless_an_and_lists_them(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}


@pytest.mark.parametrize("text, count", [
    ("Ruritania expelled the Freedonian ambassador and the consul.", 2),
    ("Ruritania expelled Jan Novak, the first secretary and press attache of the Freedonian embassy.", 1),
    ("Ruritania expelled the Freedonian ambassador, Jan Novak, and the consul.", 2),
])
def test_names_and_their_roles_count_as_before(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}
