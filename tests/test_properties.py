"""Property-based tests: arbitrary bytes, JSON and text never crash the reader or the extractors.

No test here times anything (hypothesis's per-example deadline is off); a reader or extractor
that hung on some input would hang this test, which is what it guards against.
"""
import bz2
import gzip
import json
import string

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.records import Article, DeadLetter, Mention, Sentence
from transforms.dedupe import pick
from transforms.expulsions import extract_events
from transforms.formats import Limits, read_file
from transforms.html_text import clean_markup
from transforms.read import parse_record

SETTINGS = settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow,
                                                                             HealthCheck.function_scoped_fixture])


def check_outcome(result, line=1):
    """What a user can rely on for any record: an Article whose text is clean, or a dead letter."""
    assert isinstance(result, (Article, DeadLetter))
    if isinstance(result, DeadLetter):
        assert result.stage in ("decode", "parse", "validate", "read") and result.error
        result.record.encode("utf-8")          # always writable to Parquet
        assert "\n" not in result.error
        return
    assert result.text == result.text.strip() and result.text
    for value in (result.article_id, result.text, result.title, result.url, result.source):
        if value is not None:
            value.encode("utf-8")              # no unpaired surrogates survive
            assert not any(ord(c) < 32 and c not in "\t\n" for c in value)
    assert result.published_date is None or len(result.published_date) == 10


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20)
field_values = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text() \
    | st.lists(st.integers(), max_size=2) | st.sampled_from(["2022-04-07", "Thu, 07 Apr 2022 10:00:00 GMT",
                                                               "0001-01-01T00:00:00+14:00", "<p>x</p>", "&amp;"])
records = st.fixed_dictionaries({}, optional={f: field_values for f in
                                              ("id", "text", "title", "published_at", "url", "source")})


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_as_a_json_line(raw):
    check_outcome(parse_record(raw, "f.jsonl", 1))


@SETTINGS
@given(json_values)
def test_arbitrary_json_values(value):
    check_outcome(parse_record(json.dumps(value), "f.jsonl", 1))


@SETTINGS
@given(records, st.integers(min_value=1, max_value=50))
def test_arbitrary_records_with_newsnorm_fields(record, max_chars):
    result = parse_record(json.dumps(record), "f.jsonl", 1, max_chars=max_chars)
    check_outcome(result)
    if isinstance(record.get("text"), str) and isinstance(result, Article):
        assert len(record["text"]) <= max_chars


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["a.jsonl", "a.jsonl.gz", "a.jsonl.bz2", "a.csv", "a.parquet",
                                                  "a.rss", "a.csv.gz"]),
       st.booleans())
def test_arbitrary_bytes_as_a_file_of_any_format(tmp_path_factory, data, name, compress):
    path = tmp_path_factory.mktemp("f") / name
    if compress and name.endswith(".gz"):
        data = gzip.compress(data)[: max(1, len(data) // 2)]
    elif compress and name.endswith(".bz2"):
        data = bz2.compress(data)
    path.write_bytes(data)
    numbers = []
    for p, n, raw in read_file(str(path), limits=Limits(max_chars=100)):
        assert p == str(path) and n >= 1
        numbers.append(n)
        result = parse_record(raw, p, n, max_chars=100)
        check_outcome(result)
        if isinstance(raw, dict):
            pa.array([raw])                    # what readers emit crosses Beam's coders and Parquet
    assert numbers == sorted(numbers)


@SETTINGS
@given(st.text(max_size=3000))
def test_markup_cleaning_never_fails(text):
    cleaned, changed = clean_markup(text)
    assert changed or cleaned == text


# Text made of the words the extractor looks for, so that it takes its slow paths.
WORDS = ["Poland", "Russia", "expelled", "expel", "diplomats", "45", "forty-five", "more", "than", "and", ",",
         ".", "the", "ambassador", "persona", "non", "grata", "ordered", "to", "leave", "\n", "\n\n", ":", "if",
         "not", "Russian", "Polish", "its", "2018", "declared", "staff", "embassy", "of", "\u201c", ";"]
expulsion_text = st.lists(st.sampled_from(WORDS), max_size=400).map(" ".join)
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000) | expulsion_text \
    | st.text(alphabet=string.printable, max_size=2000)


@st.composite
def text_with_mentions(draw):
    text = draw(any_text)
    mentions = []
    for _ in range(draw(st.integers(0, 12))):
        if not text:
            break
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a + 1, min(len(text), a + 30)))
        country = draw(st.sampled_from(["PL", "RU", "US", None]))
        mentions.append(Mention(article_id="a", start_char=a, end_char=b, text=text[a:b],
                                label=draw(st.sampled_from(["GPE", "NORP", "PERSON", "ORG"])),
                                entity_type=draw(st.sampled_from(["COUNTRY", "NORP", "PERSON", "ORG", "OTHER"])),
                                entity_id=country and f"Q{country}", canonical_name=country, country_code=country,
                                acts_for=country, sentence_index=0, score=1.0, method="exact" if country else "nil"))
    mentions.sort(key=lambda m: (m.start_char, -m.end_char))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=6))) | {0, len(text)})
    sentences = [Sentence(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
    return text, sentences, mentions


@SETTINGS
@given(any_text, st.sampled_from([None, "2022-04-07", "1999-12-31"]))
def test_extractor_on_arbitrary_text_without_mentions(text, date):
    for e in extract_events("a", text, date, [], []):
        assert 0 <= e.start_char <= e.end_char <= len(text)


@SETTINGS
@given(text_with_mentions())
def test_extractor_on_arbitrary_text_with_random_mentions(case):
    text, sentences, mentions = case
    for e in extract_events("a", text, "2022-04-07", sentences, mentions):
        assert 0 <= e.start_char <= e.end_char <= len(text)
        assert e.count is None or e.count >= 0


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["a.jsonl", "b.jsonl"]), st.integers(1, 5), st.text(max_size=3)),
                min_size=1, max_size=6), st.randoms())
def test_the_kept_duplicate_does_not_depend_on_arrival_order(copies, rnd):
    arts = [Article(article_id="x", text=t, source_file=f, line=n) for f, n, t in copies]
    shuffled = arts[:]
    rnd.shuffle(shuffled)
    assert pick(arts, "id")[0] == pick(shuffled, "id")[0]
