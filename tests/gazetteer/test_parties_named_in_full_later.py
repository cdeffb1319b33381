"""A party named in full by a story after the last year its source saw it keeps its initials there.

Party Facts last saw the Bangladesh Nationalist Party in 2008; a 2024 story that introduces it as
"the Bangladesh Nationalist Party (BNP)" speaks of that party by "the BNP" too (the unit rules:
tests/transforms/test_short_forms_of_bodies_named_in_full.py).
"""


def test_a_party_introduced_with_its_initials_keeps_them_in_a_later_story(resolve):
    text = ("DHAKA, March 3 - Leaders of the Bangladesh Nationalist Party (BNP) met foreign envoys on Sunday. "
            "The BNP said it would take part in the election, and a BNP spokesman called for calm.")
    found = [m for m in resolve(text, date="2024-03-03") if m.text == "BNP"]
    assert found and all(m.entity_id == "Q496810" for m in found)

