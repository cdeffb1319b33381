"""Two GeoNames towns of one name in two regions of one country are two places: the build keeps the
largest one's own id, region, population and names, and never folds the other into it (made-up towns)."""
from gazetteer.model import Entity
from gazetteer.sources_common import read_csv
from gazetteer.sources_geonames import add_geonames_cities
from gazetteer.store import load_gazetteer


def town(gid, name, cc, region, population, *aliases, sources=("geonames",), eid=None):
    return Entity(entity_id=eid or f"geonames:{gid}", canonical_name=name, entity_type="CITY", country_code=cc,
                  aliases=list(aliases), population=population, region=region, sources=list(sources))


def test_the_largest_namesake_keeps_the_name_with_its_own_region_population_and_names():
    # the source file lists the smaller town first (Long Beach, Mississippi before Long Beach, California)
    cities = [town(101, "Maplebrook", "US", "FL", 60_000, "Maplebruk"),
              town(102, "Maplebrook", "US", "CA", 90_000, "Maple Town", "Maplebrooke")]
    out = add_geonames_cities([], {}, cities)
    (kept,) = [e for e in out if e.canonical_name == "Maplebrook"]
    assert (kept.entity_id, kept.region, kept.population) == ("geonames:102", "CA", 90_000)
    assert "Maplebruk" not in kept.aliases and "Maple Town" in kept.aliases


def test_a_smaller_namesake_in_another_region_never_changes_the_towns_region():
    cities = [town(201, "Oakhollow", "DE", "02", 40_000), town(202, "Oakhollow", "DE", "09", 20_000)]
    (kept,) = [e for e in add_geonames_cities([], {}, cities) if e.canonical_name == "Oakhollow"]
    assert (kept.entity_id, kept.region, kept.population) == ("geonames:201", "02", 40_000)


def test_a_city_of_the_older_sources_still_takes_its_geonames_twins_region_and_population():
    older = town(0, "Riverholm", "US", None, None, eid="curated:riverholm", sources=("curated",))
    out = add_geonames_cities([older], {}, [town(301, "Riverholm", "US", "OH", 120_000)])
    assert [e.entity_id for e in out if e.canonical_name == "Riverholm"] == ["curated:riverholm"]
    assert (older.region, older.population) == ("OH", 120_000)


def test_every_geonames_city_of_the_artifact_keeps_its_own_rows_region_and_population():
    rows = {f"geonames:{r['geonameid']}": r for r in read_csv("geonames_cities.csv")}
    wrong = [e.entity_id for e in load_gazetteer().entities if e.entity_id in rows
             and ((e.region or None, e.population)
                  != (rows[e.entity_id].get("region") or None, int(rows[e.entity_id]["population"])))]
    assert wrong == []
