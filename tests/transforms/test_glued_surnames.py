"""Two people's surnames glued by a hyphen or a slash ("NKOMO-MUGABE TALKS") are two names."""
from transforms.glued_surnames import glued_surnames
from transforms.records import RawMention, Sentence


def people(text, *names):
    return [RawMention(text.index(n), text.index(n) + len(n), n, "PERSON", 0, "ner", "") for n in names]


def added(text, mentions):
    return [m.text for m in glued_surnames(text, (Sentence(0, len(text)),), mentions)[len(mentions):]]


def test_two_surnames_glued_by_a_hyphen_or_a_slash_are_two_people():
    text = "TALAL-MARUN TALKS END. Omar Talal and Hadi Marun ended their talks without a deal."
    assert added(text, people(text, "Omar Talal", "Hadi Marun")) == ["TALAL", "MARUN"]
    text = "The Talal/Marun meeting was short, said Omar Talal, who met Hadi Marun for an hour."
    assert added(text, people(text, "Omar Talal", "Hadi Marun")) == ["Talal", "Marun"]


def test_the_added_names_know_their_place_in_the_sentence():
    text = "Omar Talal met Hadi Marun. The Talal-Marun talks failed."
    mentions = people(text, "Omar Talal", "Hadi Marun")
    new = glued_surnames(text, (Sentence(0, 26), Sentence(27, len(text))), mentions)[2:]
    assert [(m.start_char, m.end_char, m.sentence_index, m.context_before) for m in new] == \
        [(31, 36, 1, "The "), (37, 42, 1, "The Talal-")]
    assert new[1].word_after == "talks"


def test_a_double_surname_or_a_part_no_person_bears_stays_as_it_was():
    text = "President Felix Houphouet-Boigny met Omar Talal and Hadi Marun; the Talal-Okoro plan failed."
    mentions = people(text, "Felix Houphouet-Boigny", "Omar Talal", "Hadi Marun")
    assert added(text, mentions) == []
    text = "Talks with Miguel Diaz-Canel: Ana Diaz and Luis Canel attended."
    assert added(text, people(text, "Miguel Diaz-Canel", "Ana Diaz", "Luis Canel")) == []


def test_a_surname_only_named_alone_is_no_full_name():
    text = "TALAL-MARUN TALKS END. Talal and Marun ended their talks."
    assert added(text, people(text, "Talal", "Marun")) == []
