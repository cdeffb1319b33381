"""A body's initials written with a stop after each letter, the last stop left out ("members of S.E.A.T.O"), are
the body, even where the model read them as a person: a word of stopped capitals is no one's surname
(transforms/gazetteer_matcher.dotted_acronyms, gazetteer/resolver.py). Sentences written for these tests, with the
real model and gazetteer."""


def test_stopped_capitals_without_the_last_stop_are_the_body(resolve):
    ms = resolve("BANGKOK - Members of S.E.A.T.O said on Monday the treaty would hold, and Thailand asked for "
                 "more aid.", "1965-03-01")
    assert {(m.canonical_name, m.entity_type) for m in ms if m.text == "S.E.A.T.O"} == {("SEATO", "ORG")}
    ms = resolve("BANGKOK - The S.E.A.T.O. council met on Monday.", "1965-03-01")
    assert {(m.canonical_name, m.entity_type) for m in ms if m.text == "S.E.A.T.O."} == {("SEATO", "ORG")}
