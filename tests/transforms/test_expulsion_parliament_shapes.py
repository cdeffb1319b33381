"""Shapes of parliamentary records (Commons, Lords, Dail questions and answers): a question that takes an
expulsion as known, a request that the other state withdraw one of its people, the document's own
government named bare ("the Government", "the Foreign Secretary"), and a deadline given to "they" through
the one who was told, and a person asked to leave who is a diplomat only by what the text said of him
before (sentences written for these tests, about made-up states)."""

import pytest

from tests.expulsions_helpers import made_up_rows
from transforms.expulsions import extract_events
from transforms.expulsions.story import default_parse, home_state
from transforms.records import Sentence


def rows(text, published="1980-05-01"):
    """(expelling, expelled, count, modality) of every event; sentences end at '.' or '?' (not "Mr.")."""
    return made_up_rows(text, published, sentence=r"(?:\b(?:Mr|Mrs|Dr)\.|[^.?])+[.?]")


def asserted(text):
    return {r[:3] for r in rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Is the Minister aware that Ruritania expelled two Freedonian diplomats last week?", {("RR", "FD", 2)}),
    ("Does the Minister recall that when Freedonia expelled 40 Ruritanian diplomats in 1971, the Ruritanians did "
     "nothing?", {("FD", "RR", 40)}),
    ("Will the Minister expel the Freedonian diplomats after Freedonia expelled two Ruritanian diplomats?",
     {("FD", "RR", 2)}),
])
def test_a_question_takes_the_expulsion_it_recalls_as_done(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "Is the Minister aware that Ruritania will expel two Freedonian diplomats?",
    "Does the Minister know whether Ruritania expelled two Freedonian diplomats?",
    "Has Ruritania expelled two Freedonian diplomats?",
    "Will the Government expel the Freedonian diplomats?",
])
def test_a_question_about_the_expulsion_itself_asserts_nothing(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("My Lords, we have today asked that a Ruritanian naval attaché should be withdrawn from the Ruritanian "
     "Embassy in London.", {("GB", "RR", 1)}),
    ("My Lords, we have requested that two members of the Ruritanian Embassy should be withdrawn within seven "
     "days.", {("GB", "RR", 2)}),
])
def test_asking_that_the_other_state_should_withdraw_someone_is_the_expulsion(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text", [
    "My Lords, the noble Lord asked that the Ruritanian attaché should be expelled.",
    "My Lords, we think that the Ruritanian attaché should be withdrawn.",
])
def test_a_members_wish_or_opinion_is_no_expulsion(text):
    assert asserted(text) == set()


@pytest.mark.parametrize("text, want", [
    ("My Lords, the expulsion of the Ruritanian spies by the Foreign Secretary was right.", {("GB", "RR", None)}),
    ("My Lords, the Government expelled two Ruritanian spies last week.", {("GB", "RR", 2)}),
    ("My Lords, Ruritania protested on Monday. The Government expelled two Freedonian diplomats.", {("GB", "FD", 2)}),
    ("Deputy Murphy asked the Tánaiste if the Government will expel Ruritanian diplomats. The Government expelled "
     "one Ruritanian diplomat on Tuesday.", {("IE", "RR", 1)}),
    ("My Lords, the Government of Freedonia expelled two Ruritanian spies last week.", {("FD", "RR", 2)}),
])
def test_the_documents_own_government_named_bare(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("The Government expelled two Ruritanian spies last week.", set()),   # no parliament says whose
    ("Ruritania protested on Monday. The Government expelled two Freedonian diplomats.", {("RR", "FD", 2)}),
    ("My Lords, a minister expelled two Ruritanian spies last week.", set()),
])
def test_without_a_parliament_a_bare_government_is_the_state_before_or_no_one(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, home", [
    ("Mr. Smith asked the Minister of State for Foreign Affairs whether he will make a statement.", "GB"),
    ("Mr. Smith asked the Lord Privy Seal whether he will make a statement.", "GB"),
    ("To ask the Secretary of State for Foreign and Commonwealth Affairs how many diplomats left.", "GB"),
    ("Deputy Murphy asked the Tánaiste if the Government will expel diplomats.", "IE"),
    ("The Taoiseach visited Fredville on Monday.", None),
])
def test_question_forms_say_whose_parliament(text, home):
    assert home_state(text) == home


def test_they_who_must_leave_are_not_the_ambassador_who_was_told():
    text = ("The Prime Minister and I have announced that two Ruritanian diplomats will be expelled from Freedonia. "
            "The Ruritanian ambassador was advised that they have seven days to leave the country.")
    assert asserted(text) == {("FD", "RR", 2)}


def test_one_diplomat_told_that_they_must_leave_is_still_one():
    assert asserted("Ruritania informed one Freedonian diplomat that they had 72 hours to leave the country.") == \
        {("RR", "FD", 1)}


@pytest.mark.parametrize("text, want", [
    ("My Lords, the chargé d'affaires of the Ruritanian embassy, Mr. Ivan Petrov, gave an interview on Sunday. The "
     "Lord Privy Seal called Mr. Petrov to the Foreign Office yesterday to protest at his words and he asked him to "
     "leave within seven days.", {("GB", "RR", 1)}),
    ("My Lords, the Ruritanian diplomat Ivan Petrov was seen in Leeds. The Foreign Secretary called Mr. Petrov to the "
     "Office and asked him to leave the country.", {("GB", "RR", 1)}),
    ("My Lords, the Ruritanian writer Mr. Petrov spoke in London. The Home Secretary asked him to leave the "
     "country.", set()),
    ("My Lords, Mr. Petrov spoke in London. The Home Secretary asked him to leave the country.", set()),
    ("The Ruritanian diplomat Ivan Petrov was seen in Leeds. Police asked Mr. Petrov to leave the country.", set()),
])
def test_a_named_person_asked_to_leave_is_the_diplomat_the_text_named_before(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("My Lords, the Ruritanian ambassador was told that three members of his staff must leave within seven days.",
     {("GB", "RR", 3)}),
    ("My Lords, our ambassador in Strelsau was told that three members of his staff must leave within seven days.",
     {("RR", "GB", 3)}),
    ("My Lords, the Ruritanian ambassador was told that the demonstrators must leave the square.", set()),
    ("The Ruritanian ambassador was told that three members of his staff must leave within seven days.", set()),
])
def test_an_envoy_told_by_no_one_named_is_told_by_the_state_he_serves_in(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("In the early 1970s Britain expelled more than 100 Russian diplomats.", {("GB", "SU", 1972)}),
    ("In the late 1990s Britain expelled four Russian diplomats.", {("GB", "RU", 1998)}),
    ("In 2007 Britain expelled four Russian diplomats, as it had done in the 1980s.", {("GB", "RU", 2007)}),
])
def test_a_decade_dates_the_expulsion_and_names_the_state_of_its_time(text, want):
    from tests.expulsions_helpers import mentions_for
    sentences = [Sentence(0, len(text))]
    got = {(e.expelling_country, e.expelled_country, e.event_year)
           for e in extract_events("a", text, "2018-03-12", sentences, mentions_for(text), default_parse)
           if e.modality == "asserted"}
    assert got == want


@pytest.mark.parametrize("text, want", [
    # an office named with "of"/"for" and no state in it is the document's own
    ("My Lords, the Minister of State expelled two Ruritanian diplomats yesterday.", {("GB", "RR", 2)}),
    ("My Lords, the Secretary of State for Foreign Affairs expelled two Ruritanian diplomats yesterday.",
     {("GB", "RR", 2)}),
    ("My Lords, the chargé d'affaires of the Ruritanian embassy, Mr. Ivan Petrov, gave an interview on Sunday. The "
     "Minister of State called Mr. Petrov to the Foreign Office yesterday to protest at his words and he asked him "
     "to leave within seven days.", {("GB", "RR", 1)}),
    # one that names a state is that state's; with no parliament said, the office is no one's
    ("My Lords, the Government of Freedonia expelled two Ruritanian diplomats yesterday.", {("FD", "RR", 2)}),
    ("My Lords, the Minister for Freedonian Affairs expelled two Ruritanian diplomats yesterday.", set()),
    ("My Lords, the Government of Borduria expelled two Ruritanian diplomats yesterday.", set()),   # a state unknown
    ("The Minister of State expelled two Ruritanian diplomats yesterday.", set()),
])
def test_an_office_of_no_named_state_is_the_document_s_own(text, want):
    assert asserted(text) == want
