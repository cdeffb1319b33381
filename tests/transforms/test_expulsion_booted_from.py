""""booted ... from the country" tells an expulsion as "booted out" does (sentences written for these tests); a
state booted from a body is none."""
from tests.expulsions_helpers import made_up_rows


def test_booted_from_the_country():
    assert ("RR", "FD", 12, "asserted") in made_up_rows("Ruritania booted 12 Freedonian diplomats from the country "
                                                        "on Monday.")


def test_a_state_booted_from_a_body_is_no_expulsion():
    assert made_up_rows("Freedonia was booted from the regional council on Monday.") == set()
