"""Which copy of a duplicate is kept does not depend on the order records arrive in."""
import itertools

from transforms.records import Article
from transforms.dedupe import pick


def art(file, line, id_="x", text="t"):
    return Article(article_id=id_, text=text, source_file=file, line=line)


def test_first_in_file_and_line_order_is_kept_whatever_the_arrival_order():
    copies = [art("b.jsonl", 1), art("a.jsonl", 9), art("a.jsonl", 10, text="other")]
    for perm in itertools.permutations(copies):
        kept, dead = pick(perm, "id")
        assert (kept.source_file, kept.line) == ("a.jsonl", 9)
        assert sorted((d.source, d.line) for d in dead) == [("a.jsonl", 10), ("b.jsonl", 1)]
        assert all(d.stage == "duplicate" and "kept a.jsonl:9" in d.error for d in dead)
