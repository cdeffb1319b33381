"""An envoy told, by no one named, at his host's foreign ministry that his people must leave ("was summoned to
the Foreign Ministry and told that ...", "was asked to call at the Foreign Ministry, where he was told that
..."): the ministry's state expels them. A "must leave" with no subject of its own, conjoined to the clause
told ("eleven officials had been engaged in espionage and must leave"), is about that clause's subject.
Sentences written for these tests, parsed by the project's real spaCy model."""
import re

import pytest

from transforms.expulsions import grammar as g

NAMES = {"Ruritanian Foreign Ministry": ("RR", "state"), "Freedonian": ("FD", "norp"), "Ruritania": ("RR", "state"),
         "Freedonia": ("FD", "state")}


def readings(nlp, text):
    doc = nlp(text)
    tuples = [(m.start(), m.end(), *NAMES[m.group()]) for m in
              re.finditer("|".join(sorted(NAMES, key=len, reverse=True)), text)]
    return [r for r in g.read_sentence(doc[:], g.States(tuples)) if r.has_object]


@pytest.mark.parametrize("text", [
    "The Freedonian ambassador was told at the Ruritanian Foreign Ministry that six Freedonian officials must leave.",
    "The Freedonian ambassador was summoned to the Ruritanian Foreign Ministry and told that six Freedonian "
    "officials must leave the country.",
    "The Freedonian ambassador was asked to call at the Ruritanian Foreign Ministry, where he was told that six "
    "Freedonian officials must leave the country.",
    "The Freedonian ambassador was asked to call at the Ruritanian Foreign Ministry on Friday, where he was told "
    "that six Freedonian officials had been engaged in espionage and must leave within 14 days.",
])
def test_the_ministry_an_envoy_is_told_at_is_the_host(nlp, text):
    r = readings(nlp, text)[0]
    assert (r.host, r.expelled, r.count, r.modality) == ("RR", "FD", 6, g.ASSERTED)


def test_a_named_teller_is_not_replaced_by_the_place(nlp):
    r = readings(nlp, "The Freedonian ambassador was summoned to the Ruritanian Foreign Ministry by Mr. Smith and "
                      "told that six Freedonian officials must leave.")
    assert all(x.host is None for x in r)


@pytest.mark.parametrize("text", [
    "Ruritania told Freedonia that six of its officials had been engaged in espionage and must leave.",
    "Ruritania informed Freedonia that six Freedonian officials had broken the law and must leave the country.",
])
def test_a_must_leave_conjoined_to_the_clause_told_is_about_its_subject(nlp, text):
    r = readings(nlp, text)[0]
    assert (r.actor, r.expelled, r.count, r.modality) == ("RR", "FD", 6, g.ASSERTED)
