"""A leader of a state that writes the family name first and names its people by it (China, Taiwan, the two
Koreas) is no one's "Rongji": the last word of "Zhu Rongji" is a given name, a piece of the full name, and
not a second mention inside it (gazetteer.phrases.leader_surnames). Vietnamese are named by the last word
("Phuc"), and Western leaders by their surname. Sentences written for these tests."""
from gazetteer.model import Entity, Role
from gazetteer.phrases import phrases_by_label


def texts(mentions) -> list:
    return [m.text for m in mentions]


def linked(mentions, text) -> set:
    return {m.canonical_name for m in mentions if m.text == text and m.entity_id and not m.entity_id.startswith("nn:")}


def test_a_chinese_premiers_given_name_is_no_mention_inside_his_name(resolve):
    ms = resolve("BEIJING, May 9 (Reuters) - Premier Zhu Rongji told visiting bankers that the yuan would not be "
                 "devalued. Zhu said the banks would be reformed first.", date="1999-05-10")
    assert "Rongji" not in texts(ms)
    assert texts(ms).count("Zhu Rongji") == 1
    assert linked(ms, "Zhu") == {"Zhu Rongji"}


def test_a_korean_presidents_given_name_is_no_mention_inside_his_name(resolve):
    ms = resolve("SEOUL, June 9 (AP) - President Moon Jae-in said he was ready to meet the North's leader "
                 "again. Moon spoke to reporters at the Blue House.", date="2019-06-10")
    assert [t for t in texts(ms) if "Jae" in t] == ["Moon Jae-in"]
    assert linked(ms, "Moon") == {"Moon Jae-in"}


def test_a_taiwanese_presidents_given_name_is_no_mention_inside_her_name(resolve):
    ms = resolve("TAIPEI, May 9 (Reuters) - President Tsai Ing-wen called for talks on trade. Tsai said the "
                 "island would not bow to pressure.", date="2017-05-10")
    assert [t for t in texts(ms) if "Ing" in t] == ["Tsai Ing-wen"]
    assert linked(ms, "Tsai") == {"Tsai Ing-wen"}


def test_a_vietnamese_leader_is_still_named_by_the_last_word(resolve):
    ms = resolve("HANOI, March 9 (Reuters) - Prime Minister Nguyen Xuan Phuc welcomed the trade envoys. Phuc said "
                 "the port would be opened to foreign ships.", date="2019-03-10")
    assert linked(ms, "Phuc") == {"Nguyễn Xuân Phúc"}


def test_a_western_leader_is_still_named_by_the_surname(resolve):
    ms = resolve("LONDON, May 9 (Reuters) - Prime Minister Tony Blair met Premier Zhu Rongji in Downing Street. "
                 "Blair and Zhu discussed steel quotas.", date="1999-05-10")
    assert linked(ms, "Blair") == {"Tony Blair"} and linked(ms, "Zhu") == {"Zhu Rongji"}
    assert "Rongji" not in texts(ms)


def test_which_word_of_a_leaders_name_the_recogniser_looks_for():
    def leader(name, country):
        return Entity(f"p:{name}", name, "PERSON", country, roles=[Role("head_of_government", "Premier", country)])
    phrases = set(phrases_by_label([leader("Quan Haoliang", "CN"), leader("Baek Minseo", "KR"),
                                    leader("Tran Duc Vinh", "VN"), leader("Ottokar Brenner", "DE")])["PERSON"])
    assert not phrases & {"Haoliang", "Minseo"}          # given names after the family name
    assert {"Vinh", "Brenner"} <= phrases                 # a Vietnamese is named by the last word; a German too
