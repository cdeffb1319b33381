"""A body named after a state, told of a date before that state stood on its own, is the body of the
state of the time: "the Russian Foreign Ministry" in 1980 is the Soviet one (sentences written for
these tests)."""


def named(mentions, text):
    return {(m.canonical_name, m.country_code) for m in mentions if m.text == text}


def test_a_soviet_era_russian_ministry_is_the_soviet_ministry(resolve):
    ms = resolve("The Russian Foreign Ministry protested on Monday against the arrest of a trade official "
                 "in Oslo.", "1980-05-05")
    assert named(ms, "Russian Foreign Ministry") == {("Ministry of Foreign Affairs of the Soviet Union", "SU")}


def test_the_bare_ministry_of_a_moscow_dateline_before_1992(resolve):
    ms = resolve("MOSCOW, May 3 - The Foreign Ministry summoned the Norwegian ambassador on Monday. The Foreign "
                 "Ministry said the meeting was routine.", "1976-05-03")
    assert named(ms, "Foreign Ministry") == {("Ministry of Foreign Affairs of the Soviet Union", "SU")}


def test_a_czech_government_before_1993_is_czechoslovakia_s(resolve):
    ms = resolve("The Czech government said two British diplomats had been ordered to leave Prague.", "1985-05-03")
    assert named(ms, "Czech government") == {("Government of Czechoslovakia", "CS")}


def test_after_the_dissolution_the_body_is_the_successor_s_and_the_kremlin_keeps_its_name(resolve):
    ms = resolve("The Russian Foreign Ministry protested on Monday. The Kremlin said nothing.", "2005-05-03")
    assert named(ms, "Russian Foreign Ministry") == {("Ministry of Foreign Affairs of Russia", "RU")}
    old = resolve("The Kremlin said nothing.", "1984-05-03")
    assert {m.canonical_name for m in old if m.text == "Kremlin"} == {"Kremlin"}


def test_a_person_of_a_soviet_republic_is_soviet_before_1992_and_the_republic_keeps_its_name(resolve):
    ms = resolve("The KGB chief was expelled. In Moscow, Foreign Minister Eduard Shevardnadze protested and "
                 "Georgia's party leaders agreed.", "1985-09-14")
    assert {m.country_code for m in ms if m.text == "Eduard Shevardnadze"} == {"SU"}
    assert {m.country_code for m in ms if m.text == "Georgia"} <= {"GE", "US"}   # a place stays a place
    later = resolve("In Tbilisi, President Eduard Shevardnadze protested.", "2001-09-14")
    assert {m.country_code for m in later if m.text == "Eduard Shevardnadze"} == {"GE"}


def test_a_mission_of_a_state_before_its_own_days_is_the_predecessor_s(resolve):
    ms = resolve("LONDON - Britain expelled 90 officials of the Soviet Embassy in London. The Russian embassy "
                 "in Paris said nothing.", "1971-09-25")
    assert named(ms, "Soviet Embassy") == {("Embassy of the Soviet Union, London", "SU")}
    assert named(ms, "Russian embassy") == {("Embassy of the Soviet Union, Paris", "SU")}
    later = resolve("The Russian embassy in Paris said nothing.", "2011-09-25")
    assert named(later, "Russian embassy") == {("Embassy of Russia, Paris", "RU")}
