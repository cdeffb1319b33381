"""bench.synth_feed: the synthetic feed a capacity plan is measured on (the test needs none of the shared corpora)."""
from collections import Counter

from bench import synth_feed
from bench.synth_feed import articles

POOL = [f"Sentence number {i} says something about the markets and the weather today." for i in range(300)]


def expelling(records):
    """Reports per (expelling, expelled) pair, read back from the text."""
    found = Counter()
    for r in records:
        for c, d in synth_feed.COUNTRIES:
            if f"{d} diplomats" in r["text"] and (c in r["text"] or c.capitalize() in r["text"]):
                found[(c, d)] += 1
                break
    return found


def test_the_same_seed_gives_the_same_feed_and_sizes_follow_the_options():
    one = list(articles(200, POOL, seed=3))
    assert one == list(articles(200, POOL, seed=3))
    assert one != list(articles(200, POOL, seed=4))
    assert len(one) == 200 and len({r["id"] for r in one}) == 200
    words = [len(r["text"].split()) for r in one]
    assert 350 <= sum(words) / len(words) <= 550
    assert all(r["published_at"].startswith("2022-") for r in one)


def test_reports_are_mixed_in_at_the_share_asked_and_skew_makes_hot_keys():
    even = list(articles(2000, POOL, skew=0.0, expulsion_share=0.2, words=60))
    hot = list(articles(2000, POOL, skew=2.5, expulsion_share=0.2, words=60))
    reports = sum(1 for r in even if "diplomats" in r["text"])
    assert 300 <= reports <= 500
    top_even, top_hot = expelling(even).most_common(1)[0][1], expelling(hot).most_common(1)[0][1]
    assert top_hot > 3 * top_even      # one pair draws most of the reports


def test_without_the_shared_corpora_it_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(synth_feed, "SHARED", tmp_path)
    assert synth_feed.main(["5", "--out", str(tmp_path / "feed.jsonl")]) == 2
    assert "shared corpora are absent" in capsys.readouterr().err
    assert not (tmp_path / "feed.jsonl").exists()
