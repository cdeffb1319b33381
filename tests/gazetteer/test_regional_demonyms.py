"""A people's name widened to a region's by the word before it names no state: "Latin American debtors",
"the Inter-American Development Bank" and "South American producers" are of the Americas, not of the
United States, also where a wrapped line parts the two words; "American officials" keep their state."""
import pytest

US = "Q30"


def _linked_to_us(mentions):
    return [m.text for m in mentions if m.entity_id == US]


@pytest.mark.parametrize("text", [
    "WASHINGTON, March 20 - Treasury Secretary James Baker said any debt forgiveness for major Latin\n"
    "American debtor nations might damage the world economy.",
    "MIAMI, March 20 - Bankers met on the eve of the annual meeting here of the Inter-American Development Bank.",
    "MIAMI, March 20 - Bankers met on the eve of the annual meeting of the Inter-\nAmerican Development Bank.",
    "CARACAS, March 20 - Venezuela and other South\nAmerican producers met in Caracas on Friday.",
    "GENEVA, March 20 - Delegates to the Pan-American Health Organization met on Friday.",
])
def test_a_demonym_widened_to_a_region_names_no_state(resolve, text):
    assert _linked_to_us(resolve(text, date="1987-03-20")) == []


def test_the_widened_name_is_read_whole_and_left_unknown(resolve):
    mentions = resolve("WASHINGTON, March 20 - Baker said major Latin\nAmerican debtor nations would gain.",
                       date="1987-03-20")
    (region,) = [m for m in mentions if "American" in m.text]
    assert region.text == "Latin\nAmerican" and (region.entity_id is None or region.entity_id.startswith("nn:"))


@pytest.mark.parametrize("text,american", [
    ("WASHINGTON, March 20 - American officials said the Latin debtors would be heard.", "American"),
    ("LONDON, March 20 - Anglo-American talks on the debt ended on Friday.", "American"),
    ("MIAMI, March 20 - The Latin nations and the American delegation agreed on Friday.", "American"),
])
def test_the_state_s_own_people_keep_their_state(resolve, text, american):
    assert american in _linked_to_us(resolve(text, date="1987-03-20"))
