"""A headline in capitals with a bare number over the story ("13 EXPELLED FROM RURITANIA" on a line of its own): the
state they are expelled from expels them, as many as the headline says, and whose they are is the one state whose
diplomatic people the sentence under it names ("... accused members of the Freedonian embassy of spying"). A story
that names no diplomats, or diplomats of two states, or people who are no diplomats, gives no event rather than a
guess; students or party members in the headline are none either. The headline is a unit of its own even with a
single line break under it. Made-up stories about made-up states, read with the project's spaCy model."""
import pytest

from tests.expulsions_helpers import MADE_UP, made_up_events

NAMES = {**MADE_UP, "RURITANIA": ("RR", "COUNTRY", True)}


def asserted(text):
    # the splitter of a feed: one sentence up to each full stop, the headline line joined to the one under it
    return {(e.expelling_country, e.expelled_country, e.count) for e in
            made_up_events(text, "1985-05-01", names=NAMES) if e.modality == "asserted"}


HEAD = "13 EXPELLED FROM RURITANIA\n"


@pytest.mark.parametrize("body", [
    "STRELSAU, May 1 - The Ruritanian government on Friday accused members of the Freedonian embassy of spying.",
    "The Ruritanian government on Friday accused members of the Freedonian embassy of spying, officials said.",
    "The Ruritanian government said the Freedonian diplomats had been spying.",
])
def test_a_headline_count_takes_the_people_the_story_names(body):
    assert asserted(HEAD + body) == {("RR", "FD", 13)}


@pytest.mark.parametrize("text", [
    HEAD + "The Ruritanian government on Friday announced new rules for foreign workers.",
    HEAD + "The Ruritanian government accused members of the Freedonian and Graustarkian embassies of spying.",
    HEAD + "The Ruritanian government on Friday accused 13 people of spying.",
    "13 STUDENTS EXPELLED FROM RURITANIA\nThe Ruritanian government accused Freedonian students of rioting.",
    "13 EXPELLED FROM PARTY\nThe Ruritanian ruling party on Friday expelled 13 members for corruption.",
    "13 EXPELLED FROM RURITANIAN PARTY\nThe ruling party accused members of the Freedonian embassy of funding them.",
])
def test_a_headline_count_with_no_one_state_of_diplomats_under_it_is_no_event(text):
    assert asserted(text) == set()
