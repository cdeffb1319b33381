"""Weak people (staff, an employee, an official) named by an organisation of many states before their own noun ("a
Freedonian UN staff member", "two Freedonian United Nations employees") serve that organisation, not Freedonia: put
out, they are no state's diplomats (international_staff._named_by_body), as "a Freedonian employee of the United
Nations" already was. A nationality's own embassy staff, and a state's own mission to the organisation, stay as they
were. Sentences written for these tests."""
import pytest

from tests.expulsions_helpers import made_up_rows


@pytest.mark.parametrize("text", [
    "Ruritania declared a Freedonian UN staff member persona non grata.",
    "Ruritania expelled a Freedonian UN official.",
    "Ruritania expelled two Freedonian United Nations employees.",
    "Ruritania ordered three Freedonian UNICEF employees to leave the country.",
    "Ruritania declared a Freedonian OSCE staff member persona non grata.",
])
def test_staff_of_an_organisation_of_many_states_are_no_states_diplomats(text):
    assert not {r for r in made_up_rows(text) if r[3] == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled two Freedonian embassy staff members.", ("RR", "FD", 2, "asserted")),
    ("Ruritania expelled a Freedonian trade official.", ("RR", "FD", 1, "asserted")),
    ("Ruritania expelled two Freedonian diplomats accredited to the UN.", ("RR", "FD", 2, "asserted")),
])
def test_a_states_own_people_stay_its_diplomats(text, want):
    assert made_up_rows(text) == {want}
