"""A bare surname like that of a person the story names is his name garbled only where nothing says it is
another's (sentences written for these tests; the real model and gazetteer): a foreign style of the other sex
("M. Cheysson" beside "Mme. Cresson", "Mr. Cheysson" beside Edith Cresson) and a surname the sources give other
people ("Almeyda", the Almeidas' name, beside Salvador Allende) name someone else; a garble the sources give
no one ("Trash" for Liz Truss), a typo of his name and the same person under his own style still link."""

from tests.mention_helpers import linked_names, names


def test_a_foreign_style_of_the_other_sex_is_another_person(resolve):
    ms = resolve("PARIS, June 3 - M. Cheysson said talks with Algeria on gas prices would resume next week. "
                 "Mme. Cresson met farmers in Brittany.", "1991-06-04")
    assert linked_names(ms, "Cresson") == {"Edith Cresson"}
    assert "Edith Cresson" not in names(ms, "Cheysson")
    ms = resolve("PARIS, June 3 - Edith Cresson, the Agriculture Minister, met farmers in Brittany. "
                 "Mr. Cheysson said talks with Algeria would resume.", "1982-06-04")
    assert names(ms, "Edith Cresson") == {"Edith Cresson"}
    assert "Edith Cresson" not in names(ms, "Cheysson")


def test_a_surname_the_sources_give_others_is_no_garble(resolve):
    ms = resolve("SANTIAGO, Chile, May 5 - President Salvador Allende said Chile would buy the copper mines. "
                 "Almeyda told reporters the talks would go on.", "1971-05-06")
    assert linked_names(ms, "Salvador Allende") == {"Salvador Allende"}
    assert "Salvador Allende" not in names(ms, "Almeyda")


def test_garbles_typos_and_the_same_style_still_link(resolve):
    ms = resolve("Liz Truss said on Tuesday that sanctions on Moscow would stay. \"We will not blink,\" Trash added.",
                 "2022-04-07")
    assert names(ms, "Trash") == {"Liz Truss"}
    ms = resolve("SANTIAGO, May 5 - President Salvador Allende said Chile would buy the copper mines. "
                 "Alende told reporters the talks would go on.", "1971-05-06")
    assert names(ms, "Alende") == {"Salvador Allende"}
    ms = resolve("PARIS, June 3 - Prime Minister Edith Cresson met farmers in Brittany. Mme. Cresson promised "
                 "them help.", "1991-06-04")
    assert names(ms, "Cresson") == {"Edith Cresson"}
