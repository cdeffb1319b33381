"""Sentence words cut from the edges of a model's span (sentences written for these tests)."""
import spacy

from tests.span_helpers import token_span as _span
from transforms.span_edges import trimmed_edges

NLP = spacy.blank("en")


def _text(doc, span):
    return doc[span[0]:span[1]].text


def test_an_opening_indefinite_article_is_no_part_of_a_body():
    doc = NLP("An Ruritanian Foreign Affairs Ministry statement said the two had left.")
    (got,) = trimmed_edges(doc, [_span(doc, "An Ruritanian Foreign Affairs Ministry") + ("ORG",)], [])
    assert _text(doc, got) == "Ruritanian Foreign Affairs Ministry"
    doc = NLP("A Freedonian Embassy spokesman declined to comment.")
    (got,) = trimmed_edges(doc, [_span(doc, "A Freedonian Embassy") + ("ORG",)], [])
    assert _text(doc, got) == "Freedonian Embassy"


def test_a_person_or_a_name_the_gazetteer_knows_whole_keeps_it():
    doc = NLP("An Chang-ho spoke first.")
    person = _span(doc, "An Chang - ho") + ("PERSON",)
    assert trimmed_edges(doc, [person], []) == [person]
    doc = NLP("A Coruna voted on Sunday.")
    town = _span(doc, "A Coruna")
    assert trimmed_edges(doc, [town + ("GPE",)], [town + ("GAZ:CITY",)]) == [town + ("GPE",)]
    doc = NLP("An envoy left.")   # a lower-case word after it: nothing to cut to
    assert trimmed_edges(doc, [(0, 2, "ORG")], []) == [(0, 2, "ORG")]


def test_a_lower_case_word_after_a_known_place_is_cut_off():
    doc = NLP("Two officers had flown to the Republic of Ruritania weeks before the blast.")
    model = _span(doc, "the Republic of Ruritania weeks") + ("GPE",)
    gazetteer = [_span(doc, "Republic of Ruritania") + ("GAZ:COUNTRY",)]
    (got,) = trimmed_edges(doc, [model], gazetteer)
    assert _text(doc, got) == "the Republic of Ruritania"
    doc = NLP("He reached Strelsau hours later.")
    (got,) = trimmed_edges(doc, [_span(doc, "Strelsau hours") + ("GPE",)], [_span(doc, "Strelsau") + ("GAZ:CITY",)])
    assert _text(doc, got) == "Strelsau"


def test_a_group_of_states_the_gazetteer_does_not_know_is_left_whole():
    doc = NLP("The Baltic states expelled ten envoys.")
    span = _span(doc, "Baltic states") + ("GPE",)
    assert trimmed_edges(doc, [span], []) == [span]
    doc = NLP("The Ruritanian army moved.")   # not a place's label: the model's span stays
    body = _span(doc, "Ruritanian army") + ("ORG",)
    assert trimmed_edges(doc, [body], [_span(doc, "Ruritanian") + ("GAZ:COUNTRY",)]) == [body]


def test_a_conjunction_the_model_glues_on_is_no_part_of_the_name():
    from transforms.recognise import trim_span
    doc = NLP("In the view of Mr Kessler and Sir Otto Brandt, the matter is closed.")
    assert _text(doc, trim_span(doc, *_span(doc, "Mr Kessler and"))) == "Mr Kessler"
    doc = NLP("Trade between Trinidad and Tobago grew.")
    assert _text(doc, trim_span(doc, *_span(doc, "Trinidad and Tobago"))) == "Trinidad and Tobago"


def test_the_angle_brackets_around_a_wire_company_name_are_no_part_of_it():
    from transforms.recognise import trim_span
    doc = NLP("Halvorsen Shipping agreed to buy <Lindqvist Marine Holdings Inc> for 12 mln dlrs.")
    assert _text(doc, trim_span(doc, *_span(doc, "< Lindqvist Marine Holdings Inc >"))) == "Lindqvist Marine Holdings Inc"


def test_a_persons_name_the_model_cut_in_two_is_one_name():
    doc = NLP("The Russian, Mr. Valentin Grigoryevich Sokolov, had seven days to leave.")
    first, last = _span(doc, "Valentin Grigoryevich"), _span(doc, "Sokolov")
    (got,) = trimmed_edges(doc, [first + ("PERSON",), last + ("PERSON",)], [])
    assert _text(doc, got) == "Valentin Grigoryevich Sokolov"
    # a comma, a word or another kind of name between them: two names
    doc = NLP("Mr. Kessler, Otto Brandt and Ruritania met.")
    spans = [_span(doc, "Kessler") + ("PERSON",), _span(doc, "Otto Brandt") + ("PERSON",), _span(doc, "Ruritania") + ("GPE",)]
    assert trimmed_edges(doc, spans, []) == spans


def test_an_opening_preposition_is_no_part_of_a_place():
    doc = NLP("Following Strelsau 's expulsion of three diplomats, Freedonia expelled three.")
    town = _span(doc, "Strelsau")
    (got,) = trimmed_edges(doc, [_span(doc, "Following Strelsau") + ("PERSON",)], [town + ("GAZ:CITY",)])
    assert _text(doc, got) == "Strelsau"
    # a name the gazetteer does not match as a place on its own is left to the model
    doc = NLP("Following Orders was the film's title.")
    span = _span(doc, "Following Orders") + ("WORK_OF_ART",)
    assert trimmed_edges(doc, [span], []) == [span]


def test_an_envoys_host_run_into_the_envoys_name_is_cut_off():
    doc = NLP("The ministry summoned Freedonian Ambassador to Vell Ilse Marta Varga on Tuesday.")
    run = _span(doc, "Vell Ilse Marta Varga")
    host = _span(doc, "Vell")
    place, name = trimmed_edges(doc, [run + ("ORG",)], [host + ("GAZ:CITY",)])
    assert (_text(doc, place), place[2]) == ("Vell", "GPE") and (_text(doc, name), name[2]) == ("Ilse Marta Varga", "PERSON")
    # no title and "to" before it, or no place the gazetteer knows opening it: left as it is
    doc = NLP("Flights to Vell Harbour Authority resumed.")
    run, host = _span(doc, "Vell Harbour Authority"), _span(doc, "Vell")
    assert trimmed_edges(doc, [run + ("ORG",)], [host + ("GAZ:CITY",)]) == [run + ("ORG",)]


def test_an_envoys_host_after_the_and_a_middle_initial_are_cut_off_too():
    doc = NLP("Freedonia's new Ambassador to the United Provinces Ivo K. Marek said so.")
    host = _span(doc, "United Provinces")
    for run in (_span(doc, "the United Provinces Ivo K. Marek"), _span(doc, "United Provinces Ivo K. Marek")):
        place, name = trimmed_edges(doc, [run + ("ORG",)], [host + ("GAZ:COUNTRY",)])
        assert (_text(doc, place), place[2]) == ("United Provinces", "GPE")
        assert (_text(doc, name), name[2]) == ("Ivo K. Marek", "PERSON")
    # a name that ends in an initial is no person's name here
    doc = NLP("The Ambassador to the United Provinces Ivo K. said so.")
    run, host = _span(doc, "United Provinces Ivo K."), _span(doc, "United Provinces")
    assert trimmed_edges(doc, [run + ("ORG",)], [host + ("GAZ:COUNTRY",)]) == [run + ("ORG",)]


def test_a_bodys_name_runs_on_through_of_and_its_country():
    doc = NLP("The Central Bank of Freedonia raised rates.")
    land = _span(doc, "Freedonia")
    (got,) = trimmed_edges(doc, [_span(doc, "Central Bank") + ("ORG",)], [land + ("GAZ:COUNTRY",)])
    assert _text(doc, got) == "Central Bank of Freedonia"
    # a state's own voice, or no country the gazetteer matched, is left as it is
    doc = NLP("The Government of Freedonia protested.")
    span, land = _span(doc, "Government"), _span(doc, "Freedonia")
    assert trimmed_edges(doc, [span + ("ORG",)], [land + ("GAZ:COUNTRY",)]) == [span + ("ORG",)]
    doc = NLP("The Central Bank of Vell raised rates.")
    span = _span(doc, "Central Bank")
    assert trimmed_edges(doc, [span + ("ORG",)], []) == [span + ("ORG",)]


def test_a_span_cut_off_after_a_function_word_gives_way_to_the_known_name():
    doc = NLP("Ruritania said it would act with the Council of Nine on Friday.")
    known = [_span(doc, "Council of Nine") + ("GAZ:ORG",)]
    assert trimmed_edges(doc, [_span(doc, "the Council of") + ("ORG",)], known) == []
    doc = NLP("The Freedonian Board of Trade and Council of Nine met.")
    known = [_span(doc, "Council of Nine") + ("GAZ:ORG",)]
    (got,) = trimmed_edges(doc, [_span(doc, "The Freedonian Board of Trade and") + ("ORG",)], known)
    assert _text(doc, got) == "The Freedonian Board of Trade and"   # the known name begins past its end
    (got,) = trimmed_edges(doc, [_span(doc, "Board of Trade and Council") + ("ORG",)], known)
    assert _text(doc, got) == "Board of Trade and Council"   # no function word ends it


def test_a_word_that_opens_the_sentence_before_the_is_no_part_of_a_body():
    doc = NLP("Later the Freedonian Foreign Affairs Ministry said it would reply.")
    (got,) = trimmed_edges(doc, [_span(doc, "Later the Freedonian Foreign Affairs Ministry") + ("ORG",)], [])
    assert _text(doc, got) == "the Freedonian Foreign Affairs Ministry"
    doc = NLP("Yesterday the Ruritanian Embassy in Strelsau was closed.")
    (got,) = trimmed_edges(doc, [_span(doc, "Yesterday the Ruritanian Embassy") + ("ORG",)], [])
    assert _text(doc, got) == "the Ruritanian Embassy"


def test_a_byname_with_the_or_a_lower_case_word_after_the_keeps_the_span():
    doc = NLP("Rudolf the Bold of Ruritania was crowned.")
    person = _span(doc, "Rudolf the Bold") + ("PERSON",)
    assert trimmed_edges(doc, [person], []) == [person]
    doc = NLP("Then the ministry said nothing.")   # no name after "the": nothing to cut to
    assert trimmed_edges(doc, [(0, 3, "ORG")], []) == [(0, 3, "ORG")]


def test_a_town_and_its_state_after_a_comma_read_as_one_body_are_two_places():
    doc = NLP("The summit was held at Port Vell, Freedonia on 3 May.")
    land = _span(doc, "Freedonia")
    got = trimmed_edges(doc, [_span(doc, "Port Vell , Freedonia") + ("ORG",)], [land + ("GAZ:COUNTRY",)])
    assert [(_text(doc, g), g[2]) for g in got] == [("Port Vell", "GPE"), ("Freedonia", "GPE")]
    # a body's words before the comma, or no country the gazetteer matched after it, leave the span whole
    for text, words in (("The Central Bank, Freedonia said so.", "Central Bank , Freedonia"),
                        ("The Ministry of Trade, Freedonia said so.", "Ministry of Trade , Freedonia")):
        doc = NLP(text)
        span = _span(doc, words)
        assert trimmed_edges(doc, [span + ("ORG",)], [_span(doc, "Freedonia") + ("GAZ:COUNTRY",)]) == [span + ("ORG",)]
    doc = NLP("The summit was held at Port Vell, Vellonia on 3 May.")
    span = _span(doc, "Port Vell , Vellonia")
    assert trimmed_edges(doc, [span + ("ORG",)], []) == [span + ("ORG",)]
