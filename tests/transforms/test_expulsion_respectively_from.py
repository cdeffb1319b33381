"""People counted and then given "respectively" to a list of states ("expel three diplomats from the Union,
respectively from A, B and C"): one each when they are as many as the states, their number unsaid otherwise; the
earlier "from" phrase only groups them, and a window reading that gives them all to it is the same people. Also
"the recent decision of X to expel", where the parser hangs the infinitive on the main verb: X decides.
Made-up sentences about made-up states, parsed by the project's real spaCy model."""
import pytest

from tests.expulsions_helpers import made_up_rows as rows
from transforms.expulsions.sentence_merge import merge
from transforms.records import Event


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


ONE_EACH = {("RR", "FD", 1), ("RR", "GK", 1), ("RR", "SV", 1)}


@pytest.mark.parametrize("text", [
    "Ruritania expelled three diplomats, respectively from Freedonia, Graustark and Syldavia.",
    "Ruritania decided to expel three diplomats from the Northern League, respectively from Freedonia, Graustark "
    "and Syldavia.",
    "We condemn the recent decision of Ruritania to expel three diplomats from the Northern League, respectively "
    "from Freedonia, Graustark and Syldavia from the country.",
])
def test_as_many_people_as_states_respectively_are_one_each(text):
    assert asserted(text) == ONE_EACH


def test_more_people_than_states_respectively_leaves_each_count_unsaid():
    assert asserted("Ruritania expelled five diplomats, respectively from Freedonia, Graustark and Syldavia.") == \
        {("RR", "FD", None), ("RR", "GK", None), ("RR", "SV", None)}


def test_a_decision_of_a_state_to_expel_is_that_states_act_where_the_infinitive_hangs_on_the_main_verb():
    assert asserted("Freedonia strongly condemned the recent decision of Ruritania to expel three of its "
                    "diplomats.") == {("RR", "FD", 3)}


def _event(expelled, count, trigger="expel"):
    return Event("e", "a", "RR", expelled, count, False, 2020, "asserted", "s", 0, 10, trigger, "Ruritania")


def test_a_window_reading_of_the_people_the_parse_shared_out_among_states_gives_way():
    grammar = {0: [_event("FD", 1), _event("GK", 1), _event("SV", 1)]}
    assert {e.expelled_country for e in merge([_event("XU", 3)], grammar, [(0, 10)])} == {"FD", "GK", "SV"}
    # another number is other people: the window reading stands
    assert {e.expelled_country for e in merge([_event("XU", 5)], grammar, [(0, 10)])} == {"FD", "GK", "SV", "XU"}
