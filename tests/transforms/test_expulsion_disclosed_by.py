""""The Ruritanian Ministry disclosed that it had ordered six Freedonian diplomats to leave": a verb of disclosure
("disclosed", "revealed", "acknowledged", "admitted") reports its clause as "said" does, so "it" is the ministry
that discloses. Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("verb", ["disclosed", "revealed", "acknowledged", "admitted"])
def test_the_pronoun_after_a_verb_of_disclosure_is_the_body_that_discloses(verb):
    text = (f"The Ruritanian Ministry for External Relations {verb} that it had ordered six Freedonian diplomats to "
            "leave, not three as previously announced, in an action that led to the retaliatory ouster of six "
            "Ruritanian diplomats.")
    rows = made_up_rows(text, "1987-04-06", sentence=r".+")
    assert ("RR", "FD", 6, "asserted") in rows
