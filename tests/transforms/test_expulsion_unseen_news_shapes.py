"""Shapes of unseen news that gave wrong asserted events: an expulsion named as the course not taken
("rather than expelling"), people denied by "no" on the subject of the verb that governs the trigger
("no diplomat had been asked to leave"), a call for a government to expel, "it" reported by a state the
parser hung a relative clause on, and a nationality of people in a story with no diplomats in it.
Made-up states, parsed by the real spaCy model."""
import pytest

from tests.transforms.test_expulsion_anaphora import STATES, asserted_events, state_mentions

MORE = dict(STATES, lakonia=("LK", "COUNTRY"), lakonian=("LK", "NORP"), estrovia=("ES", "COUNTRY"),
            estrovian=("ES", "NORP"), freedonians=("FD", "NORP"), ruritanians=("RR", "NORP"))


def events(text):
    return asserted_events(text, state_mentions(text, MORE))


@pytest.mark.parametrize("text", [
    "Lakonia and Estrovia have summoned the Freedonian ambassadors rather than expelling Freedonian staff.",
    "Lakonia summoned the Freedonian ambassador instead of expelling him.",
    "Ruritania said it would not expel anyone, and Lakonia has recalled its own envoy rather than expelling "
    "Freedonian staff.",
    "Ruritania said it would not expel anyone, citing its neutrality and its wish to keep channels to Strelsau open, "
    "and Lakonia and Estrovia have so far summoned Freedonian ambassadors or recalled their own envoys for "
    "consultations rather than expelling Freedonian staff.",
    "Lakonia chose a formal protest instead of the expulsion of the Freedonian ambassador.",
])
def test_an_expulsion_put_aside_for_another_course_is_not_done(text):
    assert events(text) == set()


def test_the_course_taken_beside_one_put_aside_stays_done():
    assert events("Ruritania expelled two Freedonian diplomats rather than the ambassador.") == {("RR", "FD", 2)}
    assert events("Ruritania, rather than waiting, expelled two Freedonian diplomats.") == {("RR", "FD", 2)}


@pytest.mark.parametrize("text", [
    "The Ruritanian ministry said Freedonian journalists were free to report and that no Freedonian diplomat had "
    "been asked to leave.",
    "The Ruritanian ministry said that no Freedonian diplomats had been ordered to leave the country.",
])
def test_no_diplomat_told_to_leave_is_no_expulsion(text):
    assert events(text) == set()


def test_a_call_for_a_government_to_expel_is_a_demand():
    assert events("Ruritania mourned its dead. There have been loud calls for the government to expel the Freedonian "
                  "ambassador.") == set()


def test_it_is_the_state_the_parser_hung_a_relative_clause_on():
    text = ("Estrovia said it was expelling eight Ruritanian diplomats. Freedonia, whose ambassador's residence in "
            "Strelsau was entered by Ruritanian soldiers who seized four Freedonians, had already announced on "
            "Saturday that it would expel Ruritania's military attache along with 26 Ruritanian military personnel.")
    got = events(text)
    assert ("ES", "RR", 8) in got and not any(e[0] == "ES" and e[2] != 8 for e in got)
    assert any(e[:2] == ("FD", "RR") for e in got)


def test_a_nationality_of_people_is_diplomats_only_in_a_story_of_diplomats():
    assert events("Ruritanian authorities began rounding up and deporting Freedonians living in the country "
                  "illegally.") == set()
    assert events("Ruritania expelled 105 Freedonians accused of spying.") == {("RR", "FD", 105)}
    assert events("Ruritania expelled four Freedonians. They had worked at the embassy.") == {("RR", "FD", 4)}
    assert events("Ruritania expelled 11 Freedonian officials. Freedonia ordered 11 Ruritanians out.") == \
        {("RR", "FD", 11), ("FD", "RR", 11)}
    # officials who speak are no people acted on
    assert events("Ruritanian officials began deporting Freedonians living in the country illegally.") == set()


@pytest.mark.parametrize("text, want", [
    # the people a relative clause with no object of its own is on
    ("Ruritania expelled 23 Freedonian diplomats. The 23 Freedonian diplomats we expelled have now left.",
     {("RR", "FD", 23)}),
    ("The Freedonian diplomats that Ruritania expelled last year have returned.", {("RR", "FD", None)}),
    # a past participle on the people ("given a week to leave"), also where the parser made it the verb
    ("The 23 Freedonian diplomats given a week to leave Ruritania by the prime minister make up the largest "
     "expulsion since 1971.", {("RR", "FD", 23)}),
    ("The Freedonian diplomats given 48 hours to leave by Ruritania have gone.", {("RR", "FD", None)}),
])
def test_the_people_a_clause_of_expulsion_is_on(text, want):
    assert events(text) == want


def test_a_relative_clause_with_its_own_object_is_not_on_the_noun():
    assert events("The Ruritanian minister who expelled two Freedonian diplomats has resigned.") == {("RR", "FD", 2)}


def test_an_expulsion_announced_in_a_with_clause_is_a_decision():
    assert events("On Sunday Ruritania became the fifth, with its foreign minister announcing that the Freedonian "
                  "ambassador would be expelled.") == {("RR", "FD", 1)}


def test_a_state_never_expels_its_own_people():
    # "its members" are the mission's, the other side of the story; "ordered its ambassador home" is a recall
    assert events("Ruritania ordered the 27 members of the Freedonian mission to leave. Ruritania expelled four of "
                  "its members last May.") == {("RR", "FD", 27), ("RR", "FD", 4)}
    assert events("Ruritania expelled two Freedonian diplomats. Ruritania ordered its ambassador home.") == \
        {("RR", "FD", 2)}


def test_a_state_that_demands_others_withdraw_their_envoys_from_its_territory_expels_them():
    assert events("The foreign minister said Ruritania was withdrawing its own diplomatic personnel from Freedonia, "
                  "Lakonia and Estrovia, and demanded that those governments immediately withdraw their "
                  "representatives from Ruritanian territory.") == {("RR", "FD", None), ("RR", "LK", None),
                                                                      ("RR", "ES", None)}


@pytest.mark.parametrize("text, want", [
    # a state has one top diplomat at a post, as it has one ambassador
    ("Ruritania declared the top diplomats of Freedonia and Lakonia persona non grata.",
     {("RR", "FD", 1), ("RR", "LK", 1)}),
    ("Ruritania expelled the top diplomats of Freedonia and Lakonia.", {("RR", "FD", 1), ("RR", "LK", 1)}),
    # senior diplomats are as many as there are
    ("Ruritania expelled the senior diplomats of Freedonia and Lakonia.", {("RR", "FD", None), ("RR", "LK", None)}),
    # a service attaché is one post, as an ambassador is
    ("On Saturday Ruritania expelled the military attaches of Freedonia and Lakonia, and gave them 24 hours to leave.",
     {("RR", "FD", 1), ("RR", "LK", 1)}),
    ("Ruritania expelled the attaches of Freedonia and Lakonia.", {("RR", "FD", None), ("RR", "LK", None)}),
])
def test_the_top_diplomats_of_several_states_are_one_each(text, want):
    assert events(text) == want



def test_an_envoy_and_other_nationals_are_his_staff():
    # (a first version read "23 other Iraqis" beside embassy staff as no diplomats, and lost these)
    assert events("The Freedonian government had ordered the expulsion of Ruritanian Ambassador Ivan Petrov and seven "
                  "other Ruritanians on Monday.") == {("FD", "RR", 8)}


@pytest.mark.parametrize("text, want", [
    # people never declare anyone persona non grata: where the parser made them the subject, they are declared
    ("The two Freedonian diplomats declared persona non grata by Ruritania left on Friday.", {("RR", "FD", 2)}),
    ("Two Freedonian diplomats declared persona non grata by Ruritania have left the country.", {("RR", "FD", 2)}),
    # a state in whose relative clause the declaring is told declares it, also inside a question put to another
    ("Asked whether Strelsau would follow Freedonia, which last month declared a Lakonian military attache persona "
     "non grata, the minister said each country decided for itself.", {("FD", "LK", 1)}),
    ("Freedonia, which last month declared two Lakonian diplomats persona non grata, has now expelled a third.",
     {("FD", "LK", 2)}),
])
def test_who_declares_and_who_is_declared_persona_non_grata(text, want):
    assert events(text) == want
