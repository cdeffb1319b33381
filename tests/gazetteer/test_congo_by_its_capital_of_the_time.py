"""The two Congos of the 1960s told apart by their capitals of the time, as "Congo-Kinshasa" and
"Congo-Brazzaville" tell them apart today: "Congo-Léopoldville" (Kinshasa's colonial name) is the Democratic
Republic of the Congo, with or without its accent and its "Republic of" (sentences written for these tests;
the real model and gazetteer)."""


def test_congo_leopoldville_is_the_democratic_republic(resolve):
    ms = resolve("Katanga proclaimed its independence from the Republic of Congo-Léopoldville in July. Troops of "
                 "Congo-Leopoldville and of Congo-Brazzaville met at the river.", "1961-03-02")
    got = {m.text: m.country_code for m in ms}
    assert got["Republic of Congo-Léopoldville"] == got["Congo-Leopoldville"] == "CD"
    assert got["Congo-Brazzaville"] == "CG"


def test_a_capital_of_the_time_stays_a_city_beside_the_name_made_of_it(resolve):
    # PETRARCH lists "Leopoldville" under the Congo's header; a hyphened country name made of it is no
    # reason to read the city as a spelling of the country
    ms = resolve("LEOPOLDVILLE, Nov. 21 (AP) - The government of Congo-Leopoldville ordered the Soviet embassy "
                 "closed.", "1963-11-21")
    got = {m.text: (m.entity_type, m.country_code) for m in ms}
    assert got["LEOPOLDVILLE"] == ("CITY", "CD")
    assert got["Congo-Leopoldville"] == ("COUNTRY", "CD")


def test_a_part_of_a_hyphened_country_name_is_no_spelling_of_it():
    from gazetteer.sources_phoenix import _is_country_variant
    names = ["Democratic Republic of the Congo", "Congo-Kinshasa", "Congo-Léopoldville"]
    assert not _is_country_variant("LEOPOLDVILLE", names, {})
    assert not _is_country_variant("KINSHASA", names, {})
    assert _is_country_variant("CONGO_(LEOPOLDVILLE)", names, {})   # the whole name, written otherwise
    assert _is_country_variant("SALVADOR", ["El Salvador"], {})      # a part of a name with no hyphen


def test_a_hyphened_country_name_written_spaced_is_the_country(resolve):
    ms = resolve("1971 - Congo Leopoldville (Zaire), President Mobutu sent the traders out of his country. Troops "
                 "from Guinea Bissau and Congo Brazzaville met.", "2017-02-05")
    got = {m.text: (m.entity_type, m.country_code) for m in ms}
    assert got["Congo Leopoldville"] == ("COUNTRY", "CD")
    assert got["Guinea Bissau"] == ("COUNTRY", "GW")
    assert got["Congo Brazzaville"] == ("COUNTRY", "CG")


def test_two_states_names_hyphened_are_not_written_spaced():
    from gazetteer.model import Entity
    from gazetteer.phrases import spaced_country_names
    states = {"serbia", "montenegro", "guinea"}
    assert spaced_country_names(Entity("x", "Serbia and Montenegro", "COUNTRY", "CS",
                                       aliases=["Serbia-Montenegro"]), states) == set()
    assert spaced_country_names(Entity("y", "Guinea-Bissau", "COUNTRY", "GW"), states) == {"Guinea Bissau"}
