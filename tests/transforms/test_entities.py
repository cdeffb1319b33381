"""Feed-wide identities with Beam: unknown names clustered by blocking key, and the entities table."""
import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from transforms.records import Mention
from transforms.entities import ClusterUnknownEntities, EntityTable


def mention(article, text, entity_id=None, canonical=None, etype="PERSON", country=None):
    return Mention(article, 0, len(text), text, "PERSON", etype, entity_id, canonical or text, country,
                   None, None, 1.0 if entity_id else 0.0, "exact" if entity_id else "nil")


FEED = [
    (mention("a1", "Zuheir Jabbour"), "2012-05-29"),
    (mention("a1", "Jabbour", canonical="Zuheir Jabbour"), "2012-05-29"),
    (mention("a2", "Zuhair Jabbour"), "2012-06-01"),
    (mention("a3", "Zoheir Jabbour"), "2012-06-03"),
    (mention("a3", "Moscow", "Q649", "Moscow", "CITY", "RU"), "2012-06-03"),
    (mention("a3", "Western", etype="NORP"), "2012-06-03"),
]


def test_unknown_spellings_across_articles_share_one_cluster_and_known_ones_are_untouched():
    with TestPipeline(runner="FnApiRunner") as p:
        out = p | beam.Create(FEED) | ClusterUnknownEntities()
        ids = out | beam.MapTuple(lambda m, _: (m.text, m.entity_id, m.method))

        def check(rows):
            by_text = {t: (i, meth) for t, i, meth in rows}
            jabbour = {by_text[t][0] for t in ("Zuheir Jabbour", "Jabbour", "Zuhair Jabbour", "Zoheir Jabbour")}
            assert len(jabbour) == 1 and next(iter(jabbour)).startswith("nn:")
            assert by_text["Zoheir Jabbour"][1] == "cluster"
            assert by_text["Moscow"] == ("Q649", "exact")
            assert by_text["Western"] == (None, "nil")   # a group, not an entity
        assert_that(ids, check)


def test_entities_table_counts_mentions_articles_and_dates():
    with TestPipeline(runner="FnApiRunner") as p:
        rows = p | beam.Create(FEED) | ClusterUnknownEntities() | EntityTable()
        assert_that(rows | beam.Map(lambda r: (r["canonical_name"], r["in_gazetteer"], r["mentions"], r["articles"],
                                               str(r["first_seen"]), str(r["last_seen"]), len(r["surface_forms"]))),
                    equal_to([("Zuheir Jabbour", False, 4, 3, "2012-05-29", "2012-06-03", 4),
                              ("Moscow", True, 1, 1, "2012-06-03", "2012-06-03", 1)]))


def test_a_name_inside_a_mention_of_the_same_entity_is_one_mention():
    from transforms.tables import marked_repeats
    full = Mention("a4", 10, 23, "Sergey Lavrov", "PERSON", "PERSON", "Q1", "Sergey Lavrov", "RU")
    titled = Mention("a4", 40, 49, "Mr Lavrov", "PERSON", "PERSON", "Q1", "Sergey Lavrov", "RU")
    inside = [full._replace(start_char=17, text="Lavrov", nested=True),
              titled._replace(start_char=43, text="Lavrov", nested=True)]
    place = Mention("a4", 60, 82, "the Bank of Qandaria", "ORG", "ORG", "Q2", "Bank of Qandaria", "XQ")
    country = place._replace(start_char=72, text="Qandaria", entity_type="COUNTRY", entity_id="Q3",
                            canonical_name="Qandaria", nested=True)
    marked = marked_repeats([full, titled, *inside, place, country])
    assert [m.repeats_outer for m in marked] == [False, False, True, True, False, False]
    with TestPipeline(runner="FnApiRunner") as p:
        rows = p | beam.Create([(m, "2022-04-05") for m in marked]) | ClusterUnknownEntities() | EntityTable()
        assert_that(rows | beam.Map(lambda r: (r["canonical_name"], r["mentions"], len(r["surface_forms"]))),
                    equal_to([("Sergey Lavrov", 2, 3), ("Bank of Qandaria", 1, 1), ("Qandaria", 1, 1)]))
