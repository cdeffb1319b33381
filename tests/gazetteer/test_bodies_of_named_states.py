"""A state's body named with a short name of the state its own names do not use ("the USSR Foreign
Ministry", "the GDR Foreign Ministry", "the U.S. Government"): gazetteer/bodies_of_named_states.py,
with the real model and gazetteer."""
import pytest

from gazetteer.bodies_of_named_states import body_named_with_its_state


@pytest.mark.parametrize("text,date,name,canonical", [
    ("[Text] The USSR Foreign Ministry today declared two American diplomats persona non grata, TASS reports.",
     "1986-10-20", "USSR Foreign Ministry", "Ministry of Foreign Affairs of the Soviet Union"),
    ("The GDR Foreign Ministry summoned the British charge d'affaires on Monday.",
     "1983-05-02", "GDR Foreign Ministry", "Ministry of Foreign Affairs of East Germany"),
    ("The U.S. Government said on Friday that it would close the consulate.",
     "1987-04-03", "U.S. Government", "Government of the United States"),
])
def test_a_body_named_with_its_state_s_short_name_is_that_state_s_body(resolve, text, date, name, canonical):
    assert {m.canonical_name for m in resolve(text, date=date) if m.text == name} == {canonical}


def test_only_a_state_s_exact_name_and_a_body_it_has_are_read():
    from pipeline.loaders import GazetteerLoader
    gaz = GazetteerLoader()()
    assert body_named_with_its_state(gaz, "USSR Foreign Ministry").country_code == "SU"
    assert body_named_with_its_state(gaz, "the Foreign Ministry of the USSR").country_code == "SU"
    assert body_named_with_its_state(gaz, "USSR Academy of Sciences") is None   # no such body known
    assert body_named_with_its_state(gaz, "Ruritania Foreign Ministry") is None  # no such state
    assert body_named_with_its_state(gaz, "Union Foreign Ministry") is None      # a word, not a state
