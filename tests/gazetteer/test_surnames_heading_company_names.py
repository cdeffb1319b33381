"""A known person's bare surname that the story writes at the head of a company's name is the company's
short name, unless the story names that person in full (sentences written for these tests; the real model
and gazetteer, through transforms/name_pieces.py)."""

from tests.mention_helpers import linked_names


def test_a_bare_surname_after_a_company_named_by_it_is_the_company(resolve):
    ms = resolve("HOUSTON, March 4 - Baker Drilling Corp said it would fight the Justice Department's consent "
                 "decree. The decree would require Baker to sell its pump business, and Baker said the terms were "
                 "unreasonable.", "1987-03-05")
    assert linked_names(ms, "Baker") == set()


def test_the_person_named_in_full_keeps_his_surname(resolve):
    ms = resolve("WASHINGTON, March 4 - White House chief of staff Howard Baker met Baker Drilling Corp "
                 "executives. Baker said the merger was a matter for the courts.", "1987-03-05")
    assert linked_names(ms, "Baker") == {"Howard Baker"}
