"""An envoy named under his title ("Freedonian Ambassador Ivan Petrov") is one diplomat, with those "other"
diplomats counted beside him; and a deadline to leave that a state's voice reports ("the ministry said the
ambassador had 48 hours to leave") is that state's order; and in a story of a wave of expulsions, "Estrovia
will expel one diplomat" expels one of the wave's people; "by Ruritania (21), Lakonia (17)" gives each its count;
and "its diplomats" after "the Freedonian consulate in Strelsau" are the consulate's, sent out by its host;
idioms ("shown the door"), "no longer welcome", shares, tallies and reactions to an expulsion.
Made-up states, parsed by the real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, events, state_mentions


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


WAVE_STATES = {**STATES, "lakonia": ("LK", "COUNTRY"), "estrovia": ("ES", "COUNTRY"), "lakonian": ("LK", "NORP")}


@pytest.mark.parametrize("text, want", [
    # a story of a wave: a state that names no one's people expels the people several others expel
    ("Ruritania expelled four Freedonian diplomats on Monday. Lakonia expelled two Freedonian diplomats. "
     "Estrovia will expel one diplomat.", {("RR", "FD", 4), ("LK", "FD", 2), ("ES", "FD", 1)}),
    # one state expelling them: the story's one people still
    ("Ruritania expelled four Freedonian diplomats on Monday. Estrovia will expel one diplomat.",
     {("RR", "FD", 4), ("ES", "FD", 1)}),
    # two states, each expelled by one other, are no wave either
    ("Ruritania expelled four Freedonian diplomats. Lakonia expelled two Ruritanian diplomats. "
     "Estrovia will expel one diplomat.", {("RR", "FD", 4), ("LK", "RR", 2)}),
    # a state the wave names expels no one's people by it
    ("Ruritania expelled four Freedonian diplomats. Lakonia expelled two Freedonian diplomats. "
     "Freedonia expelled one diplomat.", {("RR", "FD", 4), ("LK", "FD", 2)}),
])
def test_a_state_in_a_wave_of_expulsions(text, want):
    assert asserted_events(text, state_mentions(text, WAVE_STATES)) == want


@pytest.mark.parametrize("text, want", [
    # the Latin plural, with the states and their counts in brackets after "by"
    ("Freedonian diplomats were declared personae non gratae by Ruritania (21), Lakonia (17) and Estrovia (15).",
     {("RR", "FD", 21), ("LK", "FD", 17), ("ES", "FD", 15)}),
    ("Ruritania (21), Lakonia (17) and Estrovia (15) declared Freedonian diplomats personae non gratae.",
     {("RR", "FD", 21), ("LK", "FD", 17), ("ES", "FD", 15)}),
    ("Ruritania declared three Freedonian diplomats personae non gratae.", {("RR", "FD", 3)}),
    # one state: the parse's count stands, and "the ambassador and other staff" are not one
    ("Ruritania expelled the Freedonian ambassador and other Freedonian consular staff, declaring them "
     "persona non grata.", {("RR", "FD", None)}),
])
def test_a_list_of_states_with_their_counts(text, want):
    assert asserted_events(text, state_mentions(text, WAVE_STATES)) == want


@pytest.mark.parametrize("text, want", [
    # "its" people are the mission's, and the mission's place names the state that sends them out
    ("The Freedonian consulate in Strelsau was ordered closed, and its diplomats were told to leave within "
     "72 hours.", {("RR", "FD", None)}),
    ("The Freedonian embassy in Ruritania was closed and its diplomats were expelled.", {("RR", "FD", None)}),
    ("Ruritania closed the Freedonian embassy and gave its diplomats ten days to leave.", {("RR", "FD", None)}),
    # a mission with no place: who sends them out is not said
    ("The Freedonian embassy was closed and its diplomats were expelled.", set()),
])
def test_the_people_of_a_mission_in_a_place(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # "the number of ... expelled" is a tally over time, not one expulsion
    ("The expulsions bring to 150 the number of Freedonian diplomats expelled from Ruritania this year.", set()),
    ("The number of Freedonian diplomats expelled from Ruritania this year rose to 150.", set()),
    # "a number of" is some people
    ("Ruritania expelled a number of Freedonian diplomats on Monday.", {("RR", "FD", None)}),
])
def test_a_tally_of_expulsions(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # a second infinitive under the order: "ordered to close their mission and leave"
    ("Freedonia's diplomats in Strelsau were ordered to close their mission and leave Ruritania within five days.",
     {("RR", "FD", None)}),
    ("The Ruritanian minister ordered an inquiry and then left for Freedonia.", set()),
    # counted staff coordinated with the envoy are his, as "his two aides" are
    ("Ruritania ordered the Freedonian military attache and two assistants out of the country.", {("RR", "FD", 3)}),
    ("Ruritania expelled the Freedonian ambassador and his two deputies.", {("RR", "FD", 3)}),
])
def test_more_orders_and_more_people(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # every expulsion of the story, its sum included, is of Freedonians: so are those whose people go unsaid,
    # and two states that expel three each are both read
    ("Ruritania, Lakonia and Estrovia have expelled a total of ten Freedonian diplomats. Ruritania expelled four "
     "diplomats, while Lakonia and Estrovia expelled three diplomats each.",
     {("RR", "FD", 4), ("LK", "FD", 3), ("ES", "FD", 3)}),
    # a story that tells of two states' people says nothing of whose these are
    ("Lakonia expelled ten Freedonian diplomats. Freedonia expelled ten Lakonian diplomats in return. "
     "Ruritania expelled four diplomats.", {("LK", "FD", 10), ("FD", "LK", 10)}),
])
def test_the_one_people_of_a_story(text, want):
    assert asserted_events(text, state_mentions(text, WAVE_STATES)) == want


@pytest.mark.parametrize("text, want", [
    # a share of the people is no headcount
    ("Ruritania has expelled half of the staff of the Freedonian high commission.", {("RR", "FD", None)}),
    ("Ruritania expelled most of the Freedonian diplomats.", {("RR", "FD", None)}),
    ("Ruritania expelled two of the Freedonian diplomats.", {("RR", "FD", 2)}),
    ("Ruritania expelled half a dozen Freedonian diplomats.", {("RR", "FD", 6)}),
])
def test_a_share_of_the_people(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # the talk of an expulsion is denied, not the expulsion
    ("I shall not dwell on Ruritania's expulsion of the 105 Freedonian officials, which the House has debated.",
     {("RR", "FD", 105)}),
    ("The Ruritanian ministry declined to comment on the expulsion of two Freedonian diplomats by Ruritania.",
     {("RR", "FD", 2)}),
    ("Ruritania did not order the expulsion of the Freedonian diplomats.", set()),
])
def test_talk_of_an_expulsion(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # idioms of expulsion (patterns/grammar.json expulsion_idioms), the person their indirect object or subject
    ("Ruritania gave the Freedonian consul his marching orders on Tuesday.", {("RR", "FD", 1)}),
    ("The Freedonian ambassador was shown the door by Ruritania last March.", {("RR", "FD", 1)}),
    ("Ruritania showed the Freedonian ambassador the door.", {("RR", "FD", 1)}),
    # no diplomat: no expulsion
    ("The Ruritanian coach was shown the door after the defeat.", set()),
    ("Ruritania gave its troops their marching orders.", set()),
])
def test_idioms_of_expulsion(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # who reacts to an expulsion did not do it
    ("Lakonia condemned the expulsion of 12 Freedonian diplomats.", set()),
    ("Estrovia joined Lakonia in condemning the expulsion of 12 Freedonian diplomats.", set()),
    # the one named as doing it still does
    ("Lakonia condemned the expulsion of 12 Freedonian diplomats by Ruritania.", {("RR", "FD", 12)}),
    ("Lakonia condemned Ruritania's expulsion of 12 Freedonian diplomats.", {("RR", "FD", 12)}),
    ("Lakonia announced the expulsion of 12 Freedonian diplomats.", {("LK", "FD", 12)}),
])
def test_a_reaction_to_an_expulsion(text, want):
    assert asserted_events(text, state_mentions(text, WAVE_STATES)) == want


@pytest.mark.parametrize("text, want", [
    # "no longer welcome", "not welcome": what "persona non grata" says, the denial the predicate's own
    ("Ruritania told the Freedonian ambassador he was no longer welcome in the country.", {("RR", "FD", 1)}),
    ("The Freedonian ambassador is no longer welcome in Ruritania, the Ruritanian foreign ministry said.",
     {("RR", "FD", 1)}),
    ("Ruritania said the Freedonian ambassador was not welcome.", {("RR", "FD", 1)}),
    # said of himself, of non-diplomats, denied, only possible, or welcome: no expulsion
    ("The Freedonian ambassador said he was not welcome at the meeting.", set()),
    ("Freedonian journalists are no longer welcome in Ruritania.", set()),
    ("Ruritania did not say the Freedonian ambassador was no longer welcome.", set()),
    ("Ruritania may tell the Freedonian ambassador he is no longer welcome.", set()),
    ("The Freedonian ambassador is welcome in Ruritania.", set()),
])
def test_no_longer_welcome(text, want):
    assert events(text) == want


@pytest.mark.parametrize("text, want", [
    # "the Baltic nation's", "the country's": the one state the sentence named as a place before
    ("Ruritania on Tuesday recalled its ambassador to Freedonia and expelled the Baltic nation's ambassador.",
     {("RR", "FD", 1)}),
    # a representative to a state is an envoy
    ("Ruritania on Tuesday recalled its ambassador to Freedonia and expelled the country's top representative "
     "to Strelsau.", {("RR", "FD", 1)}),
    ("Ruritania expelled two representatives to the talks.", set()),
])
def test_the_nation_named_as_a_place_before(text, want):
    assert events(text) == want


def test_a_state_named_kingdom_is_no_pointer_to_a_place():
    text = ("The Lakonian ministry summoned a representative of the Freedonian Embassy in Strelsau to inform them "
            "that the United Kingdom's defence attache had been declared persona non grata.")
    states = {**WAVE_STATES, "united kingdom": ("GB", "COUNTRY")}
    assert ("LK", "RR", 1) not in asserted_events(text, state_mentions(text, states))


@pytest.mark.parametrize("text, want", [
    # each state has one ambassador at its post: "the Lakonian ambassadors" of several states are one each
    ("Ruritania and Freedonia expelled the Lakonian ambassadors from their countries on Tuesday.",
     {("RR", "LK", 1), ("FD", "LK", 1)}),
    ("Ruritania, Freedonia and Estrovia announced the expulsion of the Lakonian ambassadors on Tuesday.",
     {("RR", "LK", 1), ("FD", "LK", 1), ("ES", "LK", 1)}),
    # a number on them is a sum of the two; diplomats of no one post are no one each
    ("Ruritania and Freedonia expelled four Lakonian ambassadors on Tuesday.", set()),
    ("Ruritania and Freedonia expelled the Lakonian diplomats on Tuesday.", {("RR", "LK", None), ("FD", "LK", None)}),
])
def test_the_ambassadors_of_several_states_are_one_each(text, want):
    assert asserted_events(text, state_mentions(text, WAVE_STATES)) == want


@pytest.mark.parametrize("text, want", [
    # "its" at the head of the next sentence is the state the sentence before is about
    ("Freedonia closed its embassy in Strelsau. Its ambassador, Ivan Petrov, who was declared persona non grata by "
     "Ruritania, left on Sunday.", {("RR", "FD", 1)}),
    ("Ruritania closed its embassy in Fredville on Monday. Freedonia declared its ambassador persona non grata.",
     {("FD", "RR", 1)}),
    # the state before is the one that acts: no one's people
    ("Ruritania closed its embassy in Fredville on Monday. Ruritania declared its ambassador persona non grata.",
     set()),
])
def test_its_envoy_after_a_sentence_about_a_state(text, want):
    assert asserted_events(text, state_mentions(text, {**WAVE_STATES, "fredville": ("FD", "CITY")})) == want
