"""A bare "the Ministry of Foreign Affairs" after one state's ministry is named in full and before another's:
the one named before it (gazetteer/home_bodies.py, step 2). Sentences written for these tests."""


def test_of_two_ministries_named_in_full_the_bare_one_is_the_one_named_before(resolve):
    ms = resolve("Kabul said the Afghan Ministry of Foreign Affairs had summoned the envoy. Militants have been "
                 "eliminated, the Ministry of Foreign Affairs said. Pakistan\u2019s Foreign Ministry called the "
                 "decision regrettable.", date="2023-06-01")
    bare = [m for m in ms if m.text == "Ministry of Foreign Affairs"]
    assert bare and {m.canonical_name for m in bare} == {"Ministry of Foreign Affairs of Afghanistan"}
