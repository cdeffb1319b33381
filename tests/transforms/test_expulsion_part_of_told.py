"""A part of a group told before ("six of the diplomats", "six of the 50 Freedonian diplomats") after an
expulsion of more of the same state's people by the same state is that expulsion told in more detail, not a
second one. People "of the remaining" ones, another state's expulsion, a group of another size, or a part with
no expulsion before stay expulsions of their own. Made-up sentences about made-up states, parsed by the
project's real spaCy model."""
from tests.expulsions_helpers import made_up_rows as rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in rows(text) if m == "asserted"}


def test_six_of_the_diplomats_ordered_out_before():
    assert asserted("Ruritania on Wednesday ordered 50 Freedonian diplomats to leave the country. The minister told "
                    "the Freedonian ambassador that six of the diplomats were being declared persona non grata by "
                    "Ruritania and would be expelled.") == {("RR", "FD", 50)}


def test_a_part_of_a_group_of_the_same_size():
    assert asserted("Ruritania ordered 50 Freedonian diplomats to leave. Ruritania expelled six of the 50 "
                    "Freedonian diplomats at once.") == {("RR", "FD", 50)}


def test_of_the_remaining_diplomats_is_another_expulsion():
    assert asserted("Ruritania expelled ten Freedonian diplomats in March. In May it expelled six of the remaining "
                    "Freedonian diplomats.") == {("RR", "FD", 10), ("RR", "FD", 6)}


def test_the_other_side_answering_is_its_own_expulsion():
    assert asserted("Freedonia expelled 50 Ruritanian diplomats. Ruritania expelled six of the Freedonian diplomats "
                    "in return.") == {("FD", "RR", 50), ("RR", "FD", 6)}


def test_a_group_of_another_size_is_not_the_one_told():
    assert asserted("Ruritania ordered 50 Freedonian diplomats to leave. Ruritania expelled six of the 40 "
                    "Freedonian diplomats.") == {("RR", "FD", 50), ("RR", "FD", 6)}


def test_a_part_with_nothing_told_before():
    assert asserted("Ruritania expelled two of the Freedonian diplomats who had met the rebels.") == {("RR", "FD", 2)}
