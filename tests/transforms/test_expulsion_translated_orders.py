"""Orders to leave in a translation's words and word order (sentences written for these tests): the patient after a
passive verb ("From Ruritania are expelled 12 Freedonian diplomats"), "abandon the country" for leaving it, the one
a span of time is given to after "to" ("gave to the ambassador 72 hours to leave"), and "72 hours for leave the
country" for "to leave". Time off, an abandoned plan and time given for something else stay nothing."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text, want", [
    ("From Ruritania are expelled 12 Freedonian diplomats.", ("RR", "FD", 12, "asserted")),
    ("Ruritania gave the Freedonian ambassador 72 hours to abandon the country.", ("RR", "FD", 1, "asserted")),
    ("Ruritania gave to the Freedonian ambassador 72 hours to leave the country.", ("RR", "FD", 1, "asserted")),
    ("Ruritania gave to the Freedonian ambassador 48 hours for leave the country.", ("RR", "FD", 1, "asserted")),
])
def test_a_translated_order_to_leave_is_read(text, want):
    assert want in made_up_rows(text)


@pytest.mark.parametrize("text", [
    "Freedonian diplomats in Ruritania get 30 days for leave each year.",
    "Ruritania urged Freedonian investors not to abandon the country.",
    "The Freedonian diplomats decided to abandon the plan.",
    "Ruritania gave to the Freedonian ambassador 72 hours to answer the note.",
])
def test_time_off_or_another_purpose_is_no_order_to_leave(text):
    assert not any(r[3] == "asserted" for r in made_up_rows(text))


def test_a_learner_s_form_of_deport_is_deport():
    assert ("RR", "FD", 3, "asserted") in made_up_rows("Ruritania has deportated three Freedonian diplomats.")
