"""A note that lists people as persona non grata declares them, as a translated ministry statement tells it
(patterns/grammar.json declare_verbs: "list"; sentences written for these tests): the ambassador who is
handed the note is not the one declared, and a thing listed as unacceptable is no one."""
from tests.expulsions_helpers import made_up_rows


def test_a_note_listing_people_as_persona_non_grata_declares_them():
    text = ("Ruritania handed the Freedonian ambassador a note listing six employees of the Freedonian embassy as "
            "persona non grata.")
    assert made_up_rows(text) == {("RR", "FD", 6, "asserted")}


def test_a_thing_listed_as_unacceptable_is_no_one():
    assert made_up_rows("The Ruritanian ministry listed the Freedonian proposal as unacceptable.") == set()
