"""The resolve step: the gazetteer's answers become Mentions; an article it fails on is dead-lettered."""
import gzip
import json

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that, equal_to

from gazetteer.model import Entity
from gazetteer.resolver import ArticleResolver
from gazetteer.resolution import Resolution
from pipeline.loaders import GazetteerLoader
from transforms.records import Article, RawMention, Recognised, Sentence
from transforms.resolve import MemoGazetteer, ResolveEntities, memo_resolver, name_query, resolve_mentions, to_mention


def raw(text: str, start: int, label: str, origin: str = "gazetteer", sentence: int = 0, speaker=False) -> RawMention:
    return RawMention(start, start + len(text), text, label, sentence, origin, "", speaker)


def test_a_resolution_becomes_a_mention_where_the_recogniser_found_the_name():
    m = raw("Trump", 4, "PERSON", origin="nested", sentence=2)
    r = Resolution("PERSON", "Q22686", "Donald Trump", "US", "US", "head_of_state", 0.85, "context",
                   "2017-01-20", "2021-01-20")
    mention = to_mention("a1", m, r)
    assert (mention.article_id, mention.start_char, mention.end_char, mention.text, mention.label) == \
        ("a1", 4, 9, "Trump", "PERSON")
    assert (mention.entity_id, mention.canonical_name, mention.acts_for, mention.role, mention.method) == \
        ("Q22686", "Donald Trump", "US", "head_of_state", "context")
    assert mention.sentence_index == 2 and mention.nested and mention.role_start == "2017-01-20"
    assert name_query(m).text == "Trump" and name_query(m).label == "PERSON"


class _Answers:
    """A resolver that answers from a list: None for a name it does not report."""

    def __init__(self, answers):
        self.answers = answers

    def resolve(self, published_date, queries):
        assert len(queries) == len(self.answers)
        return self.answers


def test_names_the_resolver_does_not_report_are_left_out():
    found = Resolution("COUNTRY", "Q36", "Poland", "PL", "PL", score=1.0, method="exact")
    mentions = resolve_mentions(_Answers([found, None]), "a1", "2022-03-23",
                                [raw("Poland", 0, "GPE"), raw("Tras", 20, "SPEAKER", origin="speaker", speaker=True)])
    assert [(m.text, m.entity_id) for m in mentions] == [("Poland", "Q36")]


def tiny_gazetteer(path) -> str:
    entities = [Entity("Q145", "United Kingdom", "COUNTRY", "GB", aliases=["Britain"], demonyms=["British"])]
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for entity in entities:
            out.write(json.dumps(entity.to_json()) + "\n")
    return str(path)


def recognised(article_id: str, line: int, mentions) -> Recognised:
    text = "Britain expelled them."
    return Recognised(Article(article_id, text, published_date="2018-03-14", source_file="feed.jsonl", line=line),
                      (Sentence(0, len(text)),), tuple(mentions))


def test_an_article_the_resolver_fails_on_is_dead_lettered_and_the_others_resolved(tmp_path):
    good = recognised("good", 1, [raw("Britain", 0, "GAZ:COUNTRY")])
    broken = recognised("broken", 2, [raw("Britain", 0, None)])   # a label the resolver cannot read
    with TestPipeline(runner="FnApiRunner") as p:
        out = (p | beam.Create([good, broken])
               | ResolveEntities(GazetteerLoader(tiny_gazetteer(tmp_path / "g.jsonl.gz"))))
        assert_that(out.analysed | "Mentions" >> beam.Map(
                        lambda a: (a.article.article_id, [(m.text, m.entity_id, m.country_code) for m in a.mentions])),
                    equal_to([("good", [("Britain", "Q145", "GB")])]), label="Resolved")
        assert_that(out.dead_letter | "Dead" >> beam.Map(lambda d: (d.source, d.line, d.stage, d.record)),
                    equal_to([("feed.jsonl", 2, "resolve", "Britain expelled them.")]), label="OneDeadLetter")


# -- the worker's lookup memo: the gazetteer's answers, each name searched once, bounded --

class CountingGazetteer:
    """Stands in for the gazetteer: counts the searches it is asked to do."""

    def __init__(self):
        self.searches = []

    def candidates(self, name, types=None, limit=10):
        self.searches.append((name, types, limit))
        return [(name.lower(), 0.9, "fuzzy")]

    def country(self, code):
        return f"country {code}"


def test_a_repeated_lookup_is_answered_from_the_memo():
    gaz = CountingGazetteer()
    memo = MemoGazetteer(gaz)
    first = memo.candidates("Bank of Japan", types=("ORG",), limit=8)
    assert memo.candidates("BANK OF JAPAN", types=["ORG"], limit=8) == first   # the same normalised name
    assert len(gaz.searches) == 1
    memo.candidates("Bank of Japan", types=("ORG", "PERSON"), limit=8)         # other types: another search
    memo.candidates("Bank of Japan", types=("ORG",), limit=5)                  # another limit: another search
    assert len(gaz.searches) == 3
    assert memo.country("JP") == "country JP"                                   # the rest is the gazetteer's


def test_the_memo_is_bounded_and_drops_the_least_recently_used():
    gaz = CountingGazetteer()
    memo = MemoGazetteer(gaz, size=2)
    memo.candidates("alpha one")
    memo.candidates("bravo two")
    memo.candidates("alpha one")          # now the most recent
    memo.candidates("charlie three")      # drops "bravo two"
    assert len(memo._memo) == 2
    memo.candidates("alpha one")
    memo.candidates("bravo two")
    assert [s[0] for s in gaz.searches] == ["alpha one", "bravo two", "charlie three", "bravo two"]


@pytest.fixture(scope="module")
def loaded():
    from pipeline.loaders import RecogniserLoader
    loader = GazetteerLoader()
    return RecogniserLoader(None, loader, 8)(), loader()


def test_memo_resolver_resolves_as_the_plain_resolver(loaded):
    recogniser, gaz = loaded
    texts = ["Prime Minister Teresa Mey met Vladimir Puttin in Moscow; Mey said the Bank of Jappan would wait.",
             "Vladimir Puttin told the Russian Foreign Ministry that Sergei Lavrof and Mey had spoken.",
             "The Fedral Reserve and the Bank of Jappan kept rates; Puttin and Lavrof were not consulted."]
    plain, memo = ArticleResolver(gaz), memo_resolver(gaz)
    for i, text in enumerate(texts):
        (rec,) = recogniser.recognise([Article(f"t{i}", text, published_date="2018-03-14")])
        assert (resolve_mentions(memo, f"t{i}", "2018-03-14", rec.mentions)
                == resolve_mentions(plain, f"t{i}", "2018-03-14", rec.mentions))
    assert memo.gaz.hits > 0


def test_names_in_the_dateline_are_marked_for_the_resolver():
    dateline, later = raw("OSLO", 0, "GPE"), raw("Oslo", 40, "GPE")
    assert name_query(dateline, dateline_end=12).dateline and not name_query(later, dateline_end=12).dateline
    assert not name_query(dateline).dateline   # a text without a dateline


def test_a_bare_foreign_ministry_is_the_dateline_states(loaded):
    from transforms.resolve import resolve_article
    recogniser, gaz = loaded
    resolver = ArticleResolver(gaz)
    texts = {"t1": "HELSINKI, May 4 (Reuters) - The Foreign Ministry said on Friday it had summoned the "
                   "Belarusian charge d'affaires over the detention of two aid workers.",
             "t2": "The Foreign Ministry in Helsinki said on Friday it had summoned the Belarusian charge "
                   "d'affaires over the detention of two aid workers near Minsk.",
             "t3": "WASHINGTON - The Foreign Ministry said on Friday it had summoned the Belarusian charge "
                   "d'affaires, and the State Department said the United States would consult its allies."}
    found = {}
    for rec in recogniser.recognise([Article(k, t, published_date="2018-05-04") for k, t in texts.items()]):
        analysed = resolve_article(resolver, rec)
        found[rec.article.article_id] = [m for m in analysed.mentions if m.text == "Foreign Ministry"]
    assert [m.country_code for m in found["t1"]] == ["FI"]
    assert [m.country_code for m in found["t2"]] == ["FI"]
    assert [m.entity_id for m in found["t3"]] == [None]   # the State Department is no "Foreign Ministry"
