"""Initials no bracket defines, after the body or state they spell (transforms/initials_named_before.py).
Passages written for these tests, with the real model and gazetteer."""
from tests.mention_helpers import linked_names


def test_initials_after_the_body_or_state_they_spell_are_that_one_and_only_that_one(resolve):
    ms = resolve("Islamic State claimed the attack on the convoy. IS fighters later withdrew to the hills.", "2019-05-02")
    assert linked_names(ms, "IS") == {"Islamic State"}
    ms = resolve("Rebels attacked villages in the north of the Central African Republic. The C.A.R. army said "
                 "it had retaken two of them.", "2021-01-12")
    assert linked_names(ms, "C.A.R.") == {"Central African Republic"}
    # two bodies named before spell them (the Italian Socialists, a party, too): which one is not clear
    ms = resolve("Islamic State claimed the attack. Italian Socialists condemned it. IS fighters withdrew.", "2019-05-02")
    assert not linked_names(ms, "IS")
    # the body spelt out only after them: nothing to take them for when they are read
    ms = resolve("IS fighters withdrew before Islamic State claimed the attack.", "2019-05-02")
    assert "Islamic State" not in {m.canonical_name for m in ms if m.text == "IS"}


def test_initials_that_a_body_no_source_holds_spells_too_stay_unknown(resolve):
    # the sources hold the Inter-African Coffee Organization, not the International Coffee Organization named
    # first: the ICO of the story may be either, so it is neither
    ms = resolve("Producers of the International Coffee Organization will meet in London on Tuesday, delegates "
                 "said. Members of the Inter-African Coffee Organization asked for the meeting. A report on the "
                 "ICO will be presented to producers.", "1987-04-01")
    assert linked_names(ms, "Inter-African Coffee Organization")
    assert not linked_names(ms, "ICO")
