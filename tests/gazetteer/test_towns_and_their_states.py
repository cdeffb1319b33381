"""'Town, State' read as the job reads it: the state after the comma places the town, also where the sentence
ends there, and a state's name that the sources hold only as a city's ("Washington", "New York") is the state."""


def _links(ms, text):
    return [(m.entity_id, m.canonical_name, m.country_code) for m in ms if m.text == text]


def test_the_town_is_no_namesake_of_another_state_where_the_sentence_ends_after_the_state(resolve):
    ms = resolve("The cars were built at the company's plant in Marysville, Ohio. The company also ships "
                 "motorcycles from Marysville to Europe.", "1987-03-20")
    washington = {e.entity_id for e in resolve.resolver.gaz.lookup_exact("Marysville", types=("CITY",))
                  if e.region == "WA"}   # the Marysville the gazetteer holds by the bare name
    links = _links(ms, "Marysville")
    assert washington and links and not washington & {e for e, _, _ in links}


def test_the_state_after_a_town_is_no_city_of_its_name(resolve):
    ms = resolve("Frost hurt orchards near Yakima, Washington, last week and shut a plant in Albany, New York. "
                 "The company said officials in Washington would help.", "1990-04-04")
    washington = _links(ms, "Washington")
    assert washington[0][0] is None and washington[0][2] == "US"   # the state, which the sources do not hold
    assert washington[-1][1] == "Washington, D.C."                  # the capital keeps its link
    assert [(e, c) for e, _, c in _links(ms, "New York")] == [(None, "US")]


def test_a_list_of_places_and_a_state_the_sources_hold_keep_their_links(resolve):
    ms = resolve("The bank has offices in Chicago, Washington and Boston, and a plant in Columbus, Ohio.",
                 "1990-04-04")
    assert {n for _, n, _ in _links(ms, "Washington")} == {"Washington, D.C."}
    assert {n for _, n, _ in _links(ms, "Ohio")} == {"Ohio"}
