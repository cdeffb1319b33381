"""The place an envoy is sent back or home to names whose envoy he is, where nothing else does: "sent the ambassador
back to Fredville" expels Freedonia's (own_envoys_home.home_sent_to, a rung of expelled_people's whose); a nationality
named stays the people's, and a state sending its own envoy back or home expels no one. Made-up articles parsed by the
project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("Ruritania sent the ambassador back to Fredville.", {("RR", "FD", 1, "asserted")}),
    ("Ruritania has sent the charge d'affaires back home to Freedonia.", {("RR", "FD", 1, "asserted")}),
    # the nationality named wins over the place
    ("Ruritania sent the Graustarkian ambassador back to Fredville.", {("RR", "GK", 1, "asserted")}),
])
def test_the_state_an_envoy_is_sent_back_to_is_his(text, want):
    assert made_up_rows(text) == want


@pytest.mark.parametrize("text", [
    "Ruritania sent the ambassador back to Strelsau.",   # its own capital: no other state named
    "Ruritania sent its ambassador back to Strelsau.",
])
def test_no_other_state_is_no_expulsion(text):
    assert made_up_rows(text) == set()


def test_a_deportee_sent_back_names_no_envoys_state():
    """Only a verb whose own particle it is ("send ... back", "order ... home") sends an envoy home: a person
    deported "from Freedonia back to Ruritania" is no Ruritanian envoy expelled."""
    assert made_up_rows("Freedonia declared a noted politician persona non grata after he tried to enter the border "
                        "zone with aid trucks. He was subsequently deported from Freedonia back to Ruritania.") == set()


def test_people_sent_back_who_are_no_envoys_name_no_state():
    """The place says whose envoy is sent home, not whose the people are: a bare number of people sent back (refugees,
    migrants) names no diplomat, even in a story that speaks of envoys."""
    assert made_up_rows("Rights groups said Ruritania caught more than 300 Freedonians entering the country illegally "
                        "in 2014. Of that group, Ruritania deported 173 mostly women and children to Graustark in 2015 "
                        "but sent 109, most of them men, back to Fredville days later. Strelsau said it could send "
                        "envoys to check on them.") == set()
