"""A request that someone "should be withdrawn from the Ruritanian Embassy": the mission the people are withdrawn
from says whose they are, as it does for "expelled from the X embassy" (Hansard's "we have today asked that an
Assistant Naval Attaché should be withdrawn from the Soviet Embassy in London"). A state withdrawing someone
from its own embassy, or a withdrawal no one asks for, stays no expulsion. Made-up sentences about made-up
states, parsed by the project's real spaCy model."""
from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


def test_asked_that_an_attache_should_be_withdrawn_from_their_embassy():
    assert asserted("Freedonia has today asked that an Assistant Naval Attaché should be withdrawn from the "
                    "Ruritanian Embassy in Fredville.") == {("FD", "RR", 1)}


def test_asked_that_an_attache_be_withdrawn_from_their_embassy():
    assert asserted("Freedonia asked that an attaché be withdrawn from the Ruritanian Embassy.") == {("FD", "RR", 1)}


def test_withdrawn_by_no_one_named_is_no_expulsion():
    assert asserted("Ruritania said an attaché was withdrawn from the Ruritanian Embassy in Fredville.") == set()


def test_withdrawing_from_its_own_embassy_is_a_recall():
    assert asserted("Ruritania withdrew an attaché from the Ruritanian Embassy in Fredville.") == set()


def test_we_are_the_state_the_people_serve_in():
    """"we" with no state the document speaks for: the state the people serve in, as the mission's city says."""
    assert asserted("Freedonia protested to Ruritania. For our part, we have today asked that an Assistant Naval "
                    "Attaché should be withdrawn from the Ruritanian Embassy in Fredville.") == {("FD", "RR", 1)}
    assert asserted("We expelled two Ruritanian diplomats from the Ruritanian Embassy in Fredville.") == \
        {("FD", "RR", 2)}


def test_we_with_no_place_stay_unknown():
    assert asserted("We have asked that two Ruritanian diplomats be withdrawn.") == set()
