"""A course a state carries out is done: "carried out its threat to expel", "made good on its threat to expel",
"followed through on its threat / plan / pledge to expel", "went ahead with its plan to expel" (patterns/grammar.json
carried_courses, the course the object of a verb of carrying_out_verbs or of its "with" or "on": carried_out.
course_carried_out). The act is told as the carrying out is told ("refused to carry out its threat", "did not carry
out", "could carry out", "vowed to make good on": not done), and its doer is who carries the course out
(carried_out.course_carrier). The opposite of a course turned from (test_expulsion_course_turned_from.py). Made-up
sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_modalities as modalities, made_up_rows as rows


@pytest.mark.parametrize("text", [
    "Ruritania carried out its threat to expel two Freedonian diplomats.",
    "Ruritania made good on its threat to expel two Freedonian diplomats.",
    "Ruritania followed through on its threat to expel two Freedonian diplomats.",
    "Ruritania followed through on its plan to expel two Freedonian diplomats.",
    "Ruritania followed through on its pledge to expel two Freedonian diplomats.",
    "Ruritania went ahead with its plan to expel two Freedonian diplomats.",
    "Ruritania carried out a threat to expel two Freedonian diplomats on Monday.",
])
def test_a_course_carried_out_is_an_expulsion(text):
    assert rows(text) == {("RR", "FD", 2, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania carried out the expulsion of two Freedonian diplomats.",
    "Ruritania carried out its threat and expelled two Freedonian diplomats.",
])
def test_an_act_carried_out_stays_done(text):
    assert rows(text) == {("RR", "FD", 2, "asserted")}


@pytest.mark.parametrize("text", [
    "Ruritania threatened to carry out the expulsion of two Freedonian diplomats.",
    "Ruritania could carry out its threat to expel two Freedonian diplomats.",
    "Ruritania may follow through on its threat to expel two Freedonian diplomats.",
    "Ruritania vowed to make good on its threat to expel two Freedonian diplomats.",
])
def test_a_course_still_to_be_carried_out_is_hypothetical(text):
    assert modalities(text) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Ruritania refused to carry out its threat to expel two Freedonian diplomats.",
    "Ruritania did not carry out its threat to expel two Freedonian diplomats.",
    "Ruritania never followed through on its threat to expel two Freedonian diplomats.",
])
def test_a_course_not_carried_out_is_no_expulsion(text):
    assert modalities(text) == {"negated"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania's threat to expel two Freedonian diplomats was carried out on Friday.", ("RR", "FD", 2)),
    ("Freedonia's plan to expel five Graustarkian diplomats was carried out in March.", ("FD", "GK", 5)),
    ("Ruritania threatened to expel two Freedonian diplomats and carried out the threat.", ("RR", "FD", 2)),
    ("Graustark threatened to expel four Syldavian envoys and then carried out its threat on Monday.",
     ("GK", "SV", 4)),
    ("Syldavia planned to expel three Ruritanian diplomats and went ahead with the plan on Tuesday.",
     ("SV", "RR", 3)),
])
def test_a_course_carried_out_in_the_passive_or_by_a_verb_joined_to_it_is_done(text, want):
    """The course the subject of a passive of carrying out, or a bare course noun ("the threat") carried out by a verb
    joined to the infinitive of a verb of setting the course (grammar.json course_verbs): before, hypothetical."""
    assert rows(text) == {(*want, "asserted")}


@pytest.mark.parametrize("text, modality", [
    ("Ruritania's threat to expel two Freedonian diplomats was never carried out.", "negated"),
    ("Ruritania's threat to expel two Freedonian diplomats may be carried out next week.", "hypothetical"),
    ("Ruritania threatened to expel two Freedonian diplomats but did not carry out the threat.", "negated"),
    ("Ruritania threatened to expel two Freedonian diplomats and could carry out the threat next week.",
     "hypothetical"),
    ("Ruritania threatened to expel two Freedonian diplomats and carried out its plan to close the consulate.",
     "hypothetical"),
    ("Ruritania threatened to expel two Freedonian diplomats.", "hypothetical"),
])
def test_a_course_the_carrying_out_does_not_tell_as_done_stays_undone(text, modality):
    assert modalities(text) == {modality}
