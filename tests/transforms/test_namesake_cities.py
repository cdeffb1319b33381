"""A bare city name shared by towns of several countries is the famous one, 'Town, State' the
American one, 'Town, Country' that country's (made-up towns and stories, asked of the
post-resolution step)."""
from gazetteer.model import Entity
from gazetteer.resolution import NameQuery, Resolution
from gazetteer.store import Gazetteer
from transforms.namesake_cities import famous_namesakes, us_state_after

# Lagoona, a famous old city of Ruritania (RU stands in for any state), and a Californian namesake
OLD_LAGOONA = Entity("g:1", "Lagoona", "CITY", "IT", population=50_000, region="20", known_names=60)
NEW_LAGOONA = Entity("g:2", "Lagoona", "CITY", "US", population=45_000, region="CA", known_names=12)
# Portvale: two towns of equal fame
PORTVALE_ES = Entity("g:3", "Portvale", "CITY", "ES", population=200_000, known_names=40)
PORTVALE_CO = Entity("g:4", "Portvale", "CITY", "CO", population=900_000, known_names=44)
# Kremna: a capital, and no American namesake in the gazetteer
KREMNA = Entity("g:5", "Kremna", "CITY", "FR", acts_for="FR", population=2_000_000, known_names=100)
# Colma: a big American town and a small Spanish one; Dalton: an American town and a Georgian one
COLMA_US = Entity("g:6", "Colma", "CITY", "US", population=900_000, region="CA", known_names=40)
COLMA_ES = Entity("g:7", "Colma", "CITY", "ES", population=30_000, known_names=5)
DALTON_US = Entity("g:8", "Dalton", "CITY", "US", population=30_000, region="GA", known_names=8)
DALTON_GE = Entity("g:9", "Dalton", "CITY", "GE", population=20_000, known_names=4)
COUNTRIES = [Entity("c:us", "United States", "COUNTRY", "US"), Entity("c:it", "Italy", "COUNTRY", "IT"),
             Entity("c:ge", "Georgia", "COUNTRY", "GE"),
             Entity("c:jp", "Japan", "COUNTRY", "JP"), Entity("c:es", "Spain", "COUNTRY", "ES"),
             Entity("c:co", "Colombia", "COUNTRY", "CO"), Entity("c:fr", "France", "COUNTRY", "FR")]
GAZ = Gazetteer([OLD_LAGOONA, NEW_LAGOONA, PORTVALE_ES, PORTVALE_CO, KREMNA, COLMA_US, COLMA_ES, DALTON_US]
                + COUNTRIES)
GAZ_GE = Gazetteer([DALTON_US, DALTON_GE] + COUNTRIES)


def _as(e: Entity) -> Resolution:
    return Resolution("CITY", e.entity_id, e.canonical_name, e.country_code, e.acts_for, method="context", score=0.9)


def _country(code: str) -> Resolution:
    e = next(c for c in COUNTRIES if c.country_code == code)
    return Resolution("COUNTRY", e.entity_id, e.canonical_name, code, code, method="exact", score=1.0)


def _ask(text: str, found: dict, date="1987-06-08", gaz=GAZ):
    """`found`: mention text -> what the resolver answered; mentions in text order."""
    queries, answers = [], []
    for name, answer in found:
        start = text.index(name, queries[-1].end_char if queries else 0)
        queries.append(NameQuery(name, "GPE", start, start + len(name)))
        answers.append(answer)
    return famous_namesakes(gaz, queries, answers, date, text)


def test_a_bare_name_is_the_famous_city_even_where_another_country_leads_the_story():
    text = ("The United States and Japan will press Italy at the summit in Lagoona, "
            "United States officials said; the United States wants a deal in Lagoona.")
    got = _ask(text, [("United States", _country("US")), ("Japan", _country("JP")), ("Italy", _country("IT")),
                      ("Lagoona", _as(NEW_LAGOONA)), ("United States", _country("US")),
                      ("United States", _country("US")), ("Lagoona", _as(NEW_LAGOONA))])
    assert got[3].entity_id == "g:1" and got[3].country_code == "IT"
    assert got[6].entity_id == "g:1"


def test_town_and_state_is_the_american_town():
    for wording in ("Lagoona, Calif., police said.", "Lagoona, California, police said.", "Lagoona, CA, police said."):
        got = _ask("In the United States, " + wording, [("United States", _country("US")), ("Lagoona", _as(OLD_LAGOONA))])
        assert got[1].entity_id == "g:2", wording
    # the American town named plainly in an American story, with the famous one's country never named
    got = _ask("Fire crews in the United States fought a blaze near Lagoona.",
               [("United States", _country("US")), ("Lagoona", _as(NEW_LAGOONA))])
    assert got[1].entity_id == "g:2"


def test_an_american_town_the_gazetteer_lacks_is_no_foreign_capital():
    got = _ask("A tornado hit Kremna, Texas, on Monday.", [("Kremna", _as(KREMNA))])
    assert got[0].entity_id is None and got[0].country_code == "US"
    # the capital, named plainly or followed by a country, stays
    got = _ask("Talks in Kremna, France, ended.", [("Kremna", _as(KREMNA)), ("France", _country("FR"))])
    assert got[0].entity_id == "g:5"


def test_namesakes_of_equal_fame_are_left_to_the_articles_countries():
    got = _ask("Spanish police in Portvale arrested two men, Spain said.",
               [("Portvale", _as(PORTVALE_ES)), ("Spain", _country("ES"))])
    assert got[0].entity_id == "g:3"


def test_a_state_after_the_comma():
    assert us_state_after(", Fla., police said") == {"FL"}
    assert us_state_after(", N.Y.") == {"NY"}
    assert us_state_after(", Idaho, said") == {"ID"}
    assert us_state_after(", Italy, said") is None
    assert us_state_after(" and Rome") is None
    assert us_state_after(", the mayor said") is None


def test_the_us_states_are_read_once():
    from transforms.namesake_cities import _state_codes, _state_codes_by_name
    assert _state_codes() is _state_codes() and _state_codes()["FL"] == "Florida"
    assert _state_codes_by_name() is _state_codes_by_name() and _state_codes_by_name()["new york"] == "NY"


def test_town_and_country_is_that_countrys_town():
    # the American namesake the story's countries chose gives way to the town the comma names
    got = _ask("The rebels will meet in Colma, Spain, the United States said, and the United States will watch.",
               [("Colma", _as(COLMA_US)), ("Spain", _country("ES")), ("United States", _country("US")),
                ("United States", _country("US"))])
    assert got[0].entity_id == "g:7" and got[0].country_code == "ES"
    # a country that holds no town of the name: unknown, in that country, not the American town
    got = _ask("COLMA, Colombia (AP) - Troops entered the town.", [("COLMA", _as(COLMA_US)), ("Colombia", _country("CO"))])
    assert got[0].entity_id is None and got[0].country_code == "CO"
    # a name that is a country's and a US state's: the town that is there
    got = _ask("Protesters gathered in Dalton, Georgia, on Sunday.", [("Dalton", _as(DALTON_GE))], gaz=GAZ_GE)
    assert got[0].entity_id == "g:9"
    got = _ask("Protesters gathered in Dalton, Georgia, on Sunday.", [("Dalton", _as(DALTON_US))], gaz=GAZ)
    assert got[0].entity_id == "g:8"


def test_a_list_of_places_is_no_town_and_country():
    for text in ("Buyers in Colma, Spain, Italy and Japan paid more.", "Buyers in Colma, Spain and Italy paid more.",
                 "Buyers in Italy, Colma, Spain paid more."):
        found = [(n, _as(COLMA_US) if n == "Colma" else _country({"Spain": "ES", "Italy": "IT", "Japan": "JP"}[n]))
                 for n in sorted(("Colma", "Spain", "Italy", "Japan"), key=lambda n: text.find(n)) if n in text]
        got = _ask(text, found)
        assert got[[n for n, _ in found].index("Colma")].entity_id == "g:6", text
    # a dateline goes on with its date
    got = _ask("COLMA, Spain, Oct. 25 (AP) - The strike ended.", [("COLMA", _as(COLMA_US)), ("Spain", _country("ES"))])
    assert got[0].entity_id == "g:7"


# Harbury: a town the gazetteer holds only in the United States; Millcombe: a Spanish town
HARBURY_US = Entity("g:10", "Harbury", "CITY", "US", population=60_000, region="OR", known_names=20)
MILLCOMBE_ES = Entity("g:11", "Millcombe", "CITY", "ES", population=80_000, known_names=15)
GAZ_ABROAD = Gazetteer([HARBURY_US, MILLCOMBE_ES] + COUNTRIES)


def test_a_town_of_a_country_the_story_never_names_is_unknown_beside_the_storys_own_towns():
    text = "Spanish fishermen from Harbury and Millcombe blocked the port, Spain's ministry said."
    got = _ask(text, [("Spanish", _country("ES")), ("Harbury", _as(HARBURY_US)), ("Millcombe", _as(MILLCOMBE_ES)),
                      ("Spain", _country("ES"))], gaz=GAZ_ABROAD)
    assert got[1].entity_id is None and got[1].canonical_name == "Harbury"
    assert got[2].entity_id == "g:11"   # the story's own town keeps its link


def test_a_town_keeps_its_link_where_its_country_is_named_or_no_town_of_the_story_is():
    got = _ask("The United States and Spain: fishermen from Harbury and Millcombe met.",
               [("United States", _country("US")), ("Spain", _country("ES")), ("Harbury", _as(HARBURY_US)),
                ("Millcombe", _as(MILLCOMBE_ES))], gaz=GAZ_ABROAD)
    assert got[2].entity_id == "g:10"
    got = _ask("Spain said fishermen from Harbury blocked the port.",
               [("Spain", _country("ES")), ("Harbury", _as(HARBURY_US))], gaz=GAZ_ABROAD)
    assert got[1].entity_id == "g:10"   # no town of Spain named: nothing says Harbury is one


def test_a_district_known_by_no_other_name_in_a_story_of_other_countries_is_unknown():
    # Greenmarch: a district GeoNames alone holds and knows by one other name; Vellmar a Colombian town
    greenmarch = Entity("g:20", "Greenmarch", "CITY", "FR", population=215_000, known_names=1, sources=["geonames"])
    vellmar = Entity("g:21", "Vellmar", "CITY", "CO", population=215_000, known_names=14, sources=["geonames"])
    gaz = Gazetteer([greenmarch, vellmar] + COUNTRIES)
    text = "Japan threatened to leave the Greenmarch over the arms sales, Colombia said. Vellmar was quiet."
    got = _ask(text, [("Japan", _country("JP")), ("Greenmarch", _as(greenmarch)), ("Colombia", _country("CO")),
                      ("Vellmar", _as(vellmar))], gaz=gaz)
    assert got[1].entity_id is None and got[1].country_code is None
    assert got[3].entity_id == "g:21"                # a town of a country the story names keeps its link
    # in a story that names its country, the district keeps its link
    text = "France said the rally in Greenmarch was peaceful."
    got = _ask(text, [("France", _country("FR")), ("Greenmarch", _as(greenmarch))], gaz=gaz)
    assert got[1].entity_id == "g:20"


def _norp(code: str) -> Resolution:
    e = next(c for c in COUNTRIES if c.country_code == code)
    return Resolution("NORP", e.entity_id, e.canonical_name, code, None, method="demonym", score=1.0)


def test_town_and_state_is_no_town_of_another_state():
    # the gazetteer's only American Lagoona is in California: 'Lagoona, Mich.' is a Michigan town it lacks
    for wording in ("Acme Tool Co will build a plant in Lagoona, Mich., to make gears.",
                    "Acme Tool Co will build a plant in Lagoona, Mich.\n    The plant will make gears.",
                    "Acme Tool Co will build a plant in Lagoona, Michigan, to make gears."):
        got = _ask(wording, [("Lagoona", _as(NEW_LAGOONA))])
        assert got[0].entity_id is None and got[0].country_code == "US", wording
    # the town named again on its own is the same Michigan town
    got = _ask("Acme Tool Co bought a mill in Dalton, Mass.\n    The Dalton mill employs 40.",
               [("Dalton", _as(DALTON_US)), ("Dalton", _as(DALTON_US))])
    assert [g.entity_id for g in got] == [None, None]
    # a state's full name in a list of places is no 'Town, State'
    got = _ask("Acme has offices in Dalton, Washington and Chicago.", [("Dalton", _as(DALTON_US))])
    assert got[0].entity_id == "g:8"
    got = _ask("Acme has offices in Dalton, Ga., and Chicago.", [("Dalton", _as(DALTON_US))])
    assert got[0].entity_id == "g:8"


def test_town_and_state_is_no_foreign_namesake_nor_a_town_of_another_state():
    # the story names Georgia, the country, so the resolver chose the Georgian Dalton; 'Dalton, Mass.' is in
    # the United States, and the gazetteer's only American Dalton is in Georgia, the state: a town it lacks
    got = _ask("Acme Tbilisi Ltd of Georgia said its Dalton, Mass., mill will close.",
               [("Georgia", _country("GE")), ("Dalton", _as(DALTON_GE))], gaz=GAZ_GE)
    assert got[1].entity_id is None and got[1].country_code == "US"
    # 'Dalton, Ga.' is the gazetteer's Dalton of Georgia, the state
    got = _ask("Acme Tbilisi Ltd of Georgia said its Dalton, Ga., mill will close.",
               [("Georgia", _country("GE")), ("Dalton", _as(DALTON_GE))], gaz=GAZ_GE)
    assert got[1].entity_id == "g:8"


def test_a_state_abbreviation_ending_a_sentence():
    assert us_state_after(", Mich.\n    The Lewiston bank has assets") == {"MI"}
    assert us_state_after(", Mr. Nkrumah was received") is None
    assert us_state_after(", New York, said") == {"NY"}


def test_a_bare_american_namesake_in_a_story_of_other_countries_is_the_famous_town():
    text = "Japan and the United States will settle the dispute before next week's summit in Lagoona."
    got = _ask(text, [("Japan", _country("JP")), ("United States", _country("US")), ("Lagoona", _as(NEW_LAGOONA))])
    assert got[2].entity_id == "g:1" and got[2].country_code == "IT"
    got = _ask("Japanese officials will press the United States at the Lagoona summit.",
               [("Japanese", _norp("JP")), ("United States", _country("US")), ("Lagoona", _as(NEW_LAGOONA))])
    assert got[2].entity_id == "g:1"
    # placed by its state elsewhere in the story, the American town stays American
    text = "Japan will buy the Lagoona, Calif., plant, and the United States approved; Lagoona has 40,000 people."
    got = _ask(text, [("Japan", _country("JP")), ("Lagoona", _as(NEW_LAGOONA)), ("United States", _country("US")),
                      ("Lagoona", _as(NEW_LAGOONA))])
    assert got[1].entity_id == "g:2" and got[3].entity_id == "g:2"


def test_town_and_country_at_the_end_of_a_sentence():
    for text in ("Divers found gold off Colma, Colombia.\n    The company said the wrecks were Spanish.",
                 "Divers found gold off Colma, Colombia. The company said the wrecks were Spanish."):
        got = _ask(text, [("Colma", _as(COLMA_US)), ("Colombia", _country("CO"))])
        assert got[0].entity_id is None and got[0].country_code == "CO", text
    # an abbreviation that opens the next words is no country ending the phrase
    got = _ask("Buyers in Colma, U.S. Officials said, paid more.", [("Colma", _as(COLMA_US))])
    assert got[0].entity_id == "g:6"


def test_town_and_province_is_that_countrys_town():
    # Vellmark: a province of Colombia, held as a place of no population
    province = Entity("r:1", "Vellmark", "CITY", "CO")
    gaz = Gazetteer([COLMA_US, COLMA_ES, province] + COUNTRIES)
    got = _ask("Miners struck at Colma, Vellmark, on Monday.", [("Colma", _as(COLMA_US)), ("Vellmark", _as(province))],
               gaz=gaz)
    assert got[0].entity_id is None and got[0].country_code == "CO"


def test_a_capital_in_a_list_with_a_states_name_keeps_its_link_and_so_do_its_other_mentions():
    text = "Kremna said the envoys of Kremna, Washington and Tokyo would meet. Kremna hopes for a deal."
    got = _ask(text, [("Kremna", _as(KREMNA)), ("Kremna", _as(KREMNA)), ("Kremna", _as(KREMNA))])
    assert [g.entity_id for g in got] == ["g:5", "g:5", "g:5"]
