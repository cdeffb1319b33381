"""Shapes an audit of real expulsion stories (1971-2025) showed the extractor missing or miscounting, written as
made-up sentences about made-up states and parsed by the project's real spaCy model: the words "eject",
"ejection" and "toss out"; and a gerund whose subject is the state right before it, the object of a
preposition on a noun ("in retaliation for Fredville last month expelling 45 diplomats"); and the roles after
one person's name, which count one person ("Ivan Petrov, the first secretary and press attache"); and
"counterparts", the other side's people; and "persona non grata" hyphenated, after a participle, or told as a
noun ("X's declaration of four diplomats as unwelcome"); a head of mission told alone and then counted
with the others ("the ambassador and three other diplomats"), one expulsion; "the number two official", one man;
"informed X that he had 72 hours to leave"; "40 expulsions of"; a list of states ending in "the Czech Republic"; an
expulsion told as the answer to another in one sentence; an expulsion judged ("was not justified"), not denied;
"leave a message" or "ordered out of the meeting", no expulsion at all; "five more", another expulsion; and "a spy
swap", no spy."""
import pytest

from tests.expulsions_helpers import READING_NAMES, grammar_readings, made_up_rows


def asserted(text):
    return {(a, b, n) for a, b, n, m in made_up_rows(text, "1991-10-04") if m == "asserted"}


@pytest.mark.parametrize("text, want", [
    ("Ruritania ejects eight Freedonian diplomats accused of spying.", {("RR", "FD", 8)}),
    ("Ruritania tossed out 47 Freedonian diplomats on charges of spying.", {("RR", "FD", 47)}),
    ("Ruritania ordered the ejection of 80 Freedonian diplomats posted to Strelsau.", {("RR", "FD", 80)}),
    # the same words about other people, or in another sense, are no expulsion
    ("The pilot ejected safely before the jet crashed in Ruritania.", set()),
    ("Ruritania tossed out the idea of talks and expelled two Freedonian diplomats.", {("RR", "FD", 2)}),
])
def test_eject_and_toss_out(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    ("Ruritania expelled 45 Freedonian staff in retaliation for Fredville last month expelling 45 Ruritanian "
     "diplomats.", {("RR", "FD", 45), ("FD", "RR", 45)}),
    ("Ruritania expelled 45 Freedonian staff in retaliation for Freedonia expelling 45 Ruritanian diplomats.",
     {("RR", "FD", 45), ("FD", "RR", 45)}),
    # a preposition on a verb names whom the verb reaches, not who expels
    ("The ministry sent a note to Freedonia expelling two Freedonian diplomats.", set()),
    ("Ruritania apologised to Freedonia after expelling two Freedonian diplomats by mistake.", {("RR", "FD", 2)}),
])
def test_the_state_before_a_gerund_is_its_subject(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # the roles after one person's name are that person's
    ("Ruritania expelled Ivan Petrov, the Freedonian first secretary and press attache.", {("RR", "FD", 1)}),
    ("Ruritania expelled Abdul Ghadir Bagdadi, aged 34, the Freedonian leader's main representative and head "
     "of the committee.", {("RR", "FD", 1)}),
    # two people: roles with their own names or determiners, or a counted head
    ("Ruritania expelled the Freedonian first secretary and the press attache.", {("RR", "FD", 2)}),
    ("Ruritania expelled two Freedonian diplomats, the first secretary and the press attache.", {("RR", "FD", 2)}),
    ("Ruritania expelled Ivan Petrov, the Freedonian first secretary, and Oleg Sidorov, the press attache.",
     {("RR", "FD", 2)}),
    ("Ruritania expelled Ivan Petrov, aged 40, the Freedonian first secretary, and the press attache.",
     {("RR", "FD", 2)}),
])
def test_a_named_person_with_two_roles_is_one(text, want):
    assert asserted(text) == want


def test_a_role_the_parser_joins_to_the_name_by_commas_is_the_same_man():
    # the parser reads "representative" as a conjunct of the name, with no "and" between them
    from transforms.expulsions.story import default_parse
    text = ("Ruritania expelled Abdul Ghadir Bagdadi, aged 34, Colonel Gadaffi's main representative and leader "
            "of the Freedonian students who took over the embassy.")
    counts = [n for _, _, n, _ in grammar_readings(lambda t: default_parse([t])[0], text, READING_NAMES)]
    assert counts == [1]


@pytest.mark.parametrize("text, want", [
    # "counterparts" are people of a mission, the other side's
    ("Freedonia expelled two Ruritanian diplomats, and Ruritania retaliated by expelling two of their Freedonian "
     "counterparts.", {("FD", "RR", 2), ("RR", "FD", 2)}),
    ("First, two Ruritanian diplomats were kicked out by the Freedonian regime. Then the Ruritanian prime minister "
     "revealed that in retaliation their counterparts had been expelled from Ruritania.",
     {("FD", "RR", 2), ("RR", "FD", None)}),
    # a counterpart met or phoned is no one expelled
    ("The Ruritanian foreign minister met his Freedonian counterpart in Strelsau.", set()),
])
def test_counterparts_are_the_other_sides_people(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # "persona non grata" hyphenated, as some newsrooms write it
    ("Ruritania declared two Freedonian diplomats persona-non-grata.", {("RR", "FD", 2)}),
    ("Ruritania declared the Freedonian ambassador Persona-Non-Grata on Friday.", {("RR", "FD", 1)}),
    # the people declared, with a participle between them and the predicate
    ("The Ruritanian foreign minister on Friday declared Freedonian diplomats working in the country as "
     "personae non gratae.", {("RR", "FD", None)}),
    # the declaring told as a noun
    ("This follows Ruritania's declaration of four Freedonian diplomats as persona non grata.", {("RR", "FD", 4)}),
    ("Freedonia responded to Ruritania's declaration of four Freedonian diplomats as unwelcome.", {("RR", "FD", 4)}),
    ("Ruritania's declaration of independence was read as unwelcome news in Freedonia.", set()),
    # a decree that mandates an expulsion is its issuer's
    ("Ruritania mandated the expulsion of three Freedonian diplomats.", {("RR", "FD", 3)}),
])
def test_declared_unwelcome_in_other_words(text, want):
    assert asserted(text) == want


@pytest.mark.parametrize("text, want", [
    # the head of mission told alone, then counted with the others: one expulsion
    ("Ruritania has given the Freedonian ambassador seven days to leave the country. The foreign minister said the "
     "Freedonian ambassador and three other diplomats had been given seven days to leave.", {("RR", "FD", 4)}),
    ("Ruritania ordered the expulsion of the Freedonian ambassador and 14 other diplomats on Thursday. Analysts said "
     "the expulsion of the ambassador was the first ever by Ruritania.", {("RR", "FD", 15)}),
    ("Ruritania expels Freedonian ambassador. Ruritania has ordered the expulsion of Freedonia's ambassador and "
     "another Freedonian diplomat.", {("RR", "FD", 2)}),
    # another year, or the other side, is another expulsion
    ("Ruritania expelled the Freedonian ambassador in 2019. In 2021 it expelled the new Freedonian ambassador and "
     "three other diplomats.", {("RR", "FD", 1), ("RR", "FD", 4)}),
    ("Ruritania expelled the Freedonian ambassador. Freedonia expelled the Ruritanian ambassador and two other "
     "diplomats.", {("RR", "FD", 1), ("FD", "RR", 3)}),
])
def test_the_head_of_mission_told_apart_from_the_group(text, want):
    assert {(a, b, n) for a, b, n, m in made_up_rows(text, "2021-08-26") if m == "asserted"} == want


def test_number_two_is_a_rank():
    for text in ("Ruritania expelled the number two official of the Freedonian embassy.",
                 '"The number two official in Freedonia\'s embassy in Ruritania is persona non grata and Mr Bassam '
                 'al-Dossari must leave Ruritania\'s territory within 72 hours," the ministry said.'):
        rows = made_up_rows(text, "2015-10-03")
        assert rows and all(n == 1 for _, _, n, _ in rows), (text, rows)


@pytest.mark.parametrize("text, want", [
    # a deadline told to the people's envoy: "informed X that he had 72 hours to leave"
    ("Ruritania informed one Freedonian diplomat that he had 72 hours to leave the country.", {("RR", "FD", 1)}),
    ("Ruritania informed one Freedonian diplomat that they had 72 hours to leave the country.", {("RR", "FD", 1)}),
    # a counted expulsion noun counts one person each
    ("Ruritania announced 40 expulsions of Freedonian diplomats.", {("RR", "FD", 40)}),
    # "the exit of" people a host demands is their expulsion; an exit of another kind is none
    ("Ruritania demanded the exit of 21 Freedonian diplomats.", {("RR", "FD", 21)}),
    ("The Freedonian ambassador made a hasty exit from the meeting in Strelsau.", set()),
    ("The 1986 expulsions of Freedonian diplomats by Ruritania were the largest.", {("RR", "FD", None)}),
])
def test_deadlines_and_counted_nouns(text, want):
    assert {(a, b, n) for a, b, n, m in made_up_rows(text, "2022-03-30") if m == "asserted"} == want


def test_a_list_of_states_ending_in_the_is_each_of_them():
    from tests.expulsions_helpers import mentions_for, sentences_for
    from transforms.expulsions import extract_events
    from transforms.expulsions.story import default_parse
    text = ("The Netherlands, Belgium, Ireland, and the Czech Republic announced the expulsions of dozens of Russian "
            "diplomats.")
    # the resolver names "Czech Republic" without its article
    mentions = [m._replace(start_char=m.start_char + 4, text=m.text[4:]) if m.text.startswith("the ") else m
                for m in mentions_for(text)]
    events = extract_events("t", text, "2022-03-30", sentences_for(text), mentions, parse=default_parse)
    assert {(e.expelling_country, e.expelled_country, e.count) for e in events if e.modality == "asserted"} == \
        {("NL", "RU", None), ("BE", "RU", None), ("IE", "RU", None), ("CZ", "RU", None)}


@pytest.mark.parametrize("text, want", [
    # one expulsion told as the answer to another: both, each with its count
    ("Ruritania today ordered the expulsion from Ruritania of Freedonian Ambassador Carlos Tunnermann and seven other "
     "representatives of the Freedonian government in response to Fredville's ouster of the Ruritanian envoy and seven "
     "of his aides.", {("RR", "FD", 8), ("FD", "RR", 8)}),
    # an expulsion judged is not denied; one not carried out is
    ("Freedonia said that Ruritania's expulsion of eight of its diplomats was not justified.", {("RR", "FD", 8)}),
    ("Ruritania's expulsion of eight Freedonian diplomats was not carried out.", set()),
])
def test_answers_and_judgements(text, want):
    assert {(a, b, n) for a, b, n, m in made_up_rows(text, "1988-07-12") if m == "asserted"} == want


@pytest.mark.parametrize("text, want", [
    # "leave" a thing, or "out of" a room, is no expulsion
    ("Ruritania's foreign minister asked the Freedonian ambassador to leave a message for his government.", set()),
    ("The Freedonian ambassador was told by Ruritania to leave his car outside the ministry.", set()),
    ("STRELSAU - Two Freedonian diplomats were ordered out of the meeting after a shouting match.", set()),
    # the country, its soil, one's post, or no object at all
    ("Ruritania asked the Freedonian ambassador to leave the country.", {("RR", "FD", 1)}),
    ("Ruritania told two Freedonian diplomats to leave their posts and go home.", {("RR", "FD", 2)}),
    ("STRELSAU - Two Freedonian diplomats were ordered out of the country.", {("RR", "FD", 2)}),
    ("Ruritania ordered two Freedonian diplomats out.", {("RR", "FD", 2)}),
])
def test_leaving_a_thing_or_a_room_is_no_expulsion(text, want):
    assert asserted(text) == want


def _event_list(text, published="1986-11-02"):
    """(expelling, expelled, count, at_least) of every asserted event, repeats kept."""
    from tests.expulsions_helpers import mentions_for, sentences_for
    from transforms.expulsions import extract_events
    from transforms.expulsions.story import default_parse
    events = extract_events("t", text, published, sentences_for(text), mentions_for(text), parse=default_parse)
    return sorted((e.expelling_country, e.expelled_country, e.count, e.at_least) for e in events
                  if e.modality == "asserted")


@pytest.mark.parametrize("text, want", [
    # people counted as more than those before are another expulsion, even of the same number (in 1986 Russia is
    # the Soviet Union)
    ("The Soviet Union expelled five American diplomats in October. In response, the Soviet Union expelled five "
     "more American diplomats in November.", [("SU", "US", 5, False), ("SU", "US", 5, False)]),
    ("Poland expelled two Russian diplomats on Monday. On Friday Poland expelled another two Russian diplomats.",
     [("PL", "SU", 2, False), ("PL", "SU", 2, False)]),
    # the same expulsion told twice is one
    ("Poland expelled two Russian diplomats. Poland expelled two Russian diplomats, the ministry said.",
     [("PL", "SU", 2, False)]),
    # "the spouse of another one" says whose spouse: no one more expelled
    ("Poland expelled a Russian diplomat on Monday. Poland had ordered a Russian diplomat and the spouse of "
     "another one to leave.", [("PL", "SU", 1, False)]),
    # and so are the same "six more" told twice
    ("Poland expelled 25 Russian diplomats in March. On Monday Poland expelled six more Russian diplomats. The "
     "minister said Poland had decided to expel six more Russian diplomats.", [("PL", "SU", 6, False), ("PL", "SU", 25, False)]),
    # and so are "six more" and the "all six" or "the six" that name those people again
    ("Poland expelled 25 Russian diplomats in March. On Monday Poland ordered six more Russian diplomats to leave "
     "the country. All six Russian diplomats were given three weeks to leave Poland, officials said.",
     [("PL", "SU", 6, False), ("PL", "SU", 25, False)]),
    ("Poland expelled 25 Russian diplomats in March. On Monday Poland ordered six more Russian diplomats to leave "
     "the country. The six Russian diplomats were told to leave Poland within a week.",
     [("PL", "SU", 6, False), ("PL", "SU", 25, False)]),
    # a later "six" that does not point back is another expulsion still
    ("Poland expelled six more Russian diplomats on Monday. In June Poland had expelled six Russian diplomats.",
     [("PL", "SU", 6, False), ("PL", "SU", 6, False)]),
    # "more than" is a lower bound
    ("The Soviet Union expelled more than 50 American diplomats.", [("SU", "US", 50, True)]),
])
def test_more_of_them_is_another_expulsion(text, want):
    assert _event_list(text) == want


@pytest.mark.parametrize("text, want", [
    # a diplomatic noun that names a thing about them ("a spy swap") counts no one
    ("Ruritania expelled two Freedonian diplomats in March. In July Ruritania and Freedonia carried out their biggest "
     "spy swap at the border, exchanging 10 agents deported by Ruritania for four freed by Freedonia.",
     {("RR", "FD", 2)}),
    ("Ruritania expelled two Freedonian spies.", {("RR", "FD", 2)}),
])
def test_a_spy_swap_is_no_spy(text, want):
    assert asserted(text) == want
