"""Rhodesia is a former state of its own (ISO 3166-3 code RH, 1974-1980), as North Vietnam (VD) and East Germany
(DD) are, not a name of Zimbabwe: a count of the 1960s-70s names the state of the time. "Southern Rhodesia" (the
colony's name) and "Zimbabwe Rhodesia" (1979) are the same territory's; "Zimbabwe" stays ZW, and "Northern
Rhodesia" is Zambia's colonial name, never Rhodesia (sentences written for these tests; the real model and
gazetteer)."""
import re

from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse
from transforms.records import Sentence


def codes(ms):
    return {m.text: m.country_code for m in ms}


def events(resolve, text, date):
    sentences = [Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    return {(e.expelling_country, e.expelled_country, e.count)
            for e in extract_events("t", text, date, sentences, resolve(text, date), default_parse)}


def test_rhodesia_and_its_people_are_the_former_state(resolve):
    got = codes(resolve("The Rhodesian government rejected the plan. Southern Rhodesia had been a colony, and "
                        "Zimbabwe Rhodesia held elections; Rhodesians voted.", "1979-06-02"))
    assert got["Rhodesian"] == got["Southern Rhodesia"] == got["Zimbabwe Rhodesia"] == got["Rhodesians"] == "RH"
    gaz = resolve.resolver.gaz
    assert gaz.country("RH").canonical_name == "Rhodesia"
    assert "Rhodesia" not in gaz.country("ZW").names()


def test_northern_rhodesia_is_zambia(resolve):
    got = codes(resolve("Northern Rhodesia became Zambia in 1964; Northern Rhodesian miners went on strike.",
                        "1963-05-02"))
    assert got["Northern Rhodesia"] == got["Northern Rhodesian"] == "ZM"
    assert "Rhodesia" not in got


def test_a_rhodesian_expulsion_is_rhodesia_s_and_zimbabwe_s_is_zimbabwe_s(resolve):
    assert events(resolve, "Rhodesia expelled two Zambian diplomats in 1966.", "1966-08-03") == {("RH", "ZM", 2)}
    assert events(resolve, "Zimbabwe expelled two Zambian diplomats on Monday.", "1985-08-03") == {("ZW", "ZM", 2)}
