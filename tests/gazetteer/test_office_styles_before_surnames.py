"""The style of an office held on the story's date before a bare surname names someone in office, and a
title the model cut off from the name after it names no one (sentences written for these tests).

"Sen. Kennedy said" in 1985 is no president who died in 1963 (the senator is no one the sources hold:
unknown); "the late Sen. Kennedy" and "Gen. de Gaulle" (a rank kept for life) are no such styles. "met Amb.
Kampelman": "Amb" is no person."""
import pytest

from gazetteer.people import styled_by_office_held


def _linked(mentions, text):
    return {m.canonical_name for m in mentions if m.text == text and m.entity_id and not m.entity_id.startswith("nn:")}


@pytest.mark.parametrize("text", [
    "WASHINGTON (AP) - Sen. Kennedy said the bill would pass the Senate.",
    "WASHINGTON (AP) - Senator Kennedy said the bill would pass the Senate.",
    "WASHINGTON (AP) - Sen. Kennedy and Rep. O'Neill met the budget director.",
])
def test_a_sitting_senator_is_no_president_long_dead(resolve, text):
    assert _linked(resolve(text, date="1985-06-05"), "Kennedy") == set()


def test_a_title_cut_off_from_the_name_is_no_person(resolve):
    ms = resolve("WASHINGTON (AP) - The senators met Amb. Kampelman on Tuesday.", date="1985-06-05")
    assert [m.text for m in ms if m.entity_type == "PERSON"] == ["Kampelman"]


@pytest.mark.parametrize("before, expected", [
    ("WASHINGTON (AP) - Sen. ", True), ("Senator ", True), ("Gov. ", True), ("Rep. ", True), ("Amb. ", True),
    ("Democratic Sen. ", True), ("the late Sen. ", False), ("former Gov. ", False), ("then-Sen. ", False),
    ("Mr. ", False), ("Gen. ", False), ("Adm. ", False), ("essen ", False),
])
def test_the_style_of_an_office_held_on_the_date(before, expected):
    assert styled_by_office_held(before) is expected
