"""Arguments and modality read from the dependency parse (transforms/expulsions/grammar.py), on
made-up sentences parsed by the project's real spaCy model."""
import re

import pytest

from transforms.expulsions import grammar as g
from transforms.recognise import load_spacy_model

NAMES = {   # surface -> (code, kind), as the resolver would give them
    "Ruritania": ("RR", "state"), "Ruritanian": ("RR", "norp"), "Ruritanians": ("RR", "norp"),
    "Freedonia": ("FD", "state"), "Freedonian": ("FD", "norp"), "Freedonians": ("FD", "norp"),
    "Strelsau": ("RR", "place"), "Fredville": ("FD", "place"), "Norway": ("NO", "state"),
    "Sweden": ("SE", "state"), "Swedish": ("SE", "norp"), "Norwegian": ("NO", "norp"), "Minsk": ("RR", "capital"),
}


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model()


def read(nlp, text):
    doc = nlp(text)
    tuples = [(m.start(), m.end(), *NAMES[m.group()]) for m in
              re.finditer(r"\b(" + "|".join(sorted(NAMES, key=len, reverse=True)) + r")\b", text)]
    return g.read_sentence(doc[:], g.States(tuples))


def one(nlp, text):
    rs = [r for r in read(nlp, text) if not r.other_sense and r.has_object]
    assert len(rs) >= 1, read(nlp, text)
    return rs[0]


@pytest.mark.parametrize("text, actor, expelled, count", [
    ("Ruritania expelled two Freedonian diplomats on Monday.", "RR", "FD", 2),
    ("Three Freedonian diplomats were expelled by Ruritania.", "RR", "FD", 3),
    ("The Ruritanian government declared four Freedonian officials persona non grata.", "RR", "FD", 4),
    ("Two members of the Freedonian Embassy were declared personae non gratae by Ruritania.", "RR", "FD", 2),
    ("In retaliation, the Ruritanians expelled five members of the Freedonian embassy staff.", "RR", "FD", 5),
    ("The expulsion by Ruritania of six Freedonian diplomats angered the region.", "RR", "FD", 6),
    ("Ruritania expelled the Freedonian ambassador and two Freedonian attachés.", "RR", "FD", 3),
])
def test_actor_expelled_and_count_come_from_the_parse(nlp, text, actor, expelled, count):
    r = one(nlp, text)
    assert (r.actor, r.expelled, r.count, r.modality) == (actor, expelled, count, g.ASSERTED)


def test_an_uncounted_plural_in_the_group_leaves_the_count_unknown(nlp):
    r = one(nlp, "Ruritania expelled the Freedonian ambassador and other Freedonian consular staff.")
    assert (r.actor, r.expelled, r.count) == ("RR", "FD", None)


@pytest.mark.parametrize("text, actor, expelled, count", [
    ("The Freedonian government was requested to withdraw two members of its mission in Strelsau.", "RR", "FD", 2),
    ("The Freedonian authorities agreed, at our request, to withdraw four Freedonians.", g.FIRST_PERSON, "FD", 4),
    ("Three members of the Freedonian Embassy have been removed at our request.", g.FIRST_PERSON, "FD", 3),
    ("The Ruritanian Government required the withdrawal of the three Freedonian attachés within seven days.",
     "RR", "FD", 3),
    ("Eight members of the Freedonian embassy staff were required to leave Ruritania within two weeks.",
     "RR", "FD", 8),
    ("Two Freedonian diplomats had to leave Ruritania as each was declared persona non grata.", "RR", "FD", 2),
])
def test_diplomatic_language(nlp, text, actor, expelled, count):
    rs = [r for r in read(nlp, text) if r.has_object and not r.other_sense]
    assert any((r.actor or r.host, r.expelled, r.count) == (actor, expelled, count) for r in rs), rs
    assert all(r.modality == g.ASSERTED for r in rs)


def test_the_host_of_an_ambassador_is_the_expelling_state(nlp):
    r = one(nlp, "Jan Berg, Swedish ambassador to Ruritania, was declared persona non grata last year.")
    assert (r.actor, r.host, r.expelled, r.count) == (None, "RR", "SE", 1)


@pytest.mark.parametrize("text, expelled, host", [
    ("Minsk's ambassador to Norway was told to leave.", "RR", "NO"),
    ("Minsk's envoy in Sweden was expelled on Monday.", "RR", "SE"),
    ("Minsk's Norwegian ambassador was told to leave.", "NO", None),   # a nationality says whose, not the place
])
def test_a_capitals_possessive_says_whose_envoy_it_is(nlp, text, expelled, host):
    r = one(nlp, text)
    assert (r.expelled, r.host) == (expelled, host)


@pytest.mark.parametrize("text, modality", [
    ("Ruritania did not expel any Freedonian diplomats.", g.NEGATED),
    ("Ruritania threatened to expel two Freedonian diplomats.", g.HYPOTHETICAL),
    ("Ruritania could expel two Freedonian diplomats.", g.HYPOTHETICAL),
    ("If Ruritania expels two Freedonian diplomats, Freedonia will respond.", g.HYPOTHETICAL),
    ("Norway urged Ruritania to expel the Freedonian ambassador.", g.DEMAND),
    ("Ruritania denied expelling the Freedonian ambassador.", g.NEGATED),
    ("Did Ruritania expel the Freedonian ambassador?", g.HYPOTHETICAL),
    ("He asked how many Freedonian diplomats have been expelled from Ruritania since 1979.", g.HYPOTHETICAL),
    ("He asked what assessment was made of reports that Freedonian diplomats have been expelled from Ruritania.",
     g.HYPOTHETICAL),
    ("Ruritania was prepared to ask three of the Freedonian diplomats to leave.", g.HYPOTHETICAL),
    ("Ruritania decided to expel two Freedonian diplomats.", g.ASSERTED),
    ("We had no choice but to expel the Freedonian officials concerned.", g.ASSERTED),
    ("A spokesman said Ruritania would expel any Freedonian diplomat found to be involved.", g.HYPOTHETICAL),
    ("Officials said Ruritania may expel Freedonian diplomats if the talks fail.", g.HYPOTHETICAL),
    ("Officials said Ruritania might expel two Freedonian diplomats.", g.HYPOTHETICAL),
    ("Officials said Ruritania would expel Freedonian diplomats if the talks failed.", g.HYPOTHETICAL),
    ("The ministry said Ruritania would expel two Freedonian diplomats.", g.ASSERTED),
    ("Ruritania said it had broken off relations with Freedonia and that Freedonian diplomats would have to leave.",
     g.ASSERTED),
    ("Ruritania said it was angry and that it might expel two Freedonian diplomats.", g.HYPOTHETICAL),
    ("The ministry said Ruritania had expelled no Freedonian diplomats this year.", g.NEGATED),
    ("No Freedonian diplomats were expelled by Ruritania.", g.NEGATED),
])
def test_modality_from_the_governing_arcs(nlp, text, modality):
    assert one(nlp, text).modality == modality


def test_a_question_presupposing_an_expulsion_noun_keeps_it_asserted(nlp):
    r = one(nlp, "Will the minister make a statement on the expulsion by Ruritania of six Freedonian diplomats?")
    assert (r.actor, r.expelled, r.count, r.modality) == ("RR", "FD", 6, g.ASSERTED)


@pytest.mark.parametrize("text", [
    "Ruritania expelled three Freedonian journalists.",
    "The treaty included the list of 150 personae non gratae of Ruritania.",
    "Ruritania expelled the party's founder from the assembly.",
])
def test_not_diplomats_or_no_declaration_is_no_event(nlp, text):
    assert not [r for r in read(nlp, text) if r.has_object and not r.other_sense and r.modality == g.ASSERTED
                and r.actor and r.expelled]


def test_a_total_is_an_aggregate(nlp):
    assert one(nlp, "Since 1979, a total of 66 diplomats have been expelled from Ruritania.").aggregate


@pytest.mark.parametrize("text", [
    "More than 400 Freedonian diplomats have been expelled from European countries since May, a Ruritanian "
    "official said.",
    "Some 90 Freedonian diplomats were expelled by several governments last year.",
])
def test_expelled_from_or_by_many_states_is_a_sum_no_one_state_did(nlp, text):
    r = one(nlp, text)
    assert r.aggregate and r.actor is None


def test_expelled_from_the_country_a_speaker_names_is_no_sum(nlp):
    r = one(nlp, "Two Freedonian diplomats were expelled from the country, a Ruritanian official said.")
    assert not r.aggregate


def test_an_enumerator_is_not_a_count(nlp):
    rs = read(nlp, "He asked about reports that (1) Freedonian diplomats have been expelled from Strelsau, "
                   "and (2) Ruritanian diplomats have been expelled from Fredville.")
    assert [r.count for r in rs if r.has_object] == [None, None]


def test_first_person_and_crown_possessive(nlp):
    r = one(nlp, "Five of our diplomatic people were kicked out by Ruritania.")
    assert (r.actor, r.expelled, r.count) == ("RR", g.FIRST_PERSON, 5)
    r = one(nlp, "A Secretary of His Majesty's Embassy was declared persona non grata by the Ruritanian Government.")
    assert (r.actor, r.expelled, r.count) == ("RR", "GB", 1)


def test_us_in_capitals_is_a_state_not_we(nlp):
    r = one(nlp, "Ten US Embassy employees in Strelsau had been declared persona non grata.")
    assert r.expelled != g.FIRST_PERSON and r.host == "RR" and r.count == 10


def test_along_with_adds_the_further_group(nlp):
    r = one(nlp, "Ruritania expelled Jan Berg, the Freedonian ambassador, along with five other diplomats.")
    assert (r.actor, r.expelled, r.count) == ("RR", "FD", 6)


@pytest.mark.parametrize("text, diplomatic", [
    ("Ruritania expelled six employees of the Freedonian Council.", False),
    ("Ruritania expelled six Freedonian officials.", True),
    ("Ruritania expelled six members of the Freedonian Embassy.", True),
])
def test_weak_nouns_need_a_nationality_or_a_mission(nlp, text, diplomatic):
    rs = [r for r in read(nlp, text) if r.has_object and not r.other_sense]
    assert bool(rs) == diplomatic


def test_a_relative_who_is_not_a_question(nlp):
    r = one(nlp, "Ruritania acted against two Freedonian diplomats in Strelsau, who were declared persona non grata.")
    assert r.modality == g.ASSERTED and r.expelled == "FD"


def test_a_bare_persona_non_grata_settles_the_sentence(nlp):
    rs = read(nlp, "The treaty included the list of 150 personae non gratae of Ruritania.")
    assert rs and all(r.settled for r in rs)


def test_a_name_with_a_diplomatic_apposition_is_a_diplomat(nlp):
    r = one(nlp, "He asked about the expulsion from Ruritania of Captain Smith, a Freedonian official of consular rank.")
    assert (r.actor, r.expelled, r.count) == ("RR", "FD", 1)


def test_their_people_are_the_other_side(nlp):
    r = one(nlp, "This is their reply to our sending 25 of their agents home.")
    assert (r.actor, r.expelled, r.count) == (g.FIRST_PERSON, g.THIRD_PERSON, 25)


@pytest.mark.parametrize("text", [
    "'We have expelled eight Freedonian diplomats,' the Ruritanian foreign minister said on Monday.",
    "The Ruritanian foreign minister said that we have expelled eight Freedonian diplomats.",
])
def test_the_speaker_of_a_quote_is_the_first_person(nlp, text):
    r = one(nlp, text)
    assert (r.actor, r.expelled, r.count) == ("RR", "FD", 8)


def test_one_is_one_of_the_people_named_before(nlp):
    r = one(nlp, "No member of the Freedonian Legation has left, although the departure of one was requested by "
                 "Ruritania in April.")
    assert (r.actor, r.expelled, r.count) == ("RR", "FD", 1)


def pairs(nlp, text):
    return [(r.actor, r.expelled, r.count) for r in read(nlp, text) if r.has_object and not r.other_sense]


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled three diplomats of Freedonia and one of Norway.", [("RR", "FD", 3), ("RR", "NO", 1)]),
    ("Ruritania expelled two diplomats from Freedonia and three from Sweden on Friday.",
     [("RR", "FD", 2), ("RR", "SE", 3)]),
    ("Ruritania expelled two Freedonian diplomats, one Swedish and three Norwegian ones.",
     [("RR", "FD", 2), ("RR", "SE", 1), ("RR", "NO", 3)]),
    ("Ruritania expelled four Swedish and two Freedonian diplomats.", [("RR", "SE", 4), ("RR", "FD", 2)]),
    ("Ruritania expelled the Swedish ambassador and two Freedonian attachés.", [("RR", "SE", 1), ("RR", "FD", 2)]),
    ("Three diplomats of Freedonia and one of Sweden were expelled by Ruritania.", [("RR", "FD", 3), ("RR", "SE", 1)]),
])
def test_groups_of_different_states_are_one_reading_each(nlp, text, want):
    assert pairs(nlp, text) == want


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled the Freedonian ambassador and two attachés.", [("RR", "FD", 3)]),
    ("Ruritania expelled two Freedonian diplomats in Strelsau and one in Fredville.", [("RR", "FD", 3)]),
])
def test_groups_of_one_state_or_with_places_stay_one_reading(nlp, text, want):
    assert pairs(nlp, text) == want


def test_a_capital_as_the_subject_acts_for_its_state(nlp):
    assert pairs(nlp, "Minsk expelled two Freedonian diplomats.") == [("RR", "FD", 2)]


@pytest.mark.parametrize("text, want", [
    ("Ruritania has requested the withdrawal of two Freedonian diplomats accused of spying.", [("RR", "FD", 2)]),
    ("Ruritania told the Freedonian ambassador that two of his staff must leave the country within 24 hours.",
     [("RR", "FD", 2)]),
    ("Ruritania told the Freedonian charge d'affaires that two of his staff must leave within a day.", [("RR", "FD", 2)]),
    ("Ruritania told the Freedonian ambassador that two Freedonian diplomats must leave the country.",
     [("RR", "FD", 2)]),
])
def test_requests_and_orders_told_to_an_envoy(nlp, text, want):
    rs = [r for r in read(nlp, text) if r.has_object and not r.other_sense]
    assert [(r.actor, r.expelled, r.count) for r in rs] == want
    assert all(r.modality == g.ASSERTED for r in rs)


def test_a_ministers_staff_leaving_a_room_is_no_expulsion(nlp):
    assert pairs(nlp, "Ruritania told the Freedonian minister that two of his staff must leave the room.") == []


@pytest.mark.parametrize("text", [
    "Ruritania ordered three Freedonian diplomats to leave in May, but the order was later rescinded.",
    "Ruritania expelled three Freedonian diplomats, but the decision was reversed a week later.",
    "The decision to expel three Freedonian diplomats was reversed by Ruritania.",
])
def test_an_order_undone_is_negated(nlp, text):
    assert one(nlp, text).modality == g.NEGATED


def test_other_things_undone_leave_the_expulsion_asserted(nlp):
    assert one(nlp, "Ruritania expelled three Freedonian diplomats, and the sanctions were lifted.").modality == \
        g.ASSERTED


def test_a_state_right_before_a_verb_without_subject_is_its_actor(nlp):
    """The parser sometimes hangs the subject on the name before it ("the trial of Captain Smith the
    Ruritanian Government declared ..." read as an apposition): a parse built that way."""
    from spacy.tokens import Doc
    words = ["After", "Smith", "the", "Ruritanian", "Government", "declared", "two", "Freedonian", "officials",
             "persona", "non", "grata", "."]
    heads = [5, 0, 4, 4, 1, 5, 8, 8, 9, 5, 11, 9, 5]
    deps = ["prep", "pobj", "det", "compound", "appos", "ROOT", "nummod", "amod", "nsubj", "ccomp", "compound",
            "dobj", "punct"]
    tags = ["IN", "NNP", "DT", "NNP", "NNP", "VBD", "CD", "JJ", "NNS", "NN", "NNP", "NN", "."]
    pos = ["ADP", "PROPN", "DET", "PROPN", "PROPN", "VERB", "NUM", "ADJ", "NOUN", "NOUN", "PROPN", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    text = doc.text
    tuples = [(m.start(), m.end(), *NAMES[m.group()]) for m in re.finditer(r"\b(Ruritanian|Freedonian)\b", text)]
    rs = [r for r in g.read_sentence(doc[:], g.States(tuples)) if r.has_object and not r.other_sense]
    assert [(r.actor, r.expelled, r.count) for r in rs] == [("RR", "FD", 2)]


@pytest.mark.parametrize("text, modality", [
    # a verb coordinated before the trigger is a sibling clause, not a governor
    ("Ruritania denied the charges and expelled two Freedonian diplomats.", g.ASSERTED),
    ("Ruritania threatened sanctions and expelled two Freedonian diplomats.", g.ASSERTED),
    ("The minister called the Freedonian ambassador to the ministry and asked him to leave forthwith.", g.ASSERTED),
    # a governor above the coordination, or a condition on it, still counts
    ("Ruritania threatened to protest and expel two Freedonian diplomats.", g.HYPOTHETICAL),
    ("If Ruritania protests and expels two Freedonian diplomats, Freedonia will respond.", g.HYPOTHETICAL),
])
def test_coordinated_verbs_do_not_govern_the_trigger(nlp, text, modality):
    assert one(nlp, text).modality == modality


def test_him_asked_to_leave_is_the_one_the_clause_named(nlp):
    r = one(nlp, "The minister called the Freedonian ambassador to the ministry and asked him to leave forthwith.")
    assert (r.expelled, r.count) == ("FD", 1)


@pytest.mark.parametrize("text, want", [
    ("The Foreign Ministry in Minsk said on Monday it had ordered a Freedonian diplomat to leave the country.",
     [("RR", "FD", 1)]),
    ("The government expelled the Freedonian ambassador, Ruritania's foreign minister said.", [("RR", "FD", 1)]),
    ("Ruritania's foreign minister said on Tuesday that eight Freedonian diplomats would be expelled.",
     [("RR", "FD", 8)]),
])
def test_an_unnamed_government_acts_for_its_seat_or_its_speaker(nlp, text, want):
    rs = [r for r in read(nlp, text) if r.has_object and not r.other_sense]
    assert [(r.actor, r.expelled, r.count) for r in rs] == want
    assert all(r.modality == g.ASSERTED for r in rs)


@pytest.mark.parametrize("text", [
    "Ruritania's foreign minister said that two of its diplomats had been expelled.",
    "Ruritania's foreign ministry said two Ruritanian diplomats had been expelled.",
])
def test_a_speaker_is_never_the_actor_against_its_own_people(nlp, text):
    assert all(r.actor != "RR" for r in read(nlp, text))


@pytest.mark.parametrize("text, count", [
    ("In March 1983 Ruritania expelled 47 Freedonian diplomats and officials accused of espionage.", 47),
    ("Ruritania expelled the Freedonian ambassador and officials.", None),
    ("Ruritania expelled the Freedonian ambassador and other Freedonian consular staff.", None),
])
def test_a_number_before_a_coordination_of_bare_plurals_counts_all(nlp, text, count):
    assert one(nlp, text).count == count


def test_the_envoy_and_his_staff_told_to_leave_are_counted_together(nlp):
    r = one(nlp, "The Ruritanian Government informed the Freedonian ambassador that he and 12 members of his "
                 "staff were to leave Strelsau within a week.")
    assert (r.actor, r.expelled, r.count) == ("RR", "FD", 13)


@pytest.mark.parametrize("text, want", [
    ("Two Freedonian diplomats were arrested and declared persona non grata by Ruritania.", [("RR", "FD", 2)]),
    ("Ruritania's foreign ministry said 15 Freedonians working at the embassy in Strelsau were intelligence "
     "officers and had been declared \"persona non grata\".", [("RR", "FD", 15)]),
])
def test_a_conjoined_declaration_shares_the_subject_of_its_clause(nlp, text, want):
    assert pairs(nlp, text) == want


@pytest.mark.parametrize("text, want", [
    ("\"Today we are expelling four diplomats from the Freedonian embassy,\" said Ruritania's prime minister.",
     [("RR", "FD", 4)]),
    ("Ruritania will expel 20 Freedonian diplomats in response to Freedonia's decision to expel the same number "
     "of Ruritanians.", [("RR", "FD", 20), ("FD", "RR", 20)]),
    ("Ruritania expelled 20 Freedonian diplomats, and Freedonia then asked an equivalent number of Ruritanian "
     "diplomats to leave.", [("RR", "FD", 20), ("FD", "RR", 20)]),
    ("Ruritania expelled a group of Freedonian diplomats.", [("RR", "FD", None)]),
])
def test_people_from_a_mission_and_numbers_of_people(nlp, text, want):
    assert pairs(nlp, text) == want


@pytest.mark.parametrize("text", [
    "Ruritania PNG'd two Freedonian diplomats on Friday.",
    "Ruritania has PNGed two Freedonian diplomats.",
    "Ruritania PNG'ed two Freedonian diplomats.",
])
def test_png_as_a_verb(nlp, text):
    assert pairs(nlp, text) == [("RR", "FD", 2)]
    assert one(nlp, text).modality == g.ASSERTED


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled half a dozen Freedonian diplomats in a tit-for-tat move.", [("RR", "FD", 6)]),
    ("Ruritania expelled two dozen Freedonian diplomats.", [("RR", "FD", 24)]),
    ("Ruritania expelled a dozen Freedonian diplomats.", [("RR", "FD", 12)]),
    ("Ruritania expelled the Freedonian charge d'affaires on Sunday.", [("RR", "FD", 1)]),
    ("Ruritania expelled the Freedonian chargé d'affaires on Sunday.", [("RR", "FD", 1)]),
])
def test_counts_in_words_and_a_singular_title(nlp, text, want):
    assert pairs(nlp, text) == want


def test_the_country_they_were_ordered_out_of_is_the_actor(nlp):
    assert pairs(nlp, "Two Freedonian diplomats were ordered out of Ruritania on Monday.") == [("RR", "FD", 2)]
    assert pairs(nlp, "Two Freedonian diplomats were expelled from Strelsau on Monday.") == [("RR", "FD", 2)]


@pytest.mark.parametrize("text, want", [
    ("Ruritania will expel 25 Freedonian diplomats and embassy staff.", [("RR", "FD", 25)]),
    ("Ruritania is expelling eight Freedonian diplomats and trade officials.", [("RR", "FD", 8)]),
    ("Ruritania expelled two Freedonian diplomats and Swedish officials.", [("RR", "FD", None)]),
])
def test_a_number_counts_diplomats_and_a_plain_compound_of_staff(nlp, text, want):
    assert [w for w in pairs(nlp, text) if w[1] == "FD"] == want


@pytest.mark.parametrize("text, joint", [
    ("The bloc's members have together expelled more than 300 Freedonian diplomats.", True),
    ("Its allies have collectively expelled 120 Freedonian diplomats since the war began.", True),
    ("Ruritania, together with its allies, expelled 12 Freedonian diplomats.", False),
    ("Ruritania expelled 12 Freedonian diplomats.", False),
])
def test_a_joint_sum_is_an_aggregate(nlp, text, joint):
    assert one(nlp, text).aggregate is joint


@pytest.mark.parametrize("text, joint", [
    ("Ruritania and its allies have expelled more than 150 Freedonian diplomats this week.", True),
    ("Ruritania and partner nations expelled 60 Freedonian diplomats.", True),
    ("Ruritania and Norway expelled 60 Freedonian diplomats.", True),
    ("Ruritania expelled 60 Freedonian diplomats.", False),
])
def test_a_state_with_its_allies_is_an_aggregate(nlp, text, joint):
    assert one(nlp, text).aggregate is joint


@pytest.mark.parametrize("text, want", [
    ("Several states announced expulsions on Monday, including Ruritania, which expelled 21 Freedonian diplomats, "
     "and Norway, which expelled four Freedonian diplomats.", [("RR", "FD", 21), ("NO", "FD", 4)]),
    ("Sweden, which expelled two Freedonian diplomats last year, said nothing.", [("SE", "FD", 2)]),
])
def test_the_subject_of_a_relative_clause_is_the_noun_it_is_on(nlp, text, want):
    assert [w for w in pairs(nlp, text) if w[2] is not None] == want


def test_countries_that_expelled_stay_an_aggregate(nlp):
    assert one(nlp, "The countries which expelled Freedonian diplomats met on Monday.").aggregate


@pytest.mark.parametrize("text, want", [
    ("In 1983 Ruritania expelled forty-seven Freedonian diplomats and officials.", [("RR", "FD", 47)]),
    ("Ruritania expelled twenty-one Freedonian diplomats.", [("RR", "FD", 21)]),
    ("Ruritania expelled seven Freedonian diplomats.", [("RR", "FD", 7)]),
])
def test_a_hyphenated_number_in_words_is_one_count(nlp, text, want):
    assert pairs(nlp, text) == want


@pytest.mark.parametrize("text, modality", [
    # the content of "know that", "learn that", "regret that" is presupposed: a wish above it is no hypothesis
    ("The Ministry will wish to know that Ruritania today declared two Freedonian attachés persona non grata.",
     g.ASSERTED),
    ("You may like to learn that Ruritania has expelled three Freedonian diplomats.", g.ASSERTED),
    ("We want to know whether Ruritania expelled three Freedonian diplomats.", g.HYPOTHETICAL),
    # "no plans", "no intention": denied; plans without "no": not yet done
    ("We have no plans at present to expel any further Freedonian diplomats.", g.NEGATED),
    ("There are no plans to expel the Freedonian diplomats.", g.NEGATED),
    ("Ruritania has no intention of expelling the Freedonian diplomats.", g.NEGATED),
    ("Ruritania has plans to expel the Freedonian diplomats.", g.HYPOTHETICAL),
    # a condition or a guess on the verb
    ("Ruritania will expel the Freedonian military attaché unless Freedonia drops its complaint.", g.HYPOTHETICAL),
    ("Ruritania will expel two Freedonian diplomats if the inquiry finds against them.", g.HYPOTHETICAL),
    ("Ruritania will probably expel two Freedonian diplomats on Monday.", g.HYPOTHETICAL),
    ("Ruritania will expel two Freedonian diplomats on Monday.", g.ASSERTED),
])
def test_presupposed_denied_conditional_and_guessed_expulsions(nlp, text, modality):
    assert one(nlp, text).modality == modality


@pytest.mark.parametrize("text, actor, expelled, host", [
    ("The Ruritanians have thrown out six of our people from the Freedonian Embassy in Strelsau.", "RR", "FD", "RR"),
    ("They kicked out two of our military attachés from the Freedonian Embassy in Strelsau yesterday.",
     None, "FD", "RR"),
    ("Ruritania expelled three of their officials from the Freedonian Embassy.", "RR", "FD", None),
])
def test_the_mission_they_are_from_says_whose_our_people_are(nlp, text, actor, expelled, host):
    r = one(nlp, text)
    assert (r.actor, r.expelled, r.host) == (actor, expelled, host)


@pytest.mark.parametrize("text, want", [
    ("Ruritania told two Freedonian diplomats to go home within a week.", ("RR", "FD", 2)),
    ("The Ruritanian Government asked the Freedonian ambassador to go.", ("RR", "FD", 1)),
    # the one who gives the order is not the one who says "our": "our" stays the article's first person
    ("The Ruritanian Government told two members of our embassy in Strelsau to go.", ("RR", g.FIRST_PERSON, 2)),
])
def test_told_to_go_is_an_order_to_leave(nlp, text, want):
    r = one(nlp, text)
    assert (r.actor, r.expelled, r.count, r.modality) == (*want, g.ASSERTED)


@pytest.mark.parametrize("text", [
    "Ruritania told the Freedonian ambassador to go to the Foreign Office.",
    "Ruritania asked two Freedonian diplomats to go ahead with the talks.",
    "The Ruritanian minister told the Freedonian ambassador to go and see his colleagues.",
])
def test_go_somewhere_or_for_something_is_no_order_to_leave(nlp, text):
    assert not [r for r in read(nlp, text) if r.has_object and not r.other_sense and r.modality == g.ASSERTED]


@pytest.mark.parametrize("text, want", [
    ("The Ruritanian Foreign Ministry handed the Freedonian ambassador a note declaring two Freedonian diplomats "
     "persona non grata.", ("RR", "FD", 2)),
    ("Ruritania sent Freedonia a note declaring three Freedonian diplomats persona non grata.", ("RR", "FD", 3)),
])
def test_a_note_declaring_acts_for_the_one_who_hands_it(nlp, text, want):
    r = one(nlp, text)
    assert (r.actor, r.expelled, r.count, r.modality) == (*want, g.ASSERTED)


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled five Freedonian diplomats, Norway two and Sweden one on Tuesday.",
     {("RR", "FD", 5), ("NO", "FD", 2), ("SE", "FD", 1)}),
    ("Ruritania expelled eight Freedonian diplomats, Sweden three and Norway one.",
     {("RR", "FD", 8), ("SE", "FD", 3), ("NO", "FD", 1)}),
])
def test_every_state_of_a_gapped_list_expelled_its_number(nlp, text, want):
    assert set(pairs(nlp, text)) == want


@pytest.mark.parametrize("text, want", [
    # the one asked to withdraw people withdraws his own
    ("We have today asked the Freedonian chargé d'affaires to withdraw one member of his staff.",
     (g.FIRST_PERSON, "FD", 1)),
    # "its members": those of the one told
    ("The Freedonian Embassy in Strelsau has been informed that two of its members must leave Ruritania.",
     ("RR", "FD", 2)),
    # "the consul and two of his staff" are three
    ("Ruritania sent home the Freedonian consul and two of his staff.", ("RR", "FD", 3)),
    # the state they then left
    ("Two members of the Freedonian Embassy were declared persona non grata on Monday, and they have now left "
     "Ruritania.", ("RR", "FD", 2)),
])
def test_whose_people_from_the_one_told_and_the_state_they_left(nlp, text, want):
    r = one(nlp, text)
    assert (r.actor, r.expelled, r.count, r.modality) == (*want, g.ASSERTED)


@pytest.mark.parametrize("text, here", [
    ("Five members of the Freedonian Embassy have been expelled from this country.", True),
    ("Two Freedonian diplomats were expelled and left the country on Sunday.", True),
    ("Two Freedonian diplomats were expelled and left for Fredville on Sunday.", False),
])
def test_expelled_from_this_country_is_where_the_text_stands(nlp, text, here):
    r = one(nlp, text)
    assert (r.actor, r.expelled, r.here) == (None, "FD", here)


def test_a_requirement_between_tell_and_withdrawal_leaves_the_envoy_told_whose_people_they_are(nlp):
    r = one(nlp, "The Freedonian ambassador was then told that the Ruritanian Government required the withdrawal "
                 "of three attachés within seven days.")
    assert (r.actor, r.expelled, r.count) == ("RR", "FD", 3)


@pytest.mark.parametrize("text, want", [
    ("Ruritania threw out a hundred and five Freedonian diplomats in 1971.", ("RR", "FD", 105)),
    # the mission on the noun of removal says whose the attaché is
    ("The Ruritanian Government have requested the withdrawal of the Assistant Press Attaché at the Freedonian "
     "Legation in Strelsau.", ("RR", "FD", 1)),
    # "were to be withdrawn": the subject of "were"; "his staff": the envoy told's
    ("The Ruritanian Foreign Ministry told the Freedonian ambassador that two members of his staff were to be "
     "withdrawn within one week.", ("RR", "FD", 2)),
    # a telegram's own mission, named bare
    ("Ruritanian Foreign Ministry this afternoon requested recall of Legation's Second Secretary Frank Doyle "
     "within ten days.", ("RR", g.FIRST_PERSON, 1)),
])
def test_register_shapes_of_counts_missions_and_withdrawals(nlp, text, want):
    r = one(nlp, text)
    assert (r.actor, r.expelled, r.count, r.modality) == (*want, g.ASSERTED)


def test_a_mission_with_an_article_is_not_the_writers_own(nlp):
    r = one(nlp, "Ruritania requested the recall of the Legation's Second Secretary Frank Doyle.")
    assert r.expelled != g.FIRST_PERSON


def test_a_peoples_bureau_is_a_mission(nlp):
    r = one(nlp, "Ruritania has asked Freedonia to withdraw four members of the Freedonian People's Bureau by 10 May.")
    assert (r.actor, r.expelled, r.count, r.other_sense) == ("RR", "FD", 4, False)
