"""A bare city name shared by towns of several countries is the famous one, 'Town, State' the
American one (made-up towns and stories, asked of the post-resolution step)."""
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
COUNTRIES = [Entity("c:us", "United States", "COUNTRY", "US"), Entity("c:it", "Italy", "COUNTRY", "IT"),
             Entity("c:jp", "Japan", "COUNTRY", "JP"), Entity("c:es", "Spain", "COUNTRY", "ES"),
             Entity("c:co", "Colombia", "COUNTRY", "CO"), Entity("c:fr", "France", "COUNTRY", "FR")]
GAZ = Gazetteer([OLD_LAGOONA, NEW_LAGOONA, PORTVALE_ES, PORTVALE_CO, KREMNA] + COUNTRIES)


def _as(e: Entity) -> Resolution:
    return Resolution("CITY", e.entity_id, e.canonical_name, e.country_code, e.acts_for, method="context", score=0.9)


def _country(code: str) -> Resolution:
    e = next(c for c in COUNTRIES if c.country_code == code)
    return Resolution("COUNTRY", e.entity_id, e.canonical_name, code, code, method="exact", score=1.0)


def _ask(text: str, found: dict, date="1987-06-08"):
    """`found`: mention text -> what the resolver answered; mentions in text order."""
    queries, answers = [], []
    for name, answer in found:
        start = text.index(name, queries[-1].end_char if queries else 0)
        queries.append(NameQuery(name, "GPE", start, start + len(name)))
        answers.append(answer)
    return famous_namesakes(GAZ, queries, answers, date, text)


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
