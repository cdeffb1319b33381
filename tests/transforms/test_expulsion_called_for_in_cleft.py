"""An expulsion named as what is called for or needed in a present "what ... is" (a pseudo-cleft): "I think what is
called for is the expulsion of the Freedonian ambassador" is a demand, whoever says it, no act done
(talk.called_for_in_cleft). "What followed was the expulsion of ..." tells one."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events

NAMES = MADE_UP | {"Rudolf": ("RR", "PERSON", True)}


def rows(text):
    return sorted((e.expelling_country, e.expelled_country, e.count, e.modality)
                  for e in made_up_events(text, sentence=r"[^.]+\.", names=NAMES))


STORY = "Ruritania summoned the Freedonian ambassador yesterday, after President Rudolf said he should be expelled. "


@pytest.mark.parametrize("text", [
    STORY + "'I think what is called for is at least the withdrawal or the expulsion, yes, the expulsion of the "
    "Freedonian ambassador in a first instance,' President Rudolf told a radio interviewer.",
    STORY + "'What is called for is the expulsion of the Freedonian ambassador,' President Rudolf told reporters.",
    "What Ruritania needs is the expulsion of the Freedonian ambassador, President Rudolf said.",
])
def test_what_is_called_for_is_no_act(text):
    got = rows(text)
    assert got and all(m != "asserted" for *_, m in got), got


def test_what_followed_is_told():
    assert ("RR", "FD", 1, "asserted") in rows(
        "Ruritania summoned the Freedonian ambassador, and what followed was the expulsion of the Freedonian "
        "ambassador by Ruritania.")
