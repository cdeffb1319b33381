"""The batch job's analysis step: a batch of articles recognised, resolved and read for events in one call
gives what the three steps give one article at a time, dead letters included; the parse is asked ahead."""
from gazetteer.resolution import Resolution
from tests.expulsions_helpers import mentions_for, sentences_for
from transforms.analyse import ANALYSED, DEAD_LETTER, PrefetchedParse, analyse_batch, recognise_batch
from transforms.expulsions.events import texts_to_parse
from transforms.expulsions.story import default_parse
from transforms.extract import events_for
from transforms.records import Article, RawMention, Recognised
from transforms.resolve import resolve_article

TEXTS = {
    "a1": "Poland expelled 45 Russian diplomats on Tuesday. The Kremlin said it would respond.",
    "a2": "Wheat prices rose in Chicago as rain fell on the plains.",
    "a3": "Britain ordered three Russian diplomats to leave. Russia expelled two British diplomats in kind.",
    "boom-resolve": "Poland expelled Boom, a Russian diplomat.",
    "boom-extract": "Canada expelled four Chinese diplomats after the Zap affair.",
    "boom-recognise": "Nothing here can be read.",
}


def article(article_id: str, line: int) -> Article:
    return Article(article_id, TEXTS[article_id], published_date="2022-03-23", source="wire",
                   source_file="feed.jsonl", line=line)


class Recogniser:
    """Names from the test table (tests/expulsions_helpers.py), and 'Boom'; fails on a 'boom-recognise' article."""

    def __init__(self):
        self.calls = []

    def recognise(self, articles):
        self.calls.append([a.article_id for a in articles])
        if any(a.article_id == "boom-recognise" for a in articles):
            raise ValueError("unreadable")
        out = []
        for a in articles:
            names = [(m.start_char, m.end_char, m.text, m.label) for m in mentions_for(a.text, a.article_id)]
            if "Boom" in a.text:
                start = a.text.index("Boom")
                names.append((start, start + 4, "Boom", "PERSON"))
            out.append(Recognised(a, tuple(sentences_for(a.text)),
                                  tuple(RawMention(s, e, t, label, 0, "ner", "") for s, e, t, label in sorted(names))))
        return out


class Resolver:
    """Answers the test table's names as the resolver would; fails on 'Boom'."""

    def resolve(self, published_date, queries):
        if any(q.text == "Boom" for q in queries):
            raise KeyError("Boom")
        table = {m.text: m for m in mentions_for(" . ".join(q.text for q in queries))}
        return [Resolution(m.entity_type, m.entity_id, m.canonical_name, m.country_code, m.acts_for,
                           score=1.0, method="exact") if m is not None else None
                for m in (table.get(q.text) for q in queries)]


class CountingParse:
    """The real parse, counting its calls; fails on a sentence naming 'Zap'."""

    def __init__(self):
        self.calls = []

    def __call__(self, texts):
        self.calls.append(list(texts))
        if any("Zap" in t for t in texts):
            raise RuntimeError("cannot parse Zap")
        return default_parse(texts)


def one_by_one(articles):
    """The three steps, one article at a time, as the streaming job runs them."""
    out = []
    for a in articles:
        try:
            (recognised,) = Recogniser().recognise([a])
        except ValueError as e:
            out.append((DEAD_LETTER, ("recognise", a.line, type(e).__name__)))
            continue
        try:
            analysed = resolve_article(Resolver(), recognised)
        except KeyError as e:
            out.append((DEAD_LETTER, ("resolve", a.line, type(e).__name__)))
            continue
        try:
            out.append((ANALYSED, events_for(analysed, CountingParse())))
        except RuntimeError as e:
            out.append((DEAD_LETTER, ("extract", a.line, type(e).__name__)))
            out.append((ANALYSED, analysed))
    return out


def comparable(outcomes):
    return [(kind, (v.stage, v.line, v.error.split(":")[0]) if kind == DEAD_LETTER else v) for kind, v in outcomes]


def test_a_batch_gives_what_the_steps_give_one_article_at_a_time_and_parses_once():
    ids = ["a1", "a2", "a3"]
    articles = [article(i, n) for n, i in enumerate(ids, 1)]
    parse = CountingParse()
    got = analyse_batch(Recogniser(), Resolver(), parse, articles)
    assert comparable(got) == one_by_one(articles)
    events = {v.article.article_id: {(e.expelling_country, e.expelled_country, e.count) for e in v.events
                                     if e.modality == "asserted"} for _, v in got}
    assert ("PL", "RU", 45) in events["a1"] and events["a2"] == set() and ("GB", "RU", 3) in events["a3"]
    assert len(parse.calls) == 1   # the candidate sentences of all three articles, in one call


def test_an_article_each_stage_fails_on_is_dead_lettered_at_that_stage_and_the_rest_go_on():
    ids = ["a1", "boom-resolve", "boom-extract", "a3", "boom-recognise"]
    articles = [article(i, n) for n, i in enumerate(ids, 1)]
    recogniser, counted = Recogniser(), {}
    got = analyse_batch(recogniser, Resolver(), CountingParse(), articles,
                        lambda ns, name, n: counted.__setitem__((ns, name), counted.get((ns, name), 0) + n))
    assert comparable(got) == one_by_one(articles)
    dead = [(v.stage, v.line) for kind, v in got if kind == DEAD_LETTER]
    assert dead == [("resolve", 2), ("extract", 3), ("recognise", 5)]
    kept = [v.article.article_id for kind, v in got if kind == ANALYSED]
    assert kept == ["a1", "boom-extract", "a3"]   # an article extraction fails on keeps its mentions
    assert recogniser.calls[0] == ids   # the batch first, then each article alone
    assert counted[("recognise", "articles")] == 4 and counted[("recognise", "failed")] == 1
    assert counted[("resolve", "failed")] == 1 and counted[("extract", "failed")] == 1


def test_the_texts_asked_ahead_are_those_the_extraction_parses_first():
    text = TEXTS["a3"]
    a = resolve_article(Resolver(), Recogniser().recognise([Article("x", text)])[0])
    parse = CountingParse()
    events_for(a, parse)
    assert parse.calls[0] == texts_to_parse(text, a.sentences, a.mentions) == [
        "Britain ordered three Russian diplomats to leave.", "Russia expelled two British diplomats in kind."]
    assert texts_to_parse(TEXTS["a2"], sentences_for(TEXTS["a2"]), mentions_for(TEXTS["a2"])) == []


class Docs:
    """A stand-in parse: a fresh object per text, and every call remembered."""

    def __init__(self, fail=False):
        self.calls, self.fail = [], fail

    def __call__(self, texts):
        self.calls.append(list(texts))
        if self.fail:
            raise RuntimeError("no parser")
        return [object() for _ in texts]


def test_prefetched_texts_are_answered_from_the_parse_ahead_each_once_and_others_parsed_when_asked():
    docs = Docs()
    parse = PrefetchedParse(docs, ["one", "two", "one"])
    assert docs.calls == [["one", "two", "one"]]
    first, second = parse(["one", "one"])
    assert first is not second   # a text asked twice gets a Doc of its own each time
    third, = parse(["one"])   # the ahead parses used up: parsed again
    assert docs.calls[-1] == ["one"] and third not in (first, second)
    assert len(parse(["two", "three"])) == 2 and docs.calls[-1] == ["three"]


def test_a_parse_ahead_that_fails_leaves_every_text_to_be_parsed_when_asked():
    failing = Docs(fail=True)
    parse = PrefetchedParse(failing, ["one"])
    failing.fail = False
    assert len(parse(["one"])) == 1 and failing.calls == [["one"], ["one"]]


def test_recognition_retries_a_failed_batch_article_by_article():
    recogniser = Recogniser()
    got = recognise_batch(recogniser, [article("a2", 1), article("boom-recognise", 2)])
    assert [kind for kind, _ in got] == ["recognised", DEAD_LETTER]
    assert recogniser.calls == [["a2", "boom-recognise"], ["a2"], ["boom-recognise"]]
