"""AliasIndex: exact hits, blocked fuzzy hits, length-dependent cutoffs, batches, pickling."""
import pickle

import pytest

from gazetteer.index import AliasIndex, Match, default_cutoff

NAMES = [
    ("sergei skripal", 1), ("yulia skripal", 2), ("vladimir putin", 3), ("putin", 3),
    ("boris johnson", 4), ("theresa may", 5), ("gazprom", 6), ("rosneft", 7),
    ("uk", 8), ("iran", 9), ("oman", 10), ("sergei lavrov", 11), ("sergey lavrov", 11),
]


@pytest.fixture(scope="module")
def index():
    return AliasIndex(NAMES)


def test_exact_returns_every_payload_of_a_key():
    index = AliasIndex([("georgia", 1), ("georgia", 2), ("georgia", 1)])
    assert index.exact("georgia") == [1, 2]
    assert index.exact("georgi") == []


def test_misspellings_find_the_intended_name(index):
    assert index.fuzzy("sergei skripl")[0].payload == 1       # deletion
    assert index.fuzzy("yulia skirpal")[0].payload == 2       # transposition
    assert index.fuzzy("vladimir putim")[0].payload == 3      # substitution
    assert index.fuzzy("boriss johnson")[0].payload == 4      # insertion
    assert index.fuzzy("rossneft")[0].payload == 7


def test_matches_are_best_first_with_scores_in_0_to_1(index):
    matches = index.fuzzy("sergei skripal", limit=5)
    assert matches[0] == Match(1, "sergei skripal", 1.0)
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)
    assert all(0.0 < m.score <= 1.0 for m in matches)


def test_reordered_names_match(index):
    assert index.fuzzy("skripal sergei")[0] == Match(1, "sergei skripal", 1.0)


def test_unrelated_names_do_not_match(index):
    assert index.fuzzy("angela merkel") == []
    assert index.fuzzy("sergei") == []         # a shared first name is not enough


def test_short_names_never_match_fuzzily(index):
    assert index.fuzzy("uj") == []
    assert index.fuzzy("ukk", cutoff=0.1) == []
    assert index.exact("uk") == [8]


def test_default_cutoff_depends_on_length():
    assert default_cutoff("abc") is None
    assert default_cutoff("abcd") == default_cutoff("abcde") == 0.85
    assert default_cutoff("abcdef") == 0.8


def test_four_letter_names_need_a_close_match(index):
    # "irun" vs "iran" is one substitution: ratio 0.75, below the 0.85 for short keys.
    assert index.fuzzy("irun") == []
    assert index.fuzzy("irun", cutoff=0.7)[0].payload == 9
    assert index.fuzzy("irann")[0].payload == 9


def test_explicit_cutoff_filters_weaker_matches(index):
    assert index.fuzzy("sergei skripl", cutoff=0.99) == []
    loose = index.fuzzy("sergei skripl", limit=10, cutoff=0.5)
    assert {m.payload for m in loose} >= {1, 2}
    assert all(m.score >= 0.5 for m in loose)


def test_limit_caps_the_number_of_matches(index):
    assert len(index.fuzzy("sergei lavrov", limit=1)) == 1
    assert len(index.fuzzy("sergei lavrov", limit=3, cutoff=0.5)) == 3


def test_fuzzy_many_answers_each_key_in_order(index):
    results = index.fuzzy_many(["gazprm", "nobody at all", "gazprm", "uk"])
    assert [r[0].payload if r else None for r in results] == [6, None, 6, None]


def test_index_survives_pickling(index):
    index.fuzzy("gazprm")                      # build postings before pickling
    restored = pickle.loads(pickle.dumps(index))
    assert restored.exact("sergey lavrov") == [11]
    assert restored.fuzzy("sergey lavrv")[0].payload == 11


def test_finds_misspelt_names_among_many_similar_ones():
    names = [f"{first} {last}" for first in ("anna", "ivan", "olga", "pavel", "maria")
             for last in ("petrov", "petrova", "ivanov", "ivanova", "sidorov", "smirnov",
                          "kuznetsov", "popov", "sokolov", "lebedev")]
    index = AliasIndex((name, i) for i, name in enumerate(names))
    assert index.fuzzy("olga kuznetzov")[0].alias == "olga kuznetsov"
    assert index.fuzzy("pavel sokolv")[0].alias == "pavel sokolov"
    assert index.fuzzy("maria ivanov")[0].alias == "maria ivanov"


def blocked(pairs, **options):
    """An index that always blocks (never scores a whole length window), to test the passes."""
    return AliasIndex(pairs, brute_force_limit=0, **options)


def test_blocked_search_finds_misspellings_within_two_characters_of_length():
    index = blocked(NAMES)
    assert index.fuzzy("sergei skripl")[0].alias == "sergei skripal"
    assert index.fuzzy("vladimir puttinn")[0].alias == "vladimir putin"
    assert index.fuzzy("sergei skripal") == [Match(1, "sergei skripal", 1.0)]


def test_second_pass_reaches_names_of_a_more_different_length():
    names = [("international energy agency", 1), ("internal affairs ministry", 2),
             ("interior ministry", 3), ("energy agency of india", 4)]
    index = blocked(names)
    found = index.fuzzy("internatl energy agency")      # 4 characters shorter: only pass 2 sees it
    assert found[0].alias == "international energy agency"
    assert found[0].score >= 0.8


def test_names_near_the_query_length_that_miss_change_nothing_the_second_pass_finds():
    # "internatl energy agency": 23 characters; the names of 21-25 miss it, the longer ones match (some tied)
    far = [("international energy agency", 3), ("international energy agencies", 4), ("internationl energy agency", 5),
           ("international enrgy agency", 7), ("international energy agenc", 8), ("internationale energy agency", 9)]
    near = [("internal trade ministry", 1), ("interior of the country", 2), ("interstate road agency", 6)]
    alone = AliasIndex(far, brute_force_limit=10_000)
    for window_limit in (0, 3, 5):   # every window blocked, or the near one scored whole and the rest blocked
        index = AliasIndex(near + far, brute_force_limit=window_limit, max_candidates=100)
        for query in ("internatl energy agency", "interntional enrgy agcy"):
            found = index.fuzzy(query, limit=10)
            assert found and found == alone.fuzzy(query, limit=10), (window_limit, query)


def test_first_pass_match_ends_the_search():
    index = blocked([("anna petrova", 1), ("anna petrovaaaa", 2)])
    assert [m.payload for m in index.fuzzy("anna petrovb", limit=5)] == [1]
    # alone, the longer name (3 characters longer, score 0.81) is found by the second pass
    assert [m.payload for m in blocked([("anna petrovaaaa", 2)]).fuzzy("anna petrovb")] == [2]


def _postings_by_gram(postings, gram_spans):
    return {gram: postings[start:end].tolist() for gram, (start, end) in gram_spans.items()}


@pytest.mark.parametrize("gram_size", [2, 3, 4, 5])
def test_gram_postings_list_every_key_holding_each_gram_once_in_id_order(gram_size):
    from gazetteer.index_arrays import char_grams, gram_postings, gram_postings_per_key
    # short keys (no full gram), a gram repeated inside a key, accents and a character beyond the BMP
    keys = sorted({"a", "ab", "abc", "aaaaaa", "banana", "bandana", "m\u00fcller", "mueller", "x\U0001F600y",
                   "al jazeera", "jazeera al", "lavrov", "lavrova"}, key=len)
    postings, gram_spans = gram_postings(keys, gram_size)
    expected: dict = {}
    for alias_id, key in enumerate(keys):
        for gram in char_grams(key, gram_size):
            expected.setdefault(gram, []).append(alias_id)
    assert _postings_by_gram(postings, gram_spans) == expected
    assert _postings_by_gram(*gram_postings_per_key(keys, gram_size)) == expected


def test_blocked_search_finds_misspelt_names_beyond_the_plain_ascii_alphabet():
    names = [(f"name{i:04d} surname", i) for i in range(400)] + [("m\u00fcller-\u0161\u0107 \u0416", 999)]
    index = AliasIndex(names, brute_force_limit=0)    # always the gram-blocked search
    assert index.fuzzy("name0123 surnam")[0].payload == 123
    assert index.fuzzy("m\u00fcller-\u0161\u0107 \u0417")[0].payload == 999


def test_gram_postings_of_many_keys_are_cut_in_a_few_bytes_per_gram_occurrence():
    """The whole-array build once held ~70 bytes per gram occurrence at its peak (a 1M-alias index
    needed 1.5 GB to build a 0.1 GB posting array); it may hold 32 (one int64 and a little more)."""
    import itertools
    import tracemalloc

    from gazetteer.index_arrays import gram_postings
    syllables = ["ka", "lo", "mir", "te", "van", "su", "dor", "pe", "ni", "ro"]
    keys = sorted({"".join(p[:3]) + " " + "".join(p[3:])
                   for p in itertools.islice(itertools.product(syllables, repeat=7), 0, 10 ** 7, 397)}, key=len)
    occurrences = sum(len(f" {key} ") - 3 for key in keys)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        postings, gram_spans = gram_postings(keys, 4)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert len(postings) > 200_000
    assert peak / occurrences < 32


def test_letter_signatures_of_many_keys_are_each_keys_own():
    from gazetteer.index_arrays import letter_signature, letter_signatures
    keys = ["", "a", "aa", "aaa", "zebra zebra", "m\u00fcller", "x\U0001F600y", "ab cd", "\u0416\u0417\u0416"]
    assert letter_signatures(keys).tolist() == [letter_signature(key) for key in keys]
    assert letter_signature("aab") == (1 << 0) | (1 << 1) | (1 << 32)    # 'a' once and twice, 'b' once


@pytest.mark.parametrize("left, right", [
    ("federal dibres", "federalgdibes"), ("sergei skripal", "skripal sergei"), ("aaaa", "a"),
    ("m\u00fcller", "mueller"), ("ivan petrov", "pyotr ivanov"), ("abc", "xyz"), ("", "abc")])
def test_letters_bound_the_score_from_above(left, right):
    from rapidfuzz import fuzz

    from gazetteer.index_arrays import letter_distance, letter_signature, letter_signatures
    distance = int(letter_distance(letter_signature(left), letter_signatures([right]))[0])
    bound = 100.0 * (1 - distance / (len(left) + len(right)))
    assert fuzz.ratio(left, right) <= bound + 1e-9
    assert fuzz.token_sort_ratio(left, right) <= bound + 1e-9


def test_among_keys_sharing_only_a_common_word_the_one_whose_letters_fit_is_scored():
    """The typo spoils every gram of the short word ("dibres" -> "gdibes", glued to "federal"), so the
    key it came from shares only the grams of "federal", like every other "federal ..." key; those
    ties used to go to the lowest ids."""
    stems = [a + b + c for a in ("ka", "lo", "mu", "tou") for b in ("ren", "vas", "pol") for c in ("ak", "um", "o")]
    names = [(f"federal {stem}", i) for i, stem in enumerate(stems)] + [("federal dibres", 999)]
    index = AliasIndex(names, brute_force_limit=0, max_candidates=8)
    assert [m.payload for m in index.fuzzy("federalgdibes", limit=1)] == [999]


def test_candidates_tied_on_grams_are_taken_by_their_order_then_lowest_id():
    import numpy as np

    from gazetteer.index import _most_hit
    ids = np.array([3, 5, 8, 13, 21, 34])
    hits = np.array([4, 2, 2, 2, 2, 1])
    order = {5: 7, 8: 1, 13: 7, 21: 1}
    assert _most_hit(ids, hits, 3, tie_order=lambda tied: np.array([order[i] for i in tied])).tolist() == [3, 8, 21]
    assert _most_hit(ids, hits, 4, tie_order=lambda tied: np.array([order[i] for i in tied])).tolist() == [3, 5, 8, 21]
    assert _most_hit(ids, hits, 3).tolist() == [3, 5, 8]
