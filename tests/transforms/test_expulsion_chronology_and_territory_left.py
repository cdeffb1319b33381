"""Two shapes of ministry statements and fact boxes (sentences written for these tests). A chronology's dated lines
("2006: Freedonia expels four Ruritanian diplomats", "2015 - ...") are separate expulsions even with the same
states and number: the line's own year is written, as "in 2015" is. And a diplomat "declared persona non grata and
urged to leave Ruritanian territory" is expelled by the state whose territory he must leave."""
import pytest

from tests.expulsions_helpers import made_up_events, made_up_rows

LINES = r"[^.\n]+[.\n]"


@pytest.mark.parametrize("mark", [":", " -", " \u2013"])
def test_each_dated_line_of_a_chronology_is_its_own_expulsion(mark):
    text = (f"Past orders\n\n2006{mark} Freedonia expels four Ruritanian diplomats after a murder\n\n"
            f"2015{mark} Freedonia expels four Ruritanian diplomats after a visa row\n")
    events = made_up_events(text, "2018-03-15", LINES)
    assert sorted(e.event_year for e in events if (e.expelling_country, e.expelled_country, e.count) ==
                  ("FD", "RR", 4)) == [2006, 2015]


def test_the_same_expulsion_told_again_stays_one():
    events = made_up_events("Freedonia expelled four Ruritanian diplomats on Monday. The four Ruritanian diplomats "
                            "were expelled by Freedonia after the 2015 row.", "2018-03-15")
    assert len([e for e in events if e.modality == "asserted"]) == 1


def test_the_territory_left_names_who_declared_the_diplomat_persona_non_grata():
    assert ("RR", "FD", 1, "asserted") in made_up_rows(
        "The Freedonian charge d'affaires was declared persona non grata and urged to leave Ruritanian territory.")


def test_a_place_left_by_one_not_told_to_go_names_no_one():
    rows = made_up_rows("The Freedonian charge d'affaires was declared persona non grata, and Graustark urged "
                        "him to leave Ruritanian territory.")
    assert ("RR", "FD", 1, "asserted") not in rows
