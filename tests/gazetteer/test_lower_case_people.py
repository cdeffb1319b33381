"""A word in lower case the model takes for a person's name is no person: "bush fires of confrontation" in a
story of 1987 that names the United States is no George Bush; "Bush said" and "de Klerk" keep theirs."""
BUSH = "phoenix:b16332605bdf"   # George Bush, the vice-president of 1987


def test_a_common_word_in_lower_case_is_no_person(resolve):
    text = ('WELLINGTON, March 20 - Trade Minister Mike Moore said the talks were preventing "bush fires of '
            'confrontation while we proceed with orderly negotiations." U.S. Trade Representative Clayton '
            'Yeutter will attend.')
    mentions = resolve(text, date="1987-03-20")
    assert [m.text for m in mentions if m.text.lower() == "bush"] == []
    assert "Mike Moore" in {m.text for m in mentions if m.entity_id}


def test_a_lower_case_word_lends_no_name_to_the_person_of_that_name(resolve):
    text = ('WASHINGTON, March 20 - Farmers fought bush fires in Texas on Friday. Vice President George Bush '
            'said on Friday that aid would come, and Bush flew to Austin.')
    mentions = resolve(text, date="1987-03-20")
    assert {m.entity_id for m in mentions if m.text == "Bush"} == {BUSH}
    assert [m.text for m in mentions if m.text == "bush"] == []


def test_names_with_a_capital_stay_people(resolve):
    text = "PRETORIA, March 20 - President F.W. de Klerk met Nelson Mandela, and de Klerk said talks would go on."
    mentions = resolve(text, date="1990-03-20")
    assert any(m.text == "de Klerk" and m.entity_id and not m.entity_id.startswith("nn:") for m in mentions)


def test_a_name_in_a_passage_the_wire_lower_cased_stays_a_person(resolve):
    text = ("the sharp fall in coffee prices will not affect colombia's credit situation, finance minister cesar "
            "gaviria told reporters.\n    Gaviria said the decline could cost 1.5 billion dlrs in revenues.")
    mentions = resolve(text, date="1987-03-20")
    linked = {m.text: m.entity_id for m in mentions if m.entity_id and not m.entity_id.startswith("nn:")}
    assert "cesar gaviria" in linked
