"""A Korean or Taiwanese name the sources write as three words ("Park Chung Hee") is found in news that writes its
given syllables hyphenated ("Park Chung-hee"), even where the model takes it for no person ("The Chun Doo-hwan
government ..."); an English name of three words gets no such form (sentences written for these tests; the real
model and gazetteer)."""
from gazetteer.hyphenated_given_names import hyphenated_given_names
from gazetteer.model import Entity
from gazetteer.phrases import phrases_by_label
from tests.mention_helpers import linked_names


def person(name, country):
    return Entity(entity_id="t:" + name, canonical_name=name, entity_type="PERSON", country_code=country)


def test_a_name_before_the_word_for_its_government_is_found_and_linked(resolve):
    ms = resolve("SEOUL, June 3 (AP) - The Park Chung-hee administration declared martial law in the capital on "
                 "Wednesday after students marched against the talks with Tokyo.", "1964-06-04")
    assert linked_names(ms, "Park Chung-hee") == {"Park Chung Hee"}
    ms = resolve("The Chun Doo-hwan government ordered two Soviet correspondents to leave Seoul within a week.",
                 "1985-03-02")
    assert linked_names(ms, "Chun Doo-hwan") == {"Chun Doo Hwan"}


def test_the_hyphenated_form_with_a_capital_is_found_too(resolve):
    ms = resolve("The Chun Doo-Hwan regime ordered two Soviet correspondents to leave.", "1985-03-02")
    assert linked_names(ms, "Chun Doo-Hwan") == {"Chun Doo Hwan"}


def test_names_the_press_already_finds_keep_their_links(resolve):
    ms = resolve("North Korean leader Kim Il-sung received the Chinese delegation on Monday.", "1985-10-08")
    assert linked_names(ms, "Kim Il-sung") == {"Kim Il Sung"}


def test_only_people_of_states_that_write_the_family_name_first_get_the_form():
    assert hyphenated_given_names(person("Park Chung Hee", "KR")) == {"Park Chung-hee"}
    assert hyphenated_given_names(person("Chiang Kai Shek", "TW")) == {"Chiang Kai-shek"}
    assert hyphenated_given_names(person("Mary Anne Smith", "GB")) == set()      # an English name
    assert hyphenated_given_names(person("Nguyen Van Thieu", "VN")) == set()     # Vietnam writes no hyphen
    assert hyphenated_given_names(person("Kim Dae", "KR")) == set()              # two words: nothing to join
    assert hyphenated_given_names(person("Kpa Vkim Il Chol", "KP")) == set()     # four words


def test_an_english_compound_after_a_name_is_no_name(resolve):
    phrases = phrases_by_label([person("Mary Anne Smith", "GB"), person("Park Chung Hee", "KR")])["PERSON"]
    assert "Park Chung-hee" in phrases and "Mary Anne-smith" not in phrases
    ms = resolve("Roh said that the well-known left-wing groups would not join the march.", "1989-03-01")
    assert not [m for m in ms if "-" in m.text]
