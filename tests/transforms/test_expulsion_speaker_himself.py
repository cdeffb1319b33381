""""The Freedonian ambassador said the decision to expel him was unjustified": a diplomat who reports the decision to
expel "him" speaks of himself. Someone else's "him" stays no one named. Sentences written for these tests, about
made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania has broken off diplomatic relations with Freedonia. The Freedonian ambassador, Dr Ivo Dolan, said "
    "the decision to expel him was \"nonsense\".",
    "The Freedonian ambassador said Ruritania's decision to expel him was unjustified.",
    "The Freedonian ambassador said Ruritania had decided to expel him.",
])
def test_the_diplomat_who_speaks_is_the_one_expelled(text):
    assert made_up_rows(text) == {("RR", "FD", 1, "asserted")}


def test_a_minister_s_him_is_not_himself():
    assert made_up_rows("The Freedonian minister said Ruritania had decided to expel him.") == set()
