"""A name with one word grown longer at its end is another name, not a misspelling: "Southern Africa" is no
South Africa, the "Parana River" no Para River; and a place whose name says another kind of place is another
place: the "Mississippi Valley" is no Mississippi River (sentences written for these tests; the real model
and gazetteer). A misspelling that changes letters still links ("Okalhoma City", "Missisippi River"), and so
does a code's stem."""

from gazetteer.model import Entity
from gazetteer.org_names import other_feature, word_extended
from tests.mention_helpers import linked_names


def test_a_region_named_by_a_compass_adjective_is_no_state(resolve):
    ms = resolve("NAIROBI, May 3 - Twelve states of Eastern and Southern Africa agreed on Friday to cut tariffs "
                 "on each other's maize by half.", "1988-05-04")
    assert "South Africa" not in linked_names(ms, "Southern Africa")


def test_a_longer_river_name_is_another_river(resolve):
    ms = resolve("BUENOS AIRES, May 3 - Soybeans rose two australs a tonne at Parana River ports on Friday.",
                 "1988-05-04")
    assert "Para River" not in linked_names(ms, "Parana River")


def test_a_misspelling_still_links(resolve):
    ms = resolve("DETROIT, May 3 - The carmaker will close its plant at Okalhoma City, Okla., for a week.",
                 "1988-05-04")
    assert linked_names(ms, "Okalhoma City") == {"Oklahoma City"}


def test_word_extended():
    assert word_extended("southern africa", "south africa")
    assert word_extended("parana river", "para river")
    assert not word_extended("columbia", "col")                  # a code's stem is no word
    assert not word_extended("okalhoma city", "oklahoma city")   # letters changed
    assert not word_extended("philippine", "philippines")        # one letter: left to the plural rule
    assert not word_extended("south africa", "south africa")


def test_a_valley_is_no_river(resolve):
    ms = resolve("KANSAS CITY, April 9 - Rain fell from Kansas southeastward into the lower Mississippi Valley, "
                 "delaying planting.", "1987-04-10")
    assert "Mississippi River" not in linked_names(ms, "Mississippi Valley")
    ms = resolve("ST. LOUIS, April 9 - Barges on the Missisippi River were delayed by fog.", "1987-04-10")
    assert linked_names(ms, "Missisippi River") == {"Mississippi River"}


def test_other_feature():
    river = Entity("r:1", "Mississippi River", "OTHER", "US")
    assert other_feature("mississippi valley", river)
    assert not other_feature("missisippi river", river)
    assert not other_feature("mississippi", river)
    assert not other_feature("mississippi valley", Entity("r:2", "Mississippi River", "OTHER", "US", aliases=["Mississippi"]))


def test_a_fuzzy_place_followed_by_a_kind_of_place_its_names_lack_is_another_place(resolve):
    text = ("CARACAS, March 20 - Venezuela plans to invest in plant expansion and hydroelectric facilities in the "
            "mineral-rich Guayana region, south of the Orinoco river.")
    guayana = [m for m in resolve(text, date="1987-03-20") if m.text == "Guayana"]
    assert guayana and all(m.entity_id is None or m.entity_id.startswith("nn:") for m in guayana)
