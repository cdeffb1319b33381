"""A town written with its state ("Norwood, Ohio", "Bloomington, Ill.") is the namesake in that state, though
a larger namesake of the same country holds the name in the gazetteer; the name alone, or with the larger
one's state, still goes to the larger one (sentences written for these tests; the real model and gazetteer,
and made-up towns for the build's selection)."""
from gazetteer.model import Entity
from gazetteer.region_namesakes import left_out, towns_in_regions
from gazetteer.sources_geonames import add_geonames_cities


def town(gid, name, cc, region, population, eid=None, sources=("geonames",)):
    return Entity(entity_id=eid or f"geonames:{gid}", canonical_name=name, entity_type="CITY", country_code=cc,
                  population=population, region=region, sources=list(sources))


def links(ms, text):
    return {m.entity_id for m in ms if m.text == text}


def test_the_build_holds_back_a_namesake_in_another_region_of_the_same_country():
    def rows():
        return [town(101, "Maplebrook", "US", "CA", 90_000), town(102, "Maplebrook", "US", "OH", 40_000),
                town(103, "Maplebrook", "US", "CA", 20_000),      # a second row of the same region: no namesake
                town(104, "Maplebrook", "CA", "08", 30_000),      # another country keeps its own town
                town(105, "Ashcombe", "US", "TX", 50_000)]
    built = add_geonames_cities([], {}, rows())
    assert [c.entity_id for c in left_out(built, rows())] == ["geonames:102"]


def test_an_older_sources_city_placed_by_its_largest_row_holds_a_namesake_back():
    def rows():
        return [town(301, "Riverholm", "US", "OR", 120_000), town(302, "Riverholm", "US", "ME", 60_000)]
    older = town(0, "Riverholm", "US", None, None, eid="curated:riverholm", sources=("curated",))
    built = add_geonames_cities([older], {}, rows())
    assert [c.entity_id for c in left_out(built, rows())] == ["geonames:302"]


def test_a_town_with_its_state_is_that_states_namesake(resolve):
    ms = resolve("NEW YORK, June 3 - The machine tool maker will close its plant in Norwood, Ohio, next year "
                 "and move 900 jobs to a new site, the company said.", "1987-06-04")
    (ohio,) = towns_in_regions("Norwood", "US", {"OH"})
    assert links(ms, "Norwood") == {ohio.entity_id}
    ms = resolve("CHICAGO, June 3 - A farm insurer based in Bloomington, Ill., said its premiums would rise "
                 "by a tenth this year.", "1987-06-04")
    (illinois,) = towns_in_regions("Bloomington", "US", {"IL"})
    assert links(ms, "Bloomington") == {illinois.entity_id}
    ms = resolve("NEW YORK, June 3 - The paper company said it would buy a pulp mill in Portland, Maine, "
                 "for 40 mln dlrs.", "1987-06-04")
    (maine,) = towns_in_regions("Portland", "US", {"ME"})
    assert links(ms, "Portland") == {maine.entity_id}


def test_the_name_alone_or_with_the_larger_ones_state_is_the_larger_town(resolve):
    held_back = {e.entity_id for name, code in [("Portland", "ME"), ("Columbus", "GA"), ("Columbus", "IN")]
                 for e in towns_in_regions(name, "US", {code})}
    for text in ("PORTLAND, Ore., June 3 - The timber company said it would cut 300 jobs at its mill in Portland.",
                 "NEW YORK, June 3 - The bank said it opened a branch in Columbus, Ohio, last month.",
                 "NEW YORK, June 3 - The retailer said sales at its Columbus and Dayton stores rose five pct."):
        ms = resolve(text, "1987-06-04")
        assert all(m.entity_id not in held_back for m in ms), text
        assert any(m.entity_id for m in ms if m.text.lower() in ("portland", "columbus")), text


def test_a_state_whose_town_no_source_holds_stays_unknown(resolve):
    ms = resolve("NEW YORK, June 3 - The bottler said it would build a plant in Norwood, Colo., next year.",
                 "1987-06-04")
    assert {m.entity_id for m in ms if m.text == "Norwood"} <= {None}
