""""the Central African nation kicked out the European nation's ambassador": "the" + a nationality + a kind of
state is how a story calls a state it names elsewhere, not a name. When the story never names the state of that
nationality ("Central African" is also the Central African Republic's, but the story is about Chad), the epithet
says nothing of who acts; a story that names that state keeps it, and so does a government or a minister of the
nationality. Sentences written for these tests."""
from tests.expulsions_helpers import made_up_rows


def test_an_epithet_of_a_state_the_story_never_names_does_not_act():
    text = ("Syldavia's ambassador to Freedonia has been expelled in a retaliatory move by Fredville after the "
            "Graustarkian nation kicked out the Freedonian ambassador last week.")
    got = made_up_rows(text)
    assert not any(actor == "GK" for actor, *_ in got)
    assert ("FD", "SV", 1, "asserted") in got


def test_an_epithet_alone_names_no_one_who_expels():
    assert not any(actor == "GK" and m == "asserted"
                   for actor, _, _, m in made_up_rows("The Graustarkian country expelled two Freedonian diplomats."))


def test_the_epithet_of_a_state_the_story_names_acts():
    text = ("Graustark summoned the Freedonian envoy on Monday. The Graustarkian nation then expelled two Freedonian "
            "diplomats.")
    assert ("GK", "FD", 2, "asserted") in made_up_rows(text)


def test_a_government_of_the_nationality_acts():
    assert ("GK", "FD", 2, "asserted") in made_up_rows("The Graustarkian government expelled two Freedonian diplomats.")
