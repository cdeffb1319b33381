"""A bare surname with no full name before it: a state's leader in office is known by it even where the
model reads a place (gazetteer/leaders_taken_for_places.py); an envoy is not (people.only_an_envoy).
Sentences written for these tests."""
from collections import Counter


def linked(mentions, text):
    return {m.canonical_name for m in mentions if m.text == text and m.entity_id and not m.entity_id.startswith("nn:")}


def test_a_leaders_surname_read_as_a_place_is_the_leader_in_office(resolve):
    ms = resolve("Diplomats in Paris expect a reply from the French Communist Party, a junior partner in "
                 "Mitterrand's coalition. Moscow said nothing.", date="1983-04-07")
    assert linked(ms, "Mitterrand") == {"Francois Mitterrand"}


def test_a_leaders_surname_needs_the_leader_in_office_and_the_state_named(resolve):
    from gazetteer.leaders_taken_for_places import leader_taken_for_a_place
    gaz = resolve.resolver.gaz
    assert leader_taken_for_a_place(gaz, "Mitterrand", Counter({"FR": 2}), "1983-04-07", 4).canonical_name \
        == "Francois Mitterrand"
    assert leader_taken_for_a_place(gaz, "Mitterrand", Counter({"FR": 2}), "1975-04-07", 4) is None   # before office
    assert leader_taken_for_a_place(gaz, "Mitterrand", Counter({"DE": 2}), "1983-04-07", 4) is None   # France unnamed
    assert leader_taken_for_a_place(gaz, "Paris", Counter({"FR": 2}), "1983-04-07", 4) is None   # a place


def test_a_surname_alone_is_no_envoys(resolve):
    ms = resolve("Baku opened an embassy in Israel in March. Around a quarter of Iran's population is Azari, "
                 "officials in Tehran said.", date="2023-04-01")
    assert linked(ms, "Azari") == set()


def test_an_envoy_named_in_full_is_named_by_surname_after(resolve):
    ms = resolve("Israel's ambassador Anna Azari met the Czech foreign minister in Prague. Azari said the talks "
                 "went well.", date="2023-04-01")
    assert linked(ms, "Azari") == {"Anna Azari"}


def test_an_envoy_titled_by_the_surname_is_that_envoy(resolve):
    ms = resolve("Washington and London expelled Russian diplomats on Monday. \u201cThis is a clear message to "
                 "Moscow,\u201d said Ambassador Haley.", date="2018-03-26")
    assert linked(ms, "Haley") == {"Nikki Haley"}
