"""A dateline's agency in parentheses is a name of its own, not the start of the lead's first name
(transforms/name_spans.py, glue_pieces). A sentence written for this test, with the real model and gazetteer."""


def test_the_agency_and_the_state_after_it_are_two_names(resolve):
    ms = resolve("BEIJING, July 24 (Xinhua) - China ordered the closure of the U.S. consulate in Chengdu.", "2020-07-24")
    assert {(m.text, m.canonical_name) for m in ms} >= {("Xinhua", "Xinhua News Agency"), ("China", "China")}
    assert not [m for m in ms if ")" in m.text]
