"""Which copy of a duplicate is kept does not depend on the order records arrive in."""
import itertools

from transforms.records import Article
from transforms.dedupe import DedupeArticles, Verdict, claim, pick, resolve


def art(file, line, id_="x", text="t"):
    return Article(article_id=id_, text=text, source_file=file, line=line)


def test_first_in_file_and_line_order_is_kept_whatever_the_arrival_order():
    copies = [art("b.jsonl", 1), art("a.jsonl", 9), art("a.jsonl", 10, text="other")]
    for perm in itertools.permutations(copies):
        kept, dead = pick(perm, "id")
        assert (kept.source_file, kept.line) == ("a.jsonl", 9)
        assert sorted((d.source, d.line) for d in dead) == [("a.jsonl", 10), ("b.jsonl", 1)]
        assert all(d.stage == "duplicate" and "kept a.jsonl:9" in d.error for d in dead)


def test_a_duplicate_never_points_at_a_record_that_was_itself_dropped():
    # lines {a, T}, {b, T}, {b, U}: line 2 repeats line 1's text; line 3's id b belongs to no kept record
    lines = [art("f", 1, "a", "T"), art("f", 2, "b", "T"), art("f", 3, "b", "U")]
    for perm in itertools.permutations(lines):
        verdicts = resolve(claim(a) for a in perm)
        assert {k[1]: v for k, v in verdicts.items()} == {2: Verdict("text", "a", "f:1")}


def test_the_pipeline_keeps_what_resolve_keeps(tmp_path):
    import apache_beam as beam
    from apache_beam.testing.test_pipeline import TestPipeline
    from apache_beam.testing.util import assert_that, equal_to
    lines = [art("f", 1, "a", "T"), art("f", 2, "b", "T"), art("f", 3, "b", "U"), art("f", 4, "c", "V"),
             art("g", 1, "c", "W")]
    with TestPipeline(runner="FnApiRunner") as p:
        out = p | beam.Create(lines) | DedupeArticles()
        assert_that(out[DedupeArticles.KEPT] | "Kept" >> beam.Map(lambda a: (a.article_id, a.text)),
                    equal_to([("a", "T"), ("b", "U"), ("c", "V")]), "kept")
        assert_that(out[DedupeArticles.DUPLICATES] | "Dup" >> beam.Map(lambda d: (d.source, d.line, d.error)),
                    equal_to([("f", 2, "duplicate text of 'a': kept f:1"),
                              ("g", 1, "duplicate id 'c': kept f:4")]), "dups")
