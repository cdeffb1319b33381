""""Lithuania has been the only European Union country to expel ...": a name right before "country", "member" or
"nation" says which group the state belongs to and is no actor; the state the sentence is about is ("An EU country
expelled ..." names none, and "the EU countries that expelled ..." are some of its states, not the Union). Sentences
written for these tests."""
from tests.expulsions_helpers import extract, grammar_readings, tuples


def test_the_group_before_country_is_no_actor():
    events = extract("Lithuania has been the only European Union country to expel a Russian diplomat this year.")
    assert [(e[0], e[1], e[2]) for e in tuples(events, "asserted")] == [("LT", "RU", 1)]


def test_the_first_member_of_a_group_to_expel_is_the_state_named():
    events = extract("Poland was the first NATO member to expel two Russian diplomats.")
    assert [(e[0], e[1], e[2]) for e in tuples(events, "asserted")] == [("PL", "RU", 2)]


def test_a_state_of_a_union_the_sentence_does_not_name_is_no_actor(nlp):
    names = {"EU": ("EU", "state"), "Freedonian": ("FD", "norp")}
    assert [r[0] for r in grammar_readings(nlp, "An EU country expelled three Freedonian diplomats on Monday.", names)] \
        == [None]


def test_a_state_named_by_its_nationality_still_acts(nlp):
    names = {"Ruritanian": ("RR", "norp"), "Freedonian": ("FD", "norp")}
    assert [r[0] for r in grammar_readings(nlp, "The Ruritanian state expelled three Freedonian diplomats.", names)] \
        == ["RR"]


def test_the_unions_countries_that_expelled_are_some_of_its_states_not_the_union(nlp):
    names = {"EU": ("EU", "state"), "Freedonian": ("FD", "norp"), "Ruritania": ("RR", "state")}
    for text in ("Ruritania refused to join the EU countries that expelled Freedonian diplomats.",
                 "The EU member states that expelled Freedonian diplomats were praised."):
        assert "EU" not in [r[0] for r in grammar_readings(nlp, text, names)], text
    assert [r[0] for r in grammar_readings(nlp, "The EU expelled two Freedonian diplomats.", names)] == ["EU"]
