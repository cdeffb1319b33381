"""People named only by their nationality whose participle puts them at a workplace that is no mission ("Freedonians
working at three Freedonian newspapers", "employed by two banks") are no mission's people: a pronoun after them
("They will have to leave the country") names no diplomats (people._working_elsewhere). Nationals working at the
embassy, and diplomats, still are. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events

NAMES = dict(MADE_UP, **{"Freedonians": ("FD", "NORP", False)})


def _asserted(text):
    return {(e.expelling_country, e.expelled_country, e.count)
            for e in made_up_events(text, sentence=r"[^.!]+(?:\.(?=\s|$)|!)", names=NAMES) if e.modality == "asserted"}


@pytest.mark.parametrize("text", [
    "The Ruritanian government announced that Freedonians working at three major Freedonian newspapers would have to "
    "surrender their press cards within ten days. They will have to leave the country.",
    "The Ruritanian government announced that Freedonians working for two banks would have to close their offices. "
    "They will have to leave the country.",
    "The Ruritanian government said Freedonians employed by two airlines must hand in their permits. They will have to "
    "leave the country.",
])
def test_nationals_at_other_work_are_no_diplomats(text):
    assert _asserted(text) == set()


@pytest.mark.parametrize("text,row", [
    ("The Ruritanian government announced that Freedonians working at the embassy would have to hand in their passes. "
     "They will have to leave the country.", ("RR", "FD", None)),
    ("Ruritania expelled 12 Freedonians working at the Freedonian embassy.", ("RR", "FD", 12)),
    ("The Ruritanian government announced that Freedonian diplomats would have to surrender their passes. They will "
     "have to leave the country.", ("RR", "FD", None)),
])
def test_nationals_at_the_mission_still_are(text, row):
    assert _asserted(text) == {row}
