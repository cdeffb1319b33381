"""Keys for batching by weight (transforms/batching.py): plain functions, no Beam."""
from transforms.batching import KeysByWeight


def test_each_weight_goes_to_the_key_with_the_least_so_far():
    keys = KeysByWeight(3)
    assert [keys.key_for(w) for w in (9, 2, 2, 3, 1, 9)] == [0, 1, 2, 1, 2, 2]


def test_the_keys_first_come_in_order():
    keys = KeysByWeight(4)
    firsts = []
    for w in (100, 1, 50, 7, 3, 80, 2, 2):
        k = keys.key_for(w)
        if k not in firsts:
            firsts.append(k)
    assert firsts == [0, 1, 2, 3]


def test_every_other_key_carries_half_the_weight():
    # a local runner with two workers gives each every other key, in the order the keys first came
    weights = [(i * 7919) % 997 + 20 for i in range(1000)]
    keys = KeysByWeight(32)
    totals = [0] * 32
    for w in weights:
        totals[keys.key_for(w)] += w
    assert max(totals) - min(totals) <= max(weights)
    even, odd = sum(totals[0::2]), sum(totals[1::2])
    assert abs(even - odd) <= 0.01 * sum(weights)


def test_an_empty_element_still_counts():
    keys = KeysByWeight(2)
    assert [keys.key_for(0) for _ in range(4)] == [0, 1, 0, 1]
