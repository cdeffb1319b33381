"""States named with counts of people whose nationality the sentence does not say ("Freedonia and Syldavia have
declared 40 and 35 diplomats persona non grata"), in a story whose every expulsion is of one state's people, expel
that state's people, each its own count, as one state with a count alone already does ("Freedonia has expelled 40
diplomats"). One person of no nationality told is no one's of the wave. Sentences written for these tests."""
from tests.expulsions_helpers import made_up_rows

WAVE = "Graustark expelled three Ruritanian diplomats on Monday. "


def test_each_state_of_a_respective_count_expels_the_waves_people():
    for second in ("Freedonia and Syldavia have declared 40 and 35 diplomats “persona non grata”.",
                   "Freedonia and Syldavia have expelled 40 and 35 diplomats."):
        got = made_up_rows(WAVE + second)
        assert ("FD", "RR", 40, "asserted") in got and ("SV", "RR", 35, "asserted") in got, second


def test_one_state_with_a_count_alone_still_expels_the_waves_people():
    assert ("FD", "RR", 40, "asserted") in made_up_rows(WAVE + "Freedonia has expelled 40 diplomats.")


def test_a_story_of_two_states_people_names_no_wave():
    text = ("Graustark expelled three Ruritanian diplomats and Strelsau expelled two Syldavian diplomats. Freedonia "
            "declared 40 diplomats persona non grata.")
    assert not any(actor == "FD" and m == "asserted" for actor, _, _, m in made_up_rows(text))
