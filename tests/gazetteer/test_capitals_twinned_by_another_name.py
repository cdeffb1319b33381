"""A GeoNames city that one of its names or English names makes the country's capital is the capital: the
capital takes its population and region, and a city that only PETRARCH lists under the GeoNames main name is
folded into it, no city of its own (gazetteer/sources_geonames.py _twin; made-up places)."""
from gazetteer.model import Entity
from gazetteer.sources_geonames import add_geonames_cities


def city(eid, name, cc, population=None, region=None, *aliases, sources=("geonames",)):
    return Entity(entity_id=eid, canonical_name=name, entity_type="CITY", country_code=cc, aliases=list(aliases),
                  population=population, region=region, sources=list(sources))


def test_a_capital_found_by_an_alternate_name_is_the_twin_and_the_petrarch_spelling_folds_in():
    capital = city("capital:qa1", "Qar'an", "XQ", sources=("countries.csv",))
    petrarch = city("phoenix:qa2", "Qaran", "XQ", sources=("phoenix",))
    row = city("geonames:9001", "Qaran", "XQ", 900_000, "05", "Qar'an", "Karan")
    out = add_geonames_cities([capital, petrarch], {}, [row])
    kept = [e for e in out if "Qaran" in e.names() or "Qar'an" in e.names()]
    assert [e.entity_id for e in kept] == ["capital:qa1"], [e.entity_id for e in kept]
    assert (capital.population, capital.region) == (900_000, "05") and "Qaran" in capital.names()


def test_a_capital_found_by_an_english_name_is_the_twin():
    capital = city("capital:mb1", "Ulaanbrook", "XM", sources=("countries.csv",))
    petrarch = city("phoenix:mb2", "Ulan Brook", "XM", sources=("phoenix",))
    row = city("geonames:9002", "Ulan Brook", "XM", 800_000, "20", "Oulan-Brook")
    out = add_geonames_cities([capital, petrarch], {}, [row], english={"geonames:9002": ["Ulaanbrook", "Ulan Brook"]})
    kept = [e for e in out if {"Ulaanbrook", "Ulan Brook"} & set(e.names())]
    assert [e.entity_id for e in kept] == ["capital:mb1"], [e.entity_id for e in kept]
    assert capital.population == 800_000 and "Ulan Brook" in capital.names()


def test_with_no_capital_the_city_of_its_main_name_is_still_the_twin():
    petrarch = city("phoenix:lb1", "Lowbridge", "XL", sources=("phoenix",))
    other = city("curated:lb2", "Lowbridge Port", "XL", sources=("curated",))
    row = city("geonames:9003", "Lowbridge", "XL", 300_000, "01", "Lowbridge Port")
    out = add_geonames_cities([petrarch, other], {}, [row])
    assert petrarch.population == 300_000 and other.population is None
    assert {e.entity_id for e in out} == {"phoenix:lb1", "curated:lb2"}
