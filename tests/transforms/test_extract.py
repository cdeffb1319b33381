"""The extract step: events for every article; an article the extractor fails on is dead-lettered and kept."""
import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from tests.expulsions_helpers import mentions_for, sentences_for
from transforms.extract import ExtractEvents
from transforms.records import AnalysedArticle, Article

TEXT = "Poland expelled 45 Russian diplomats on Tuesday."


def analysed(article_id: str, line: int, broken: bool = False) -> AnalysedArticle:
    article = Article(article_id, TEXT, published_date="2022-03-23", source="wire", source_file="feed.jsonl",
                      line=line)
    mentions = (None,) if broken else tuple(mentions_for(TEXT, article_id))   # broken: a mention it cannot read
    return AnalysedArticle(article, tuple(sentences_for(TEXT)), mentions)


def test_an_article_the_extractor_fails_on_is_dead_lettered_and_still_written():
    with TestPipeline(runner="FnApiRunner") as p:
        out = (p | beam.Create([analysed("good", 1), analysed("broken", 2, broken=True)])
               | ExtractEvents())
        assert_that(out.analysed | "Events" >> beam.Map(
                        lambda a: (a.article.article_id, [(e.expelling_country, e.expelled_country, e.count, e.source)
                                                          for e in a.events])),
                    equal_to([("good", [("PL", "RU", 45, "wire")]), ("broken", [])]), label="EveryArticleKept")
        assert_that(out.dead_letter | "Dead" >> beam.Map(lambda d: (d.source, d.line, d.stage, d.error.split(":")[0])),
                    equal_to([("feed.jsonl", 2, "extract", "AttributeError")]), label="OneDeadLetter")
