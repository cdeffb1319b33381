"""A name the model calls a person and the gazetteer a town, in a list beside a place the article links, is the
town (sentences written for these tests): "Madras and Calcutta were hit by storms" in 1977, "Ministers from
Leopoldville and Elisabethville met" in 1961. A name the article links to a person, or a surname the sources
give someone, stays as it is, and so does a town's name that no place stands beside."""
from tests.mention_helpers import linked_names


def _types(mentions, text):
    return {m.entity_type for m in mentions if m.text == text and m.entity_id and not m.entity_id.startswith("nn:")}


def test_a_town_the_model_calls_a_person_beside_another_town(resolve):
    ms = resolve("Officials in Delhi and Bonn said talks would resume. Madras and Calcutta were hit by storms.",
                 "1977-11-21")
    assert _types(ms, "Madras") == {"CITY"}
    assert linked_names(ms, "Calcutta") == {"Kolkata"}


def test_a_town_after_a_comma_or_before_another(resolve):
    ms = resolve("Ministers from Leopoldville and Elisabethville met on Tuesday to end the secession.", "1961-03-01")
    assert _types(ms, "Leopoldville") == {"CITY"}


def test_a_person_in_a_list_beside_a_town_stays_a_person(resolve):
    ms = resolve("HARARE, May 2 (Reuters) - President Robert Mugabe and Joshua Nkomo signed the accord. Mugabe "
                 "and Harare officials said it would hold.", "1988-05-02")
    assert linked_names(ms, "Mugabe") == {"Robert Mugabe"}
