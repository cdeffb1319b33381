"""What an expulsion is, told of none in particular ("The expulsion of diplomats ... is an extreme measure"): a
nominal expulsion of bare plural people, the subject of a present "be" naming a kind of thing, is no event, so no
story or dateline completes it into one. Made-up sentences, parsed by the project's real spaCy model; made_up_news
xa09-xa10 run it end to end (xa09: under a MOSCOW dateline after Canada's expulsion of four Russians it was read as
Russia's reply)."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows
from transforms.expulsions.modality import kind_of_act
from transforms.expulsions.story import default_parse


def _expulsion(text):
    doc = default_parse([text])[0]
    return next(t for t in doc if t.text == "expulsion")


@pytest.mark.parametrize("text", [
    "The expulsion of diplomats, provided for by the Vienna Convention, is an extreme measure.",
    "The expulsion of diplomats is a rare step.",
])
def test_what_such_an_act_is(text):
    assert kind_of_act(_expulsion(text))


@pytest.mark.parametrize("text", [
    "The expulsion of the diplomats is a serious blow to relations.",   # these diplomats
    "The expulsion of Freedonian diplomats is a mistake.",   # whose
    "The expulsion of two diplomats is a rare step.",   # counted
    "The expulsion of diplomats is the first since 1985.",   # this one
    "The expulsion of diplomats was a rare step.",   # told in the past: one that happened
])
def test_one_expulsion_in_particular(text):
    assert not kind_of_act(_expulsion(text))


def test_the_kind_of_act_is_no_event_after_a_real_one():
    text = "Ruritania expelled 35 Freedonian diplomats on Thursday. The expulsion of diplomats is a rare step."
    assert {r for r in rows(text) if r[3] == "asserted"} == {("RR", "FD", 35, "asserted")}
    assert (None, None, None, "hypothetical") in rows(text)
