"""An American town only GeoNames holds, known by few names, in a story that names nothing American and names
other states, is unknown: "HILLSBOROUGH, Northern Ireland - Britain and Ireland signed ..." is no town of New
Jersey (transforms/namesake_cities.py `little_known_among_states`). Sentences written for these tests, with the
real model and gazetteer."""


def links(ms, text):
    return {(m.entity_id, m.country_code) for m in ms if m.text == text}


def test_a_little_known_foreign_town_in_a_story_of_other_states_is_unknown(resolve):
    ms = resolve("HILLSBOROUGH, Northern Ireland, Nov 15 - Britain and Ireland signed an accord on Friday that "
                 "gives Dublin a say in the province.", "1985-11-16")
    assert links(ms, "HILLSBOROUGH") == {(None, None)}


def test_the_town_keeps_its_link_where_the_story_names_its_country(resolve):
    ms = resolve("HILLSBOROUGH, Northern Ireland, Nov 15 - Britain and Ireland signed an accord on Friday, and "
                 "American officials in Hillsborough, N.J., welcomed it.", "1985-11-16")
    assert {c for _, c in links(ms, "Hillsborough")} == {"US"}


def test_a_story_of_no_other_state_keeps_the_link(resolve):
    ms = resolve("HILLSBOROUGH - The township council voted on Tuesday to widen two roads.", "1985-11-16")
    assert {c for _, c in links(ms, "HILLSBOROUGH")} == {"US"}


def test_a_town_whose_name_holds_its_countrys_keeps_the_link(resolve):
    ms = resolve("The Freedonian investor may redevelop a hotel site on Hong Kong Island, analysts in London said.",
                 "1987-03-03")
    assert {c for _, c in links(ms, "Hong Kong Island")} == {"HK"}


def test_a_small_town_abroad_an_event_made_known_keeps_its_link(resolve):
    ms = resolve("BERLIN - Germany expelled 40 Russian diplomats on Monday after reports of killings in Bucha.",
                 "2022-04-05")
    assert {c for _, c in links(ms, "Bucha")} == {"UA"}
