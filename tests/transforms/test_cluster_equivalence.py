"""The indexed clustering (transforms/event_clusters.py) gives exactly the clusters of the
all-pairs reference it replaced (tests/transforms/reference_clustering.py), on any reports."""
import random
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.records import Event
from tests.transforms import reference_clustering as reference
from transforms.event_clusters import cluster_events

SETTINGS = settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])
START = date(2018, 3, 1)
COUNTS = (None, 1, 2, 4, 5, 10, 12, 15, 20, 23, 25, 29, 40, 45, 48, 50, 52, 60, 100)


def event(article: int, n: int, count, at_least: bool, day, year_shift: int, pair: int, modality: str) -> Event:
    published = None if day is None else (START + timedelta(days=day)).isoformat()
    year = None if published is None and year_shift else (int(published[:4]) if published else 2018) - year_shift
    expelling, expelled = (("RU", "GB"), ("GB", "RU"), ("US", "RU"))[pair]
    return Event(f"a{article}-{n}", f"a{article}", expelling, expelled, count, at_least and count is not None,
                 year, modality, f"a{article} says {count}", 0, 10, "expelled", None, published, None)


events = st.lists(st.builds(
    event,
    article=st.integers(0, 12), n=st.integers(0, 2), count=st.sampled_from(COUNTS),
    at_least=st.booleans(),
    day=st.one_of(st.none(), st.integers(0, 400)), year_shift=st.sampled_from((0, 0, 0, 1)),
    pair=st.sampled_from((0, 0, 0, 1, 2)), modality=st.sampled_from(("asserted",) * 5 + ("demand",))),
    max_size=40)


@SETTINGS
@given(events, st.sampled_from((0, 3, 14, 60, 100000)), st.sampled_from((0.0, 0.1, 0.25, 0.5, 1.0)))
def test_indexed_clustering_equals_the_all_pairs_reference(evs, window_days, tolerance):
    assert cluster_events(evs, window_days, tolerance) == reference.cluster_events(evs, window_days, tolerance)


def crowd(n: int, seed: int, spread_days: int) -> list[Event]:
    """n reports of a few expulsions of one pair-year: repeated, misreported, bounded, undated, in parts."""
    rng = random.Random(seed)
    truths = [(rng.randrange(spread_days), rng.choice((2, 5, 10, 23, 45, 60, 150))) for _ in range(6)]
    out = []
    for i in range(n):
        day, count = rng.choice(truths)
        day = min(364, day + int(rng.expovariate(1 / 5)))
        roll = rng.random()
        reported = (None if roll < 0.1 else round(count * rng.uniform(0.7, 1.3)) if roll < 0.25
                    else count // 2 if roll < 0.3 else count)
        at_least = 0.3 < roll < 0.35
        published = (START + timedelta(days=day)).isoformat() if roll < 0.95 else "2019-05-01"
        out.append(Event(f"a{i}-0", f"a{i // 2 if roll > 0.9 else i}", "RU", "GB", reported, at_least, 2018,
                         "asserted", "s", 0, 1, "expelled", None, published, None))
    return out


def test_indexed_clustering_equals_the_reference_on_crowded_and_spread_keys():
    for seed, spread in ((1, 20), (2, 300), (3, 5)):
        evs = crowd(1500, seed, spread)
        assert cluster_events(evs) == reference.cluster_events(evs)
