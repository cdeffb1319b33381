"""The European Commission's envoy is the European Union's diplomat (the Commission's delegations were the Union's
missions abroad): "expelled the European Commission envoy and the Freedonian charge d'affaires" is one of each,
not two Freedonians. Sentence written for this test, about made-up states."""
import re

from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse
from transforms.records import Mention, Sentence


def _mentions(text):
    table = {"Ruritania": ("GPE", "COUNTRY", "RR", "RR", "Ruritania"),
             "Freedonian": ("NORP", "NORP", "FD", None, "FD"),
             "European Commission": ("ORG", "ORG", None, None, "European Commission")}
    return [Mention("a", m.start(), m.end(), m.group(), label, kind, country_code=code, acts_for=acts,
                    canonical_name=canonical)
            for m in re.finditer("|".join(table), text) for label, kind, code, acts, canonical in (table[m.group()],)]


def test_the_commission_envoy_is_the_union_s():
    text = "Ruritania expelled the European Commission envoy and the Freedonian charge d'affaires."
    events = extract_events("a", text, "2007-08-23", [Sentence(0, len(text))], _mentions(text), default_parse)
    assert {(e.expelling_country, e.expelled_country, e.count) for e in events if e.modality == "asserted"} == \
        {("RR", "EU", 1), ("RR", "FD", 1)}
