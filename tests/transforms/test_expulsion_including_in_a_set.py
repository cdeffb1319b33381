"""An expulsion named as one of a set ("including the expulsion of ...") is told as the verb over the set tells it
(modality._listed_under): weighed ("would be considered", "is weighing") it is a course not taken; taken ("took
several measures") it is done. Sentences written for these tests, about made-up states."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania said a variety of responses would be considered, including the expulsion of the Freedonian ambassador.",
    "Asked whether he was threatening to expel the Freedonian ambassador, the minister said that a variety of responses "
    "would be considered against any nation whose actions hurt Ruritania, including the expulsion of an ambassador.",
    "Ruritania is weighing several steps, including the expulsion of the Freedonian ambassador.",
    "Ruritania could retaliate, including the expulsion of two Freedonian diplomats.",
])
def test_one_of_a_set_weighed_is_not_told_as_done(text):
    assert not any(r[3] == "asserted" for r in made_up_rows(text))


@pytest.mark.parametrize("text, count", [
    ("Ruritania has taken several measures, including the expulsion of the Freedonian ambassador.", 1),
    ("Ruritania retaliated on Monday, including the expulsion of two Freedonian diplomats.", 2),
    ("Ruritania took several measures that angered Freedonia, including the expulsion of two Freedonian diplomats.", 2),
    ("Ruritania said it would take several steps, including the expulsion of two Freedonian diplomats.", 2),
])
def test_one_of_a_set_taken_is_told(text, count):
    assert made_up_rows(text) == {("RR", "FD", count, "asserted")}
