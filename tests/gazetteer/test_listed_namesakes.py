"""A town listed with a town of another country, in a story that names nothing else of its own country, is the
namesake that town's region holds ("suburban Tampa and St. Petersburg" is no Russian city), and the build keeps
the towns a far larger namesake abroad took the name from (transforms/listed_namesakes.py,
gazetteer/region_namesakes.py). Sentences written for these tests, with the real model and gazetteer, and made-up
towns for the build's selection."""
from gazetteer.model import Entity
from gazetteer.region_namesakes import left_out, towns_in_regions
from gazetteer.sources_geonames import add_geonames_cities


def town(gid, name, cc, region, population):
    return Entity(entity_id=f"geonames:{gid}", canonical_name=name, entity_type="CITY", country_code=cc,
                  population=population, region=region, sources=["geonames"])


def links(ms, text):
    return {(m.entity_id, m.country_code) for m in ms if m.text == text}


def test_the_build_keeps_a_town_whose_name_a_far_larger_namesake_abroad_took():
    def rows():
        return [town(201, "Novograd", "RU", "66", 3_000_000), town(202, "Novograd", "US", "FL", 200_000),
                town(203, "Elmstead", "GB", "ENG", 90_000), town(204, "Elmstead", "US", "OH", 60_000)]
    built = add_geonames_cities([], {}, rows())
    assert {c.entity_id for c in built} == {"geonames:201", "geonames:203", "geonames:204"}
    assert [c.entity_id for c in left_out(built, rows())] == ["geonames:202"]


def test_a_town_listed_with_a_florida_town_is_the_florida_namesake(resolve):
    (florida,) = towns_in_regions("St. Petersburg", "US", {"FL"})
    ms = resolve("TAMPA, Fla. - Storms cut power to 40,000 homes in suburban Tampa and St. Petersburg overnight, "
                 "the utility said. St. Petersburg schools stayed shut on Tuesday.", "2004-09-07")
    assert links(ms, "St. Petersburg") == {(florida.entity_id, "US")}


def test_the_story_naming_the_famous_towns_country_keeps_it(resolve):
    ms = resolve("Russian officials said the cargo ship sailed from Tampa and St. Petersburg was its next port "
                 "of call.", "2004-09-07")
    assert {c for _, c in links(ms, "St. Petersburg")} == {"RU"}
    ms = resolve("A new airline will fly between Tampa and St. Petersburg, Russia, from May.", "2004-09-07")
    assert {c for _, c in links(ms, "St. Petersburg")} == {"RU"}


def test_a_town_with_no_namesake_in_the_listed_towns_region_keeps_its_link(resolve):
    ms = resolve("The plane maker has plants in Seattle and Belfast and will hire 300 workers.", "2004-09-07")
    assert {c for _, c in links(ms, "Belfast")} == {"GB"}
