"""A town named alone, listed with a town of the one US state a story names (by name or by 'Town,
St.'), is no namesake of another state: the gazetteer's only Camden, New Jersey's,
is no town of an Arkansas story; a story naming two states, or the town's own, keeps the link, and a
capital or famous city never moves because a state is named."""
CAMDEN_NJ = "geonames:4501018"


def _links(resolve, text, name):
    return [(m.entity_id, m.country_code) for m in resolve(text, date="1987-03-20") if m.text == name]


def test_a_town_of_another_state_in_a_story_of_one_state_is_unknown(resolve):
    text = ("Regulators in Arkansas approved a gas line to the company's two sawmills at Fort Smith "
            "and Camden, a spokesman said.")
    assert _links(resolve, text, "Camden") == [(None, "US")]


def test_towns_alone_name_no_state_to_take_the_link_away(resolve):
    # a story's towns lie in many states: only a state's name, or 'Town, St.', makes a town unknown
    text = ("A timber company said it would close its sawmills at Pine Bluff and Camden next year "
            "and move the work to a new mill at Fort Smith.")
    assert _links(resolve, text, "Camden") == [(CAMDEN_NJ, "US")]


def test_the_state_named_after_a_comma(resolve):
    text = ("The company, based in Racine, Wis., said it would close its canneries at Kenosha and Camden "
            "next year.")
    assert _links(resolve, text, "Camden") == [(None, "US")]


def test_a_story_naming_two_states_keeps_the_link(resolve):
    text = ("Utility regulators in Arkansas and Texas approved a gas line to the company's "
            "sawmills at Camden, a spokesman said.")
    assert _links(resolve, text, "Camden") == [(CAMDEN_NJ, "US")]


def test_a_town_named_apart_from_the_states_towns_keeps_the_link(resolve):
    # business news names a state and towns of other states: 'the casino it bought in Atlantic City'
    text = ("The Illinois company said it would sell the two sawmills it bought at Camden last year.")
    assert _links(resolve, text, "Camden") == [(CAMDEN_NJ, "US")]


def test_a_story_naming_the_towns_own_state_keeps_the_link(resolve):
    text = ("The Arkansas company said it would close its plant in Camden and move the work "
            "to a new factory in New Jersey.")
    assert _links(resolve, text, "Camden") == [(CAMDEN_NJ, "US")]


def test_a_capital_never_moves_because_a_state_is_named(resolve):
    text = "The Texas governor flew from Houston to Paris on Monday for talks on oil prices."
    assert [c for _, c in _links(resolve, text, "Paris")] == ["FR"]
