""""A spokesperson for the Ruritanian intelligence service said that the country had expelled two persons accredited
to the Freedonian embassy": the speaker speaks for the state the body after "for" is of, and "the country" in what
the speaker reports, with no state told before it, is that state; people "accredited to" an embassy are its
people. Made-up sentences about made-up states, parsed by the project's real spaCy model."""
from tests.expulsions_helpers import made_up_rows


def rows(text):
    return made_up_rows(text, "2019-01-12", sentence=r".+")


def test_the_country_a_spokesperson_for_a_body_reports_on_is_the_body_s_state():
    text = ("A spokesperson for the Ruritanian intelligence service on Friday said that the country had expelled two "
            "persons accredited to the Freedonian embassy but refused to provide any further information.")
    assert ("RR", "FD", 2, "asserted") in rows(text)


def test_people_accredited_to_an_embassy_are_its_state_s():
    assert rows("Ruritania expelled two persons accredited to the Freedonian embassy.") == {("RR", "FD", 2, "asserted")}


def test_a_spokesperson_for_the_other_side_gives_no_event_of_a_state_expelling_its_own():
    text = ("A spokesperson for the Freedonian embassy said that the country had expelled two persons accredited to "
            "the Freedonian embassy.")
    assert not {r for r in rows(text) if r[3] == "asserted" and r[0] == r[1]}
