"""Missions named with a lower-case kind ("Russia's embassy in London", "Moscow's mission to London",
"the U.S. consulate in Yekaterinburg"): the sending state makes the mission, the name after "in/to"
its host (transforms/mission_spans.py, gazetteer/missions.py). Sentences written for these tests,
with the real model and gazetteer."""


def named(mentions, text):
    return {(m.canonical_name, m.acts_for) for m in mentions if m.text == text}


def test_a_state_s_embassy_in_a_city_is_that_state_s_mission_there(resolve):
    ms = resolve("Russia's embassy in London called the expulsions a provocation.", "2018-03-17")
    assert named(ms, "Russia's embassy") == {("Embassy of Russia, London", "RU")}
    assert named(ms, "Russia") == {("Russia", "RU")}   # the state is still named, inside the mission
    assert named(ms, "London") == {("London", "GB")}


def test_a_capital_s_mission_speaks_for_its_state(resolve):
    ms = resolve("Moscow's mission to London is the largest Soviet mission in the West.", "1971-09-24")
    assert named(ms, "Moscow's mission") == {("Mission of the Soviet Union, London", "SU")}   # of its time


def test_a_consulate_after_an_abbreviated_state(resolve):
    ms = resolve("Blinken said the U.S. consulate in Yekaterinburg would close.", "2021-04-23")
    assert named(ms, "U.S. consulate") == {("Consulate of the United States, Yekaterinburg", "US")}


def test_a_demonym_before_a_lower_case_embassy(resolve):
    ms = resolve("The Soviet embassy was told on Tuesday that three attaches must leave.", "1983-04-05")
    assert named(ms, "Soviet embassy") == {("Embassy of the Soviet Union", "SU")}


def test_the_capital_s_embassy_without_a_possessive_is_the_one_in_it(resolve):
    ms = resolve("Staff at the Moscow embassy were told to stay indoors.", "1985-09-16")
    assert not [m for m in ms if m.entity_type == "ORG"]   # whose embassy in Moscow, the text does not say
    assert named(ms, "Moscow") == {("Moscow", "SU")}   # in 1985 Moscow spoke for the Soviet Union


def test_a_mission_is_diplomatic_only_when_a_city_or_the_un_follows(resolve):
    ms = resolve("Russia's mission in Syria was a military one. Israel's mission to the UN protested.", "2016-01-01")
    assert not any(m.text.startswith("Russia's") for m in ms)
    assert named(ms, "Russia") == {("Russia", "RU")}
    assert named(ms, "Israel's mission") == {("Mission of Israel", "IL")}


def test_a_named_host_makes_its_own_mission(resolve):
    ms = resolve("Staff at the US Consulate General in Yekaterinburg were expelled. The agreement to open "
                 "the US Consulate General in St Petersburg was revoked.", "2018-03-29")
    assert named(ms, "US Consulate General") == {("Consulate General of the United States, Yekaterinburg", "US"),
                                                 ("Consulate General of the United States, Saint Petersburg", "US")}


def test_a_kind_the_model_took_for_a_body_joins_its_state(resolve):
    ms = resolve("Pakistan's High Commission in New Delhi protested on Tuesday.", "2020-06-16")
    assert named(ms, "Pakistan's High Commission") == {("High Commission of Pakistan, New Delhi", "PK")}


def test_a_missions_initials_in_brackets_stand_between_it_and_its_host(resolve):
    ms = resolve("A man climbed the wall of the Kenyan High Commission (KHC) in London on Friday, police said.",
                 "2019-05-03")
    assert named(ms, "Kenyan High Commission") == {("High Commission of Kenya, London", "KE")}
