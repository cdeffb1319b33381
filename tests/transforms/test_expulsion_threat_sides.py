"""The sides of threatened and conditional expulsions. (1) An adjective that hands its subject to its infinitive
("Ruritania is ready to expel another diplomat if Freedonia retaliates", "stands prepared to expel"): the subject of
"is"/"stands" expels (patterns/grammar.json controlling_adjectives; parse_words._clause_subject), so "another
diplomat" after an earlier expulsion is the other side's people, not a copy of that expulsion's sides with the
state of the condition as expeller. (2) A state after "an ally of", "a critic of" (lexicon.RELATION_NOUNS) is the
other side of a relation, not who the phrase names ("Groucho, an ally of Graustark, warned he would declare the
Ruritanian ambassador persona non grata": not Graustark's act). Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events

CAPS = dict(MADE_UP, **{k.upper(): v for k, v in MADE_UP.items()})   # wire copy in capitals


def rows(text, modality=None):
    return {(e.expelling_country, e.expelled_country, e.count) for e in made_up_events(text, names=CAPS)
            if modality is None or e.modality == modality}


BEFORE = "Freedonia expelled a Ruritanian diplomat this week. "


@pytest.mark.parametrize("text", [
    BEFORE + "Ruritania is ready to expel another diplomat if Freedonia retaliates.",
    BEFORE + "On Friday, Ruritanian newspapers reported Strelsau is ready to expel another diplomat if Freedonia "
             "chooses to retaliate further.",
    BEFORE.upper() + "RURITANIA IS READY TO EXPEL ANOTHER DIPLOMAT IF FREEDONIA CHOOSES TO RETALIATE FURTHER.",
    BEFORE + "Ruritania stands ready to expel another diplomat should Freedonia hit back.",
    BEFORE + "Ruritania is prepared to expel another diplomat if Freedonia expels more.",
])
def test_who_is_ready_to_expel_another_expels_the_other_sides_people(text):
    assert rows(text, "hypothetical") == {("RR", "FD", 1)}
    assert rows(text, "asserted") == {("FD", "RR", 1)}


@pytest.mark.parametrize("text", [
    "Ruritania is ready to expel two Freedonian diplomats if Freedonia does not apologise.",
    "Ruritania is willing to expel two Freedonian diplomats.",
])
def test_who_is_ready_to_expel_named_people_expels_them(text):
    assert rows(text) == {("RR", "FD", 2)}


def test_an_expulsion_done_before_the_readiness_stays_told():
    text = "Ruritania expelled a Freedonian diplomat this week. Ruritania will expel another diplomat if Freedonia retaliates."
    assert rows(text, "asserted") == {("RR", "FD", 1)}
    assert rows(text, "hypothetical") == {("RR", "FD", 1)}


@pytest.mark.parametrize("text", [
    "Groucho, an ally of Graustark, warned he would declare the Ruritanian ambassador persona non grata.",
    "Groucho, an ally of Graustark who accuses Ruritania of plotting against him, accused the Ruritanian ambassador "
    "of spying and warned he would declare him persona non grata.",
])
def test_a_state_one_is_an_ally_of_does_not_threaten(text):
    assert "GK" not in {a for a, b, n in rows(text)}


def test_a_state_one_is_an_ally_of_does_not_expel():
    text = "The president of Freedonia, a close ally of Graustark, expelled two Ruritanian diplomats."
    assert rows(text, "asserted") == {("FD", "RR", 2)}


@pytest.mark.parametrize("text, want", [
    ("Syldavia, an ally of Graustark, expelled two Ruritanian diplomats.", {("SV", "RR", 2)}),
    ("Ruritania threatened to declare the Freedonian ambassador persona non grata.", {("RR", "FD", 1)}),
    ("Unless Freedonia withdraws its troops, Ruritania will expel the Freedonian ambassador.", {("RR", "FD", 1)}),
    ("If Freedonia expels any Ruritanian diplomats, Ruritania will expel two Freedonian diplomats.",
     {("FD", "RR", None), ("RR", "FD", 2)}),
])
def test_sides_read_before_stay(text, want):
    assert rows(text) == want
