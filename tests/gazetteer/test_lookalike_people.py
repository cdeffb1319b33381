"""A person is not linked to a lookalike the article or the gazetteer names: another surname that is
merely similar, a title of the other sex, a relative who shares the surname. Sentences written for these tests."""
import pytest

from gazetteer.title_sexes import titles_of_other_sex
from gazetteer.person_match import bare_name_forms, coref_similarity, surname_in_office


@pytest.fixture(scope="module")
def setup(resolve):
    return resolve.resolver.gaz, resolve


def links(mentions, text):
    found = [m for m in mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in mentions]}"
    return {m.canonical_name for m in found if m.entity_id is not None}


def test_a_known_surname_is_no_garbled_form_of_a_similar_one(setup):
    gaz, resolve = setup
    assert bare_name_forms("reagans") == ("reagans", "reagan") and bare_name_forms("reagan") == ("reagan",)
    assert surname_in_office("reagan", gaz.surname_index, "1987-02-28")
    assert not surname_in_office("reagan", gaz.surname_index, "1995-06-01")   # no one of the name in office then
    ms = resolve("The U.S. White House chief of staff, Donald Regan, left his post on Friday. "
                 "Reagan thanked his aide for six years of loyal service.", "1987-02-28")
    assert "Donald Regan" not in links(ms, "Reagan")
    ms = resolve("The U.S. White House chief of staff, Donald Regan, left his post on Friday. "
                 "The Reagans' friends said the President accepted it.", "1987-02-28")
    assert "Donald Regan" not in links(ms, "Reagans")


def test_a_relative_with_another_given_name_is_not_the_person():
    forms = {"sali berisha", "berisha"}
    assert coref_similarity("liri berisha", forms) == 0.0
    assert coref_similarity("sali berisha", forms) == pytest.approx(1.0)
    assert coref_similarity("berisha", forms) == pytest.approx(1.0)


def test_a_wife_named_after_her_husband_is_not_linked_to_him(setup):
    _, resolve = setup
    ms = resolve("The former Albanian prime minister Sali Berisha denied the charges on Monday. "
                 "Berisha, his wife, Liri Berisha, and their son may not travel to the United States.", "2021-05-20")
    assert "Sali Berisha" in links(ms, "Sali Berisha")
    assert "Sali Berisha" not in links(ms, "Liri Berisha")


def test_a_lord_is_not_a_baroness_of_the_same_name(setup):
    gaz, resolve = setup
    baroness = [e for e in gaz.surname_index.get("young", []) if any(n.startswith("Baroness") for n in e.names())]
    assert baroness
    assert titles_of_other_sex("the trade minister, Lord ", baroness[0])
    assert not titles_of_other_sex("the leader of the Lords, Baroness ", baroness[0])
    assert not titles_of_other_sex("the minister ", baroness[0])
    ms = resolve("Lord Young, the Employment Secretary, told Parliament that British unemployment fell "
                 "again in March.", "1987-04-16")
    assert not any("Baroness" in n for n in links(ms, "Young"))


def test_a_title_of_the_other_sex_is_not_the_person_named_before(setup):
    from gazetteer.title_sexes import of_other_sex
    assert of_other_sex("the widow, Mrs. ", ["the defendant, Mr. "], None)
    assert not of_other_sex("later Mr. ", ["the defendant, Mr. "], None)
    assert not of_other_sex("later ", ["the defendant, Mr. "], None)
    _, resolve = setup
    ms = resolve("Mr. Tomas Kovalczyk, a farmer, was charged with fraud on Monday in Gdansk. "
                 "Mrs. Kovalczyk told reporters she would stand by him.", "2021-05-20")
    wife = [m for m in ms if m.text == "Kovalczyk"]
    assert wife and all(m.canonical_name != "Tomas Kovalczyk" for m in wife)
