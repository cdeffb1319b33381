"""A body of a state the story names by nothing else, found only by a name like its own, in a story clearly
about another state, is unknown, and so is its name inside the longer one (sentences written for these tests)."""


def linked(mentions, canonical):
    return [m.text for m in mentions if m.canonical_name == canonical]


def test_another_citys_police_is_no_london_police(resolve):
    ms = resolve("TOKYO, May 29 - Tokyo's Metropolitan Police Department asked the Chinese embassy to hand over "
                 "a first secretary suspected of spying, Japanese officials said.", "2012-05-29")
    assert linked(ms, "Metropolitan Police Service") == []


def test_in_a_london_story_the_police_stays_londons(resolve):
    ms = resolve("LONDON, July 6 - The Metropolitan Police said on Friday that two men had been arrested at "
                 "Stansted after a Nigerian exile was found in a crate.", "1984-07-06")
    assert linked(ms, "Metropolitan Police Service") == ["Metropolitan Police"]
