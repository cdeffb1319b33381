"""People an article names alike are kept apart by what the text writes beside their names (sentences
written for these tests; the real model and gazetteer): a name that only looks like the president's (a
speaker's too, whose garbled names are allowed more) is no form of it when an office of its own is written
before it; of two men with one surname, a bare surname goes to the one given the same courtesy title ("Dr
Singh" after "Dr Mohan Singh"); a full name with a given name of its own is no holder of the office whose
name lacks it; a courtesy "Honourable" before a name is no part of it."""

from gazetteer.lookalike import names_compatible
from gazetteer.people import courtesy_title, strip_honorifics
from tests.mention_helpers import names


def at(mentions, start):
    return {m.canonical_name for m in mentions if m.start_char == start}


def linked(mentions, text):
    return {m.entity_id is not None for m in mentions if m.text == text}


def test_a_minister_is_no_garbled_form_of_the_president(resolve):
    ms = resolve("Ruritanian President Sukarmo announced on Tuesday that the border would close. "
                 "Ruritanian Foreign Minister Subandrio had declared on Monday that talks would go on.", "1963-03-06")
    assert names(ms, "Subandrio") == {"Subandrio"}


def test_a_name_like_the_presidents_with_an_office_of_its_own(resolve):
    ms = resolve("JAKARTA, June 2 (Reuters) - Indonesian President Suharto opened the conference on Monday. "
                 "Indonesian Foreign Minister Subroto had declared on Sunday that the talks would go on.", "1975-06-02")
    assert names(ms, "Subroto") == {"Subroto"}
    ms = resolve("Indonesian President Suharto opened the conference on Monday. President Suharto said the "
                 "talks would go on.", "1975-06-02")
    assert names(ms, "Suharto") == {"Suharto"}   # the same name with the same office


def test_the_same_courtesy_title_tells_two_namesakes_apart(resolve):
    text = ("Mr Rajan Singh met Dr Mohan Singh in Delhi on Monday. Dr Singh said the talks had gone well. "
            "\"We agreed on a timetable,\" Mr Singh said.")
    ms = resolve(text, "2005-09-20")
    assert at(ms, text.index("Dr Singh") + 3) == {"Mohan Singh"}
    assert at(ms, text.index("Mr Singh") + 3) == {"Rajan Singh"}
    assert courtesy_title("the Prime Minister, Dr ") == "dr" and courtesy_title("said Mister ") == "mr"
    assert courtesy_title("the minister ") is None


def test_a_given_name_of_its_own_is_another_man(resolve):
    assert not names_compatible("rana aftab khan", "rana muhammad farooq saeed khan")
    assert names_compatible("omar hassan al bashir", "omar hassan ahmad al bashir")   # a given name fewer
    assert names_compatible("andrei andreyevich gromyko", "andrei gromyko")
    ms = resolve("In Lahore, Law Minister Rana Aftab Khan said the provincial government would appeal.", "2013-11-29")
    assert linked(ms, "Rana Aftab Khan") == {False}


def test_honourable_is_no_part_of_the_name(resolve):
    assert strip_honorifics("Honorable Jeremiah Maneke") == "Jeremiah Maneke"
    ms = resolve("Prime Minister Honourable Manasseh Sogavare arrived in Honiara on Tuesday.", "2022-07-12")
    assert "Manasseh Sogavare" in names(ms, "Honourable Manasseh Sogavare") | names(ms, "Manasseh Sogavare")
