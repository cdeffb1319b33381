"""An Arabic name the model cuts at its dynastic particles is one name (transforms/dynastic_names.py).
Names made up for these tests."""
from transforms.dynastic_names import join_dynastic_names
from transforms.records import RawMention


def mention(text: str, name: str, label: str = "PERSON", origin: str = "ner") -> RawMention:
    start = text.index(name)
    return RawMention(start, start + len(name), name, label, 0, origin, text[max(0, start - 80):start], False, "")


def names(text: str, *pieces) -> list:
    return [m.text for m in join_dynastic_names(text, [mention(text, *p) if isinstance(p, tuple) else mention(text, p)
                                                       for p in pieces])]


def test_a_name_the_next_piece_goes_on_with_bin_is_one_name():
    text = "The session was chaired by Sheikh Rashid bin Khalifa bin Hamad Al-Qandari, who spoke first."
    assert names(text, "Rashid bin Khalifa", "bin Hamad Al-Qandari") == ["Rashid bin Khalifa bin Hamad Al-Qandari"]


def test_a_name_ending_in_al_takes_the_family_word_after_it():
    text = "His Excellency Shaikh Nasser Abdullah Al Jaber Al Qandar,\nMinister of Foreign Affairs"
    assert names(text, "Nasser Abdullah Al Jaber Al") == ["Nasser Abdullah Al Jaber Al Qandar"]


def test_other_neighbours_stay_apart():
    text = "Talks between Rashid Khalifa and Bin Laden's heirs; Omar Al said nothing."
    assert names(text, "Rashid Khalifa", "Omar Al") == ["Rashid Khalifa", "Omar Al"]
    text = "He met Rashid bin Khalifa, bin Hamad's son, in Doha."
    assert names(text, "Rashid bin Khalifa", "bin Hamad") == ["Rashid bin Khalifa", "bin Hamad"]   # a comma between
    text = "Sheikh Rashid bin Khalifa bin Hamad Al-Qandari spoke."
    assert names(text, "Rashid bin Khalifa", ("bin Hamad Al-Qandari", "ORG")) == ["Rashid bin Khalifa",
                                                                                  "bin Hamad Al-Qandari"]
