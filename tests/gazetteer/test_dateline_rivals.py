"""Whose is a bare "Foreign Ministry" in a datelined story that names another state as often as the
dateline's? The dateline's, when the other state has no body so called (gazetteer/home_bodies.py, step 3).
Sentences written for these tests."""
from collections import Counter

from gazetteer.home_bodies import dateline_state


def ministry(mentions):
    return {m.canonical_name for m in mentions if m.text == "Foreign Ministry"}


def test_a_rival_state_with_no_body_so_called_leaves_the_dateline_its_state(resolve):
    ms = resolve("MOSCOW (AP) _ The Soviet Union on Wednesday ordered five more U.S. diplomats to leave the country "
                 "in retaliation for moves by the United States. Gennady Gerasimov, a Foreign Ministry spokesman, "
                 "also said new limits would apply to the U.S. Embassy. Washington called the step unjustified and "
                 "the United States said it would answer.", date="1986-10-22")
    assert ministry(ms) == {"Ministry of Foreign Affairs of the Soviet Union"}


def test_a_rival_state_with_a_body_so_called_leaves_it_unclear(resolve):
    ms = resolve("PARIS (AP) _ France on Wednesday ordered five Soviet diplomats to leave the country. A Foreign "
                 "Ministry spokesman said the Soviet Union had been told. Moscow called the step unjustified and the "
                 "Soviet Union said it would answer.", date="1986-10-22")
    assert ministry(ms) == {"Foreign Ministry"}


def test_only_the_rivals_asked_for_count():
    context = Counter({"SU": 2, "US": 5})
    assert dateline_state(context, "SU", 1.5) is None
    assert dateline_state(context, "SU", 1.5, rivals=lambda code: code != "US") == "SU"


def test_a_union_and_its_successor_count_as_the_datelines_one_state():
    # "MOSCOW, Sept. 3" (Russia's capital) and "the Soviet Union" twice, "the United States" five times
    context = Counter({"US": 5, "SU": 2, "RU": 1})
    assert dateline_state(context, "RU", 2.0, rivals=lambda code: code != "US") == "RU"
    assert dateline_state(Counter({"FR": 3, "RU": 1}), "RU", 2.0) is None
