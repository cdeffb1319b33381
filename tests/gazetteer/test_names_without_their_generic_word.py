"""A place name without the generic word that ends a town's name is not that town: "Long Island" is the island,
not Long Island City in Queens; "Jefferson" not Jefferson City; while the towns' full names keep their links
(texts written for these tests)."""
from gazetteer.model import Entity
from gazetteer.sources_geonames import add_geonames_cities


def _links(ms, text):
    return [m.entity_id for m in ms if m.text == text]


def _city(resolve, name):
    (city,) = [e for e in resolve.resolver.gaz.lookup_exact(name, types=("CITY",)) if e.country_code == "US"]
    return city.entity_id


def test_the_island_is_not_the_neighbourhood_named_after_it(resolve):
    ms = resolve("Heavy snow closed schools across Long Island on Tuesday, and ferries to Connecticut were "
                 "cancelled, officials said.", "2021-02-02")
    queens = _city(resolve, "Long Island City")
    assert _links(ms, "Long Island") and queens not in _links(ms, "Long Island")


def test_a_name_cut_short_finds_no_town_while_the_full_names_keep_theirs(resolve):
    ms = resolve("The governor flew from Jefferson City to Rapid City on Monday and then to Long Island City.",
                 "2019-06-11")
    for name in ("Jefferson City", "Rapid City", "Long Island City"):
        assert _city(resolve, name) in _links(ms, name)
    assert not resolve.resolver.gaz.lookup_exact("Rapid", types=("CITY",))


def test_a_geonames_city_keeps_no_alternate_name_that_drops_its_generic_word():
    cities = [Entity(entity_id="geonames:1", canonical_name="Freedon Falls", entity_type="CITY", country_code="US",
                     aliases=["Freedon", "Fridon Fols"], population=30000, sources=["geonames"]),
              Entity(entity_id="geonames:2", canonical_name="Marlowtown", entity_type="CITY", country_code="US",
                     aliases=["Marlow", "Marlow Town"], population=20000, sources=["geonames"]),
              Entity(entity_id="geonames:3", canonical_name="Oskar-shi", entity_type="CITY", country_code="JP",
                     aliases=["Oskar"], population=20000, sources=["geonames"])]
    out = {e.entity_id: e for e in add_geonames_cities([], {}, cities=cities, english={})}
    assert out["geonames:1"].aliases == ["Fridon Fols"]
    assert out["geonames:2"].aliases == ["Marlow Town"]
    assert out["geonames:3"].aliases == ["Oskar"]      # another language's suffix: the town's own short name


def test_an_older_source_that_names_the_town_so_keeps_its_twin():
    older = [Entity(entity_id="phoenix:x", canonical_name="Freedon", entity_type="CITY", country_code="FR",
                    sources=["phoenix"])]
    cities = [Entity(entity_id="geonames:1", canonical_name="Freedon City", entity_type="CITY", country_code="FR",
                     aliases=["Freedon"], population=300000, sources=["geonames"])]
    out = add_geonames_cities(older, {}, cities=cities, english={})
    assert [e.entity_id for e in out] == ["phoenix:x"] and out[0].population == 300000
