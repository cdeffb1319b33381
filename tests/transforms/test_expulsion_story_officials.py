"""Plain counted "officials" a named state expels, in an article about diplomats ("The Ruritanian Government
expelled 105 officials" after Ruritania's expulsion of Freedonian diplomats): the story's other side's
diplomats. Not without a pair the story tells with that state, nor "party officials", officials "from the
ruling party", or in an article that names no diplomats. Made-up sentences about made-up states, parsed by the
project's real spaCy model."""
from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


def test_officials_of_the_story_other_side():
    assert asserted("Ruritania expelled 23 Freedonian diplomats in 2018. The largest expulsion happened in 1971. "
                    "The Ruritanian Government expelled 105 officials.") == {("RR", "FD", 23), ("RR", "FD", 105)}


def test_officials_beside_an_answer_in_one_sentence():
    assert asserted("Ruritania expelled 23 Freedonian diplomats in 2018. In 1971 Ruritania expelled 105 officials "
                    "and Freedonia sent 27 Ruritanian diplomats home.") == \
        {("RR", "FD", 23), ("RR", "FD", 105), ("FD", "RR", 27)}


def test_no_pair_told_no_expulsion():
    assert asserted("The largest expulsion of diplomats happened in 1971. The Ruritanian Government expelled 105 "
                    "officials.") == set()


def test_party_officials_are_no_diplomats():
    assert asserted("Ruritania expelled 23 Freedonian diplomats in 2018. The Ruritanian Government expelled 105 "
                    "party officials.") == {("RR", "FD", 23)}


def test_officials_from_a_party_are_no_diplomats():
    assert asserted("Ruritania expelled 23 Freedonian diplomats in 2018. The Ruritanian Government expelled 105 "
                    "officials from the ruling party.") == {("RR", "FD", 23)}
