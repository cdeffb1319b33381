"""A name both a state's and a city's, said of the state ("upstate New York", "Washington state"), is no city."""
from gazetteer.resolution import NameQuery, Resolution
from transforms.states_named_like_cities import states_named_like_cities

NEW_YORK_CITY = Resolution("CITY", "c:nyc", "New York City", "US", score=0.97, method="alias")
CAPITAL = Resolution("CITY", "c:dc", "Washington, D.C.", "US", "US", score=0.97, method="alias")
PORT = Resolution("CITY", "c:port", "Port Harcourt", "NG", score=1.0, method="exact")


def answer(text, name, city, dateline=False):
    i = text.index(name)
    q = NameQuery(name, "GPE", i, i + len(name), text[:i], dateline=dateline)
    return states_named_like_cities([q], [city], text)[0]


def test_a_city_said_of_its_state_is_the_state_unknown_in_its_country():
    for text in ("The New York state legislature passed the budget on Friday.",
                 "Heavy snow fell across upstate New York overnight.",
                 "New York Governor Hal Brenner said the state would sue.",
                 "New York's governor vetoed the bill.",
                 "The governor of New York, Hal Brenner, vetoed the bill.",
                 "Gov. Hal Brenner of New York signed the bill in Albany.",
                 "Sen. Ruth Okafor of New York voted against it.",
                 "New York Attorney General Ruth Okafor sued the firm."):
        out = answer(text, "New York", NEW_YORK_CITY)
        assert out.entity_id is None and out.canonical_name == "New York" and out.country_code == "US", text
    for text in ("Washington state officials said the fires had spread.", "Fires burned in eastern Washington.",
                 "Washington Gov. Ed Marsh declared an emergency.", "The state of Washington objected."):
        out = answer(text, "Washington", CAPITAL)
        assert out.entity_id is None and out.country_code == "US", text


def test_any_citys_name_before_the_word_state_is_the_state():
    out = answer("The Port Harcourt State assembly met on Monday.", "Port Harcourt", PORT)
    assert out.entity_id is None and out.country_code == "NG"


def test_the_city_keeps_its_link_without_a_word_of_the_state():
    for text, name, city in (("The mayor of New York met him in downtown Washington.", "New York", NEW_YORK_CITY),
                             ("The mayor of New York met him in downtown Washington.", "Washington", CAPITAL),
                             ("The prime minister will pay a Washington state visit in May.", "Washington", CAPITAL),
                             ("Washington and Moscow agreed; New York markets rose.", "New York", NEW_YORK_CITY),
                             ("Flights from New York to Washington resumed.", "Washington", CAPITAL),
                             ("He flew to northern Port Harcourt.", "Port Harcourt", PORT),
                             ("The Port Harcourt governor spoke.", "Port Harcourt", PORT)):
        assert answer(text, name, city).entity_id == city.entity_id, (text, name)


def test_a_datelines_place_stays_the_city():
    assert answer("NEW YORK state troopers said on Monday ...", "NEW YORK", NEW_YORK_CITY, dateline=True).entity_id


def test_the_capitals_possessive_before_no_office_of_the_state_stays_the_capital():
    for text in ("The head of Washington's delegation to the talks spoke.", "Washington's representative at the talks left."):
        assert answer(text, "Washington", CAPITAL).entity_id == "c:dc", text


def test_a_capitals_state_media_and_a_citys_state_company_are_the_governments():
    tehran = Resolution("CITY", "c:thr", "Tehran", "IR", "IR", score=1.0, method="exact")
    assert answer("Tehran state TV said the envoy had left.", "Tehran", tehran).entity_id == "c:thr"
    assert answer("Shares of Port Harcourt state oil company fell.", "Port Harcourt", PORT).entity_id == "c:port"


class _Gazetteer:
    """Towns with the people GeoNames counts, and regions the sources hold by name alone (no population)."""
    def __init__(self, **populations):
        self.by_id = {eid: type("E", (), {"population": pop})() for eid, pop in populations.items()}


GAZ = _Gazetteer(**{"c:cba": 1_300_000, "c:sfe": 400_000, "c:ba": 2_900_000, "c:kdh": 500_000, "c:hel": None,
                    "c:cal": None, "c:dc": 690_000, "c:ott": 900_000, "c:lon": 8_000_000, "c:nyc": 8_000_000})
CITIES = {"Cordoba": Resolution("CITY", "c:cba", "Córdoba", "AR", score=0.99, method="context"),
          "Santa Fe": Resolution("CITY", "c:sfe", "Santa Fe", "AR", score=0.99, method="context"),
          "Buenos Aires": Resolution("CITY", "c:ba", "Buenos Aires", "AR", "AR", score=1.0, method="exact"),
          "Kandahar": Resolution("CITY", "c:kdh", "Kandahar", "AF", score=1.0, method="exact"),
          "Helmand": Resolution("CITY", "c:hel", "Helmand", "AF", score=1.0, method="exact"),
          "California": Resolution("CITY", "c:cal", "California", "US", score=1.0, method="exact"),
          "Washington": CAPITAL, "New York": NEW_YORK_CITY,
          "Ottawa": Resolution("CITY", "c:ott", "Ottawa", "CA", "CA", score=1.0, method="exact"),
          "London": Resolution("CITY", "c:lon", "London", "GB", "GB", score=1.0, method="exact")}


def answers(text, *names):
    queries, at = [], 0
    for name in names:
        i = text.index(name, at)
        queries.append(NameQuery(name, "GPE", i, i + len(name), text[:i]))
        at = i + len(name)
    return [a.entity_id for a in states_named_like_cities(queries, [CITIES[n] for n in names], text, GAZ)]


def test_towns_a_word_for_regions_governs_are_the_regions_unknown():
    assert answers("Pods were empty in southern Cordoba and Santa Fe provinces last week.",
                   "Cordoba", "Santa Fe") == [None, None]
    assert answers("Rains helped maize in southern Buenos Aires province.", "Buenos Aires") == [None]
    assert answers("Fighting spread to the provinces of Kandahar and Helmand.",
                   "Kandahar", "Helmand") == [None, "c:hel"]   # a region the sources hold by its name keeps it
    assert answers("The thrift ran branches in the states of California, New York and Washington.",
                   "California", "New York", "Washington") == ["c:cal", None, None]


def test_towns_without_a_word_for_regions_over_them_stay_towns():
    assert answers("Royal Bank said Ottawa and the provinces risk weakening the system.", "Ottawa") == ["c:ott"]
    assert answers("The broker has offices in London, New York and Washington.",
                   "London", "New York", "Washington") == ["c:lon", "c:nyc", "c:dc"]
    assert answers("He flew from Buenos Aires to Cordoba, where the provinces met.",
                   "Buenos Aires", "Cordoba") == ["c:ba", "c:cba"]
    assert answers("The governors of several provinces met in Cordoba and Santa Fe on Monday.",
                   "Cordoba", "Santa Fe") == ["c:cba", "c:sfe"]


def answers_in_sentences(text, *names):
    """As `answers`, with each name's sentence (the text's sentences end with ". ")."""
    queries, at = [], 0
    for name in names:
        i = text.index(name, at)
        queries.append(NameQuery(name, "GPE", i, i + len(name), text[:i].rsplit(". ", 1)[-1],
                                 sentence=text[:i].count(". ")))
        at = i + len(name)
    return [a.entity_id for a in states_named_like_cities(queries, [CITIES[n] for n in names], text, GAZ)]


def test_towns_the_story_calls_regions_are_the_regions_where_it_lists_them_with_regions():
    text = ("Rain fell across the Santa Fe and Cordoba provinces. The harvest reached 28 pct of the area in "
            "Cordoba, Santa Fe and northern Buenos Aires. Picking starts in southern Cordoba next week. "
            "Cordoba province had floods. In Santa Fe province rains topped 100 mm, and in Cordoba 80 mm.")
    assert answers_in_sentences(text, "Santa Fe", "Cordoba", "Cordoba", "Santa Fe", "Buenos Aires", "Cordoba",
                                "Cordoba", "Santa Fe", "Cordoba") \
        == [None, None, None, None, "c:ba", None, None, None, None]   # the capital speaks for its state


def test_a_town_the_story_calls_a_region_once_stays_the_town_said_alone():
    text = ("Cordoba province had floods. The governor of Cordoba province flew to Cordoba on Monday. "
            "He then flew to Cordoba and Buenos Aires.")
    assert answers_in_sentences(text, "Cordoba", "Cordoba", "Cordoba", "Cordoba", "Buenos Aires") \
        == [None, None, "c:cba", "c:cba", "c:ba"]
    assert answers_in_sentences("Santa Fe province had floods. The governor flew to Cordoba on Monday.",
                                "Santa Fe", "Cordoba") == [None, "c:cba"]


ARIZONA = Resolution("CITY", "p:az", "Arizona", "US", score=1.0, method="exact")
OREGON = Resolution("CITY", "p:or", "Oregon", "US", score=1.0, method="exact")
BOSTON = Resolution("CITY", "c:bos", "Boston", "US", score=1.0, method="exact")


def answers_of(text, named):
    """`named`: (name, its city or state); the queries in the order of the text."""
    queries = []
    for name, _ in named:
        i = text.index(name)
        queries.append(NameQuery(name, "GPE", i, i + len(name), text[:i]))
    return states_named_like_cities(queries, [a for _, a in named], text)


def test_a_name_listed_with_states_is_the_state():
    out = answers_of("Its Arizona and Washington banks earned more than its Oregon bank.",
                     [("Arizona", ARIZONA), ("Washington", CAPITAL), ("Oregon", OREGON)])
    assert out[1].entity_id is None and out[1].canonical_name == "Washington" and out[1].country_code == "US"
    assert out[0] == ARIZONA
    out = answers_of("The storm moved across Oregon, Washington and Arizona overnight.",
                     [("Oregon", OREGON), ("Washington", CAPITAL), ("Arizona", ARIZONA)])
    assert out[1].entity_id is None


def test_a_name_listed_with_states_and_a_region_the_sources_lack_is_the_state():
    unknown = Resolution("OTHER", None, "New England", None, method="nil")
    out = answers_of("Sales rose in Arizona, Oregon, New York and New England last year.",
                     [("Arizona", ARIZONA), ("Oregon", OREGON), ("New York", NEW_YORK_CITY),
                      ("New England", unknown)])
    assert out[2].entity_id is None and out[2].canonical_name == "New York" and out[2].country_code == "US"
    out = answers_of("Shipments went to New York and New England ports.",
                     [("New York", NEW_YORK_CITY), ("New England", unknown)])
    assert out[0] == NEW_YORK_CITY   # no state by its own name in the list


def test_a_name_listed_with_cities_stays_the_city():
    out = answers_of("The firm has offices in Boston, Washington and Arizona.",
                     [("Boston", BOSTON), ("Washington", CAPITAL), ("Arizona", ARIZONA)])
    assert out[1] == CAPITAL


def test_a_name_before_a_partys_member_is_the_state():
    out = answer("Rep. Alan Reyes, a New York Democrat, opposed the bill.", "New York", NEW_YORK_CITY)
    assert out.entity_id is None and out.country_code == "US"


def test_a_state_held_by_its_own_name_keeps_its_link_before_a_partys_member():
    illinois = Resolution("CITY", "p:il", "Illinois", "US", score=1.0, method="exact")
    assert answer("The Illinois Democrat said taxes must rise.", "Illinois", illinois) == illinois


def test_a_name_joined_to_chartered_is_the_state_that_charters():
    out = answer("Regulators welcomed applications from affiliates of New York-chartered banks.", "New York",
                 NEW_YORK_CITY)
    assert out.entity_id is None and out.country_code == "US"
