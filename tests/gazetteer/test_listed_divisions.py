"""Names in a list closed by a division's plural ("... Oxford, Penobscot and Somerset counties"), or right before
its singular ("Santa Fe province"), are divisions: no town of the name, no person (transforms/listed_divisions.py).
Sentences written for these tests, with the real model and gazetteer."""
from transforms.listed_divisions import closed_by_division


def links(ms, text):
    return {(m.entity_id, m.country_code) for m in ms if m.text == text}


def after(text, name):
    return closed_by_division(text, text.index(name) + len(name))


def test_a_list_closed_by_a_division_word():
    text = "Bristol, Oxford, Kent and Somerset counties and Hubei and Hunan Provinces will get aid."
    assert all(after(text, n) for n in ("Bristol", "Oxford", "Kent", "Somerset", "Hubei", "Hunan"))
    assert after("the harvest in Santa Fe province rose", "Santa Fe")
    assert after("officials of Oxford County said", "Oxford")


def test_a_town_before_other_words_is_no_division():
    assert not after("storms hit Oxford and surrounding counties on Monday", "Oxford")
    assert not after("a plant in Toronto, Ontario province", "Toronto")   # the singular belongs to the last name
    assert not after("the Mackay and Burdekin regions", "Mackay")   # a town's region: left alone
    assert not after("banks in Oxford said the county would lose", "Oxford")
    assert not after("the Treasury and State departments held a meeting", "Treasury")   # ministries, no divisions


def test_the_towns_of_a_list_of_counties_are_unknown_places(resolve):
    ms = resolve("The governor said Cumberland, Oxford, Penobscot and Somerset counties of Freedonia would be "
                 "eligible for federal aid after the floods.", "1987-04-10")
    for name in ("Oxford", "Somerset"):
        assert {e for e, _ in links(ms, name)} == {None}, (name, [(m.text, m.entity_type, m.entity_id) for m in ms])
    assert {m.entity_type for m in ms if m.text in ("Oxford", "Somerset", "Penobscot")} <= {"OTHER"}


def test_a_town_outside_such_a_list_keeps_its_link(resolve):
    ms = resolve("Storms hit Oxford, Mississippi, and the counties around it on Monday, officials said.",
                 "1987-04-10")
    assert {c for _, c in links(ms, "Oxford")} == {"US"} and {e for e, _ in links(ms, "Oxford")} != {None}


def test_a_province_the_gazetteer_holds_keeps_its_link(resolve):
    ms = resolve("Floods in Guangdong and Fujian provinces cut China's rice crop, officials said.", "1987-04-10")
    assert {c for _, c in links(ms, "Guangdong")} == {"CN"} and {e for e, _ in links(ms, "Guangdong")} != {None}


def test_a_body_the_gazetteer_holds_keeps_its_link_before_a_division_word(resolve):
    ms = resolve("Paul Luyten is in charge of EC provinces of trade policy in Brussels, the spokesman said.",
                 "1987-04-10")
    assert {e for e, _ in links(ms, "EC")} != {None}, [(m.text, m.entity_type, m.entity_id) for m in ms]
    assert {m.entity_type for m in ms if m.text == "EC"} == {"ORG"}
