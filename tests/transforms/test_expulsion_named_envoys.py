"""An envoy named under his title ("Freedonian Ambassador Ivan Petrov") is one diplomat, with those "other"
diplomats counted beside him; and a deadline to leave that a state's voice reports ("the ministry said the
ambassador had 48 hours to leave") is that state's order. Made-up states, parsed by the real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import events


@pytest.mark.parametrize("text, want", [
    ("A Ruritanian court ordered the expulsion of Freedonian Ambassador Ivan Petrov.", {("RR", "FD", 1)}),
    ("Ruritania declared Freedonian Consul Ivan Petrov persona non grata.", {("RR", "FD", 1)}),
    ("The junta said Freedonian Ambassador Ivan Petrov had 48 hours to leave Ruritania.", {("RR", "FD", 1)}),
    # the others beside him, also where the parser hangs them on another noun
    ("Ruritania expelled Freedonian Ambassador Ivan Petrov and seven other diplomats.", {("RR", "FD", 8)}),
    ("Ruritania expelled Freedonian Ambassador Ivan Petrov and his deputy.", {("RR", "FD", 2)}),
    ("Ruritania ordered the expulsion from Ruritania of Freedonian Ambassador Ivan Petrov and seven other "
     "representatives of the Freedonian government.", {("RR", "FD", 8)}),
    # a name under another calling's title is no diplomat
    ("Ruritania expelled Freedonian journalist Ivan Petrov.", set()),
])
def test_a_named_envoy_under_his_title(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian foreign ministry said the Freedonian ambassador had 48 hours to leave the country.",
     {("RR", "FD", 1)}),
    ("Ruritania said the Freedonian diplomats have until Friday to leave the country.", {("RR", "FD", None)}),
    ("The Freedonian foreign ministry said the Ruritanian ambassador had 48 hours to leave.", {("FD", "RR", 1)}),
    # the envoy's own state tells of the deadline the host gave him
    ("Freedonia said its ambassador had 48 hours to leave Ruritania.", {("RR", "FD", 1)}),
])
def test_a_deadline_reported_by_a_state(text, want):
    assert events(text) == want
