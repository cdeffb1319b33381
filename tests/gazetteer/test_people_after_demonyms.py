"""A nationality run into a person's name is a nationality and a person, not a body
(transforms/people_after_demonyms.py), with the real model and gazetteer."""


def texts(ms, etype):
    return {m.text for m in ms if m.entity_type == etype}


def test_people_named_by_their_nationality_are_people(resolve):
    ms = resolve("ASUNCION, March 20 - Argentina's foreign minister pressed for progress, while his peers, the "
                 "Brazilian Ernesto Araújo and the Uruguayan Francisco Bustillo, were more open.", date="2021-03-20")
    assert {"Ernesto Araújo", "Francisco Bustillo"} <= texts(ms, "PERSON"), [(m.text, m.entity_type) for m in ms]
    assert not any(m.text.startswith(("Brazilian ", "Uruguayan ")) for m in ms)
    assert {("Brazilian", "BR"), ("Uruguayan", "UY")} <= {(m.text, m.country_code) for m in ms}


def test_bodies_named_after_a_nationality_stay_bodies(resolve):
    ms = resolve("The Russian Orthodox Church and the Brazilian Workers Party objected, as did the Pakistani "
                 "Air Force.", date="2021-03-20")
    assert not texts(ms, "PERSON") & {"Orthodox Church", "Workers Party", "Air Force"}
