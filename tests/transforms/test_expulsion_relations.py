"""The story's two sides from what it says of their relations (transforms/expulsions/relations.py): a passive
expulsion that names only whose people left takes the other side of "our relations with Freedonia"."""
import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, state_mentions
from transforms.expulsions.relations import relation_pairs

NAMES = {"ruritanian": "RR", "freedonian": "FD", "grand fenwickian": "GF"}


def pairs(text, states, home=None):
    mentions = []
    for word, code in states:
        at = text.index(word)
        mentions.append((at, at + len(word), code, "state"))
    return relation_pairs(text, mentions, NAMES, home)


@pytest.mark.parametrize("text, states, home, want", [
    ("We have reviewed our relations with Freedonia.", [("Freedonia", "FD")], "RR", [("RR", "FD")]),
    ("Ruritania's relations with Freedonia are at a low.", [("Ruritania", "RR"), ("Freedonia", "FD")], None,
     [("RR", "FD")]),
    ("Ruritania broke off diplomatic relations with Freedonia on Monday.",
     [("Ruritania", "RR"), ("Freedonia", "FD")], None, [("RR", "FD")]),
    ("Relations between Strelsau and Freedonia have worsened.", [("Strelsau", "RR"), ("Freedonia", "FD")], None,
     [("RR", "FD")]),
    ("The minister spoke on Ruritanian-Freedonian relations.", [], None, [("RR", "FD")]),
    ("He spoke on Anglo-Freedonian trade relations.", [], None, [("GB", "FD")]),
    # whose relations the words do not say, in an article that speaks for no state: no pair
    ("The state of relations with Freedonia is poor.", [("Freedonia", "FD")], None, []),
    # a state in relations with itself is no pair; relations with no state named are none
    ("Freedonia's relations with Freedonia.", [("Freedonia", "FD")], None, []),
    ("Public relations with the press were poor.", [], "RR", []),
])
def test_relation_pairs(text, states, home, want):
    assert pairs(text, states, home) == want


@pytest.mark.parametrize("text, want", [
    # the passive names whose people left; the relations say who made them leave
    ("Ruritania's relations with Freedonia have been troubled for years. "
     "Two Ruritanian diplomats have been expelled for no good reason.", {("FD", "RR", 2)}),
    ("Ruritania broke off relations with Freedonia yesterday. "
     "Three Ruritanian diplomats were expelled last week.", {("FD", "RR", 3)}),
    # an expulsion the story tells in full pairs its sides; the relations answer for a state it pairs with none
    ("Ruritania's relations with Freedonia are bad. Freedonia expelled two Fenwickian diplomats on Monday. "
     "Two Ruritanian diplomats were expelled as well.", {("FD", "GF", 2), ("FD", "RR", 2)}),
    ("Ruritania's relations with Freedonia are bad. Fenwick expelled two Ruritanian diplomats on Monday. "
     "Two Ruritanian diplomats were expelled on Tuesday.", {("GF", "RR", 2)}),
    # no relations named: who expelled them stays unknown, and no asserted event is told
    ("Ruritania is a small state. Two Ruritanian diplomats have been expelled.", set()),
])
def test_passive_expulsion_takes_the_other_side_of_the_relations(text, want):
    states = {**STATES, "fenwick": ("GF", "COUNTRY"), "fenwickian": ("GF", "NORP")}
    assert asserted_events(text, state_mentions(text, states)) == want
