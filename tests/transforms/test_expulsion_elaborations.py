"""An expulsion told without a count, then counted in the very next sentence by no one named there, is one expulsion
told in more detail: "Freedonia announced the expulsion of Ruritanian diplomats. Fifteen Ruritanian diplomats were
declared persona non grata" is Freedonia's fifteen, even where another state also expels Ruritanians in the story.
Not when a sentence comes between, nor when the sentence before counts its own people. "Became persona non grata"
(and the translators' "persons non grata") tells the status given. Sentences written for these tests."""
import re

from tests.expulsions_helpers import MADE_UP, READING_NAMES, made_up_events
from transforms.expulsions import grammar as g


def rows(text):
    return {(e.expelling_country, e.expelled_country, e.count) for e in made_up_events(text)
            if e.modality == "asserted"}


def test_the_count_in_the_next_sentence_is_the_uncounted_expulsion_before():
    text = ("Syldavia decided to expel five Ruritanian diplomats. Two weeks ago, Freedonia announced the expulsion of "
            "Ruritanian diplomats. Fifteen Ruritanian diplomats were declared persona non grata.")
    assert rows(text) == {("SV", "RR", 5), ("FD", "RR", 15)}


def test_staff_of_an_embassy_who_became_persons_non_grata():
    text = ("Two weeks ago, neighboring Freedonia informed about the expulsion of Ruritanian diplomats. 15 employees "
            "of the Ruritanian Embassy, who turned out to be intelligence officers, became persons non grata.")
    assert rows(text) == {("FD", "RR", 15)}


def test_a_sentence_between_or_a_count_before_leaves_the_actor_untold():
    between = ("Syldavia decided to expel five Ruritanian diplomats. Two weeks ago, Freedonia announced the expulsion "
               "of Ruritanian diplomats. Graustark said it was studying the matter. Fifteen Ruritanian diplomats were "
               "declared persona non grata.")
    counted = ("Syldavia decided to expel five Ruritanian diplomats. Freedonia expelled two Ruritanian diplomats. "
               "Fifteen Ruritanian diplomats were declared persona non grata.")
    assert not any(n == 15 for _, _, n in rows(between))
    assert not any(n == 15 for _, _, n in rows(counted))


def readings(nlp, text):
    found = [(m.start(), m.end(), *READING_NAMES[m.group()]) for m in
             re.finditer(r"\b(" + "|".join(sorted(READING_NAMES, key=len, reverse=True)) + r")\b", text)]
    return [(r.expelled, r.count, r.modality) for r in g.read_sentence(nlp(text)[:], g.States(found))
            if r.has_object and not r.other_sense]


def test_became_persona_non_grata_gives_the_status(nlp):
    assert readings(nlp, "Fifteen Ruritanian diplomats became persona non grata.") == [("RR", 15, "asserted")]
    assert readings(nlp, "Two Ruritanian diplomats became persons non grata on Monday.") == [("RR", 2, "asserted")]
