"""A state's name the model ran into a delegate's name, in a list of states each followed by its delegate.

The record of a UN meeting lists its members as "France Mr. Levitte Guinea Mr. Fall Ireland Mr. Ryan Russian
Federation Mr. Lavrov": the model reads "Levitte Guinea", "Fall Ireland", "Ryan Russian" as people, a person
named after a state, and the resolver found no one ("Lavrov Singapore" was no Sergey Lavrov).
(transforms/delegate_states.py: the delegate is that state's.)
"""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from transforms.name_spans import SOCIAL_TITLES


def before_listed_state(doc: Doc, start: int, end: int, state_spans: Sequence) -> int:
    """The span end moved back before a state's name that the model ran into a person's name, in a list of
    states each followed by its delegate ("France Mr. Levitte Guinea Mr. Fall Ireland Mr. Ryan", the
    members of a UN meeting): "Levitte Guinea" -> "Levitte", "Ryan Russian (Federation)" -> "Ryan". Only
    where the state's name, begun after the span's first word, is followed by a social title ("Mr.",
    "Sir"): a surname that is a state's name ("Vernon Jordan", "Anatole France") stays."""
    for a, b in state_spans:
        if start < a < end <= b and b < len(doc) and doc[b].lower_.rstrip(".") in SOCIAL_TITLES:
            return a
    return end

