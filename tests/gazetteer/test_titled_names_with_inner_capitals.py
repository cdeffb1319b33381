"""A name after a role title whose surname has a capital inside it ("Taoiseach Garret FitzGerald", which the model
may read as a work of art) is still a person's name, and finding it leaves the other person of the sentence her
link (sentences written for these tests; the real model and gazetteer)."""
from tests.mention_helpers import linked_names, names


def test_a_surname_with_a_capital_inside_after_a_title_is_a_person(resolve):
    ms = resolve("It will be twenty years ago tomorrow since Taoiseach Garret FitzGerald and British prime minister "
                 "Margaret Thatcher jointly opened the new bridge at Newry.", "2005-06-10")
    assert names(ms, "Garret FitzGerald") == {"Garret FitzGerald"}
    assert linked_names(ms, "Margaret Thatcher") == {"Margaret Thatcher"}
    assert next(m for m in ms if m.text == "Garret FitzGerald").entity_type == "PERSON"

