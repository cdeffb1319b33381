"""An apposition on the expelled people that names no more of them. The parser hangs the one who says it, after the
clause, on the people as an apposition ("Graustark expelled two Ruritanian diplomats, an ally of Freedonia said":
"an ally" the apposition of "diplomats", "said" with no subject), and a relation ("a rival of Freedonia",
lexicon.RELATION_NOUNS) is no person of the expelled kind: neither makes a second group of expelled people of the
state after its "of" (owners._skipped, speakers.speaker_in_apposition). An apposition that is the people, or people
of another state listed with them, still counts. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, count", [
    ("Graustark expelled two Ruritanian diplomats, an ally of Freedonia said.", 2),
    ("Graustark has expelled three Ruritanian diplomats, a close ally of Freedonia said on Tuesday.", 3),
    ("Graustark expelled two Ruritanian diplomats, a neighbour of Freedonia, said.", 2),
    ("Graustark expelled two Ruritanian diplomats, a critic of Freedonia told reporters.", 2),
    ("Graustark expelled two Ruritanian diplomats, a diplomat of Freedonia said.", 2),
    ("Graustark expelled two Ruritanian diplomats, a rival of Freedonia, on Monday.", 2),
])
def test_a_speaker_or_relation_in_apposition_is_no_second_group_of_expelled_people(text, count):
    assert made_up_rows(text) == {("GK", "RR", count, "asserted")}


@pytest.mark.parametrize("text", [
    "Graustark expelled two Ruritanian diplomats, a spokesman for Freedonia said.",
    "Graustark expelled two Ruritanian diplomats, the foreign ministry of Freedonia said.",
])
def test_other_speakers_after_the_clause_stay_no_group(text):
    assert made_up_rows(text) == {("GK", "RR", 2, "asserted")}


def test_the_people_in_apposition_still_count():
    assert made_up_rows("Graustark expelled the Freedonian ambassador, an old friend of the president.") == \
        {("GK", "FD", 1, "asserted")}
    assert {(a, b) for a, b, _, _ in made_up_rows(
        "Graustark expelled two diplomats, a counsellor and an attache of the Freedonian embassy.")} == {("GK", "FD")}


def test_people_of_another_state_listed_before_a_speaker_still_count():
    assert made_up_rows("Graustark expelled two Ruritanian diplomats and a Freedonian attache, an ally of Freedonia "
                        "said.") == {("GK", "RR", 2, "asserted"), ("GK", "FD", 1, "asserted")}
    assert made_up_rows("Graustark expelled two Ruritanian diplomats, a military attache of Freedonia and a "
                        "counsellor.") == {("GK", "RR", 2, "asserted"), ("GK", "FD", 1, "asserted")}
