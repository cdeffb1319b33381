"""Codes and abbreviations that are no mention of a country or town (sentences written for these tests)."""
import pytest

from transforms.name_spans import PERSON_TITLES
from transforms.not_names import (abbreviated_region, company_legal_form, event_named_after_person, indefinite_common_noun,
                                  row_label_of_figures,
                                  tagged_stretch, time_zone_after_clock, title_before_a_name, unit_after_figure)
from transforms.recognise import EntityRecogniser, load_spacy_model, tagger_reach, worker_spacy_model
from transforms.records import Article


@pytest.fixture(scope="module")
def nlp():
    return load_spacy_model()


def spans(doc, word):
    return [(t.i, t.i + 1) for t in doc if t.text == word]


def test_a_time_zone_after_a_clock_time_is_no_country(nlp):
    doc = nlp("Bids close at 1600 EST on Friday and the talks open at 9:30 a.m. CET in Tallinn. "
              "In 2004 EST was not yet a code anyone used. Officials from EST said nothing.")
    est = spans(doc, "EST")
    assert time_zone_after_clock(doc, *est[0])
    assert time_zone_after_clock(doc, *spans(doc, "CET")[0])
    assert not time_zone_after_clock(doc, *est[1])   # a year, not a clock
    assert not time_zone_after_clock(doc, *est[2])


def test_an_abbreviated_state_after_a_town_is_no_town(nlp):
    doc = nlp("The suit was filed in Erie County, Pa., and in Lowell, Mass., last week. "
              "Troops came from France, Chad.")
    assert abbreviated_region(doc, *spans(doc, "Pa.")[0])
    assert abbreviated_region(doc, *spans(doc, "Mass.")[0])
    chad = [(t.i, t.i + 1) for t in doc if t.text.startswith("Chad")][0]
    assert not abbreviated_region(doc, *chad)   # a country's name ending a sentence


def test_an_abbreviated_state_after_a_datelines_town_in_capitals_is_no_town(nlp):
    doc = nlp("ROCHESTER, Minn., Feb. 3 (AP) - A county judge dismissed the case. Aid came from the US, Chad.")
    assert abbreviated_region(doc, *spans(doc, "Minn.")[0])
    chad = [(t.i, t.i + 1) for t in doc if t.text.startswith("Chad")][0]
    assert not abbreviated_region(doc, *chad)   # after a country's code: no town


def test_a_lower_case_word_after_a_or_an_is_a_common_noun(nlp):
    doc = nlp("The chairman told a congress here that a U.S. embassy and the Congress agreed.")
    congress = [(t.i, t.i + 1) for t in doc if t.text == "congress"][0]
    assert indefinite_common_noun(doc, *congress)
    embassy = [(t.i, t.i + 2) for t in doc if t.text == "U.S."][0]
    assert not indefinite_common_noun(doc, *embassy)            # a state's mission, written so
    capital = [(t.i, t.i + 1) for t in doc if t.text == "Congress"][0]
    assert not indefinite_common_noun(doc, *capital)


def test_the_recogniser_leaves_them_out():
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["EST", "Estonia"]})
    text = "The offer ends at 1700 EST on Friday, a lawyer in Scranton, Pa., said. Estonia agreed."
    (r,) = rec.recognise([Article("a", text)])
    found = [m.text for m in r.mentions]
    assert "EST" not in found and "Pa." not in found and "Estonia" in found


def test_an_adjective_opening_a_sentence_is_no_leader():
    rec = EntityRecogniser(load_spacy_model(), {"PERSON": ["Major", "John Major", "Brown", "Gordon Brown", "Bush"]})
    text = ("Major coffee growers expect to cut their shipments this spring, traders in Santos said.\n"
            "Brown sugar prices fell on Monday.\n"
            "Bush administration officials said the talks would go on. Major told reporters he was confident.\n"
            "Bush and other officials met in Ottawa.")
    (r,) = rec.recognise([Article("a", text)])
    found = [(m.text, m.start_char) for m in r.mentions]
    assert ("Major", 0) not in found   # "Major coffee growers": an adjective
    assert not any(t == "Brown" for t, _ in found)
    assert sum(t == "Bush" for t, _ in found) == 2   # a surname before a noun or "and" is still a name
    assert any(t == "Major" and s > 0 for t, s in found)   # "Major told reporters": the man


def test_the_tagger_reads_only_the_words_that_can_change_the_first_two_tags(nlp):
    doc = nlp("Major coffee growers said on Monday Brazil's crop would be smaller than expected.")
    assert tagged_stretch(doc, 0, len(doc), 2, None) == len(doc)   # reach unknown: the whole sentence
    cut = tagged_stretch(doc, 0, len(doc), 2, 4)
    assert doc[:cut].text == "Major coffee growers said on Monday Brazil's"   # 2 + 4 + 1 tokens, and the 's
    assert tagged_stretch(doc, 0, 5, 2, 4) == 5   # never past the end given
    # the tags of the first two words are the same from the shorter text (the model reads 4 tokens on each side)
    tagger = worker_spacy_model()
    reach = tagger_reach(tagger)
    assert reach == 4
    skip = [p for p in tagger.pipe_names if p not in ("tok2vec", "tagger")]
    for text in ("Major coffee growers in Brazil expect to cut their U.S.-bound shipments sharply this spring.",
                 "Leading West German banks said on Tuesday that the Bundesbank would hold its rates."):
        d = tagger(text, disable=skip)
        shorter = d[:tagged_stretch(d, 0, len(d), 2, reach)].text
        assert len(shorter) < len(text)
        assert [t.tag_ for t in tagger(shorter, disable=skip)][:2] == [t.tag_ for t in d][:2]


def test_a_tagger_of_another_architecture_reads_the_whole_sentence():
    class Transformer:
        config = {"components": {"tagger": {"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": {
            "@architectures": "spacy-transformers.TransformerListener.v1", "upstream": "*"}}}}}
    assert tagger_reach(Transformer()) is None


def test_an_adjective_before_a_country_and_a_noun_is_no_leader():
    rec = EntityRecogniser(load_spacy_model(), {"PERSON": ["Major", "John Major", "Young"],
                                                "COUNTRY": ["U.K.", "Britain", "British", "Canada"]})
    text = ("PARIS, May 4 - Major U.K. insurers raised their premiums after the storms.\n"
            "Major British retailers reported lower sales. Young Canadian farmers left the land.\n"
            "Major said on Friday that the insurers had acted too soon. Major, Hurd and Clarke met.\n"
            "OTTAWA, May 5 - Major told Canada's premier he would visit.")
    (r,) = rec.recognise([Article("a", text)])
    found = [(m.text, m.start_char) for m in r.mentions]
    first, second = text.index("Major U.K."), text.index("Major British")
    assert ("Major", first) not in found and ("Major", second) not in found   # adjectives
    assert not any(t == "Young" for t, _ in found)
    assert ("U.K.", text.index("U.K.")) in found   # the country stays
    for said in ("Major said", "Major, Hurd", "Major told"):
        assert ("Major", text.index(said)) in found, said   # the man, also right after a dateline


def test_png_after_declared_is_persona_non_grata_not_papua_new_guinea(nlp):
    from transforms.not_names import persona_non_grata_abbreviation
    doc = nlp("Two attaches of the embassy were declared PNG on Friday. We expect PNG action. "
              "Lagos wants them named persona non grata (PNG) too. PNG declared a state of emergency. Troops from PNG landed.")
    png = spans(doc, "PNG")
    assert [persona_non_grata_abbreviation(doc, *s) for s in png] == [True, True, True, False, False]


def test_a_people_after_neo_is_a_movement_not_a_state():
    """'neo-Nazis' name no state; 'Nazi' and 'Nazis' are Nazi Germany's people (DE), and 'pro-Soviet'
    keeps its state."""
    from gazetteer.model import Entity
    from gazetteer.resolver import ArticleResolver
    from gazetteer.store import Gazetteer
    from tests.gazetteer.asking import ask
    rec = EntityRecogniser(load_spacy_model(), {"NORP": ["Nazi", "Nazis", "Soviet"]})
    text = ("Police arrested three neo-Nazis after the march, and a neo-Nazi band was banned. "
            "The Nazis occupied the town in 1940. A pro-Soviet crowd gathered.")
    (r,) = rec.recognise([Article("a", text)])
    found = [(m.text, m.start_char) for m in r.mentions]
    assert not any(text[max(0, s - 4):s] == "neo-" or t.lower().startswith("neo") for t, s in found), found
    assert any(t == "Nazis" for t, _ in found) and any("Soviet" in t for t, _ in found), found
    gaz = Gazetteer([Entity("q:de", "Nazi Germany", "COUNTRY", "DE", demonyms=["Nazi", "Nazis"])])
    (nazi,) = ask(ArticleResolver(gaz), "1975-01-01", ("Nazi", "NORP"))
    assert nazi.country_code == "DE"


def test_a_title_right_before_a_person_s_name_is_no_name(nlp):
    doc = nlp("The aide of former FM Boris Petrov met Pres. Anna Vela and the FM of Ruritania.")
    fm = spans(doc, "FM")
    petrov = [t.i for t in doc if t.text == "Boris"][0]
    vela = [t.i for t in doc if t.text == "Anna"][0]
    pres = [(t.i, t.i + 1) for t in doc if t.text.startswith("Pres")][0]
    starts = {petrov, vela}
    assert title_before_a_name(doc, *fm[0], starts, PERSON_TITLES)
    assert title_before_a_name(doc, *pres, starts, PERSON_TITLES)           # past its dot
    assert not title_before_a_name(doc, *fm[1], starts, PERSON_TITLES)      # no name after it
    assert not title_before_a_name(doc, *fm[0], {vela}, PERSON_TITLES)     # no person's name begins there


def test_the_recogniser_leaves_out_titles_before_names():
    rec = EntityRecogniser(load_spacy_model(), {"ORG": ["FM", "PM"], "PERSON": ["Tony Blair"]})
    text = "The envoy met former FM Boris Petrov on Monday. PM Tony Blair said the visit was useful."
    (r,) = rec.recognise([Article("a", text)])
    found = [m.text for m in r.mentions]
    assert "FM" not in found and "PM" not in found and "Boris Petrov" in found


def test_a_companys_legal_form_after_its_name_is_no_name_of_its_own(nlp):
    """'Hollis Kemper and Co., L.P.' and 'Marrow Holdings, Inc.' end companies' names: no party coded LP, no body
    'Co.'; 'Prince Nayef, SPA reported' keeps the agency, and 'LP' alone a party's code."""
    doc = nlp("Hollis Kemper and Co., L.P. agreed to pay the fine, and Marrow Holdings, Inc. paid too. "
              "Arms were found near the border, Prince Nayef, SPA reported. The LP said it would stand.")
    assert company_legal_form(doc, *spans(doc, "L.P.")[0])
    assert company_legal_form(doc, *spans(doc, "Co.")[0])
    assert company_legal_form(doc, *spans(doc, "Inc.")[0])
    assert not company_legal_form(doc, *spans(doc, "SPA")[0])
    assert not company_legal_form(doc, *spans(doc, "LP")[0])
    assert not company_legal_form(doc, *spans(doc, "Hollis")[0])


def test_a_legal_form_in_initials_ending_a_companys_name_is_no_name(nlp):
    doc = nlp("Freedonia Motoren AG and Ruritania Holdings PLC said Graustark Trading SA would buy them. "
              "The AG said so. Shares of AG rose, said Prince Nayef SPA.")
    ag = spans(doc, "AG")
    assert company_legal_form(doc, *ag[0])
    assert company_legal_form(doc, *spans(doc, "PLC")[0]) and company_legal_form(doc, *spans(doc, "SA")[0])
    assert not company_legal_form(doc, *ag[1]) and not company_legal_form(doc, *ag[2])   # after "The", "of"
    assert not company_legal_form(doc, *spans(doc, "SPA")[0])   # no legal form in initials: the agency stays


def test_a_legal_form_after_a_companys_name_is_no_mention():
    rec = EntityRecogniser(load_spacy_model(), {"ORG": ["LP"]})
    text = "NEW YORK, Nov. 15 - Hollis Kemper and Co., L.P. agreed to pay a penalty of $2 million."
    (r,) = rec.recognise([Article("a", text)])
    found = [m.text for m in r.mentions]
    assert "L.P." not in found and "Co." not in found, found


RESULTS = ("Halvard Pumps Corp said its first quarter profit rose.\n    Shr 26 cts vs 14 cts\n"
           "    Net 28.4 mln vs 15.2 mln\n    Revs 305.7 mln vs 179.6 mln\n    Avg shrs 100,362,000 vs 91,360,000\n"
           "    Japan 1.2 pct vs 0.9 pct\n    Revs rose as Marta Kovac said sales grew.")


def test_the_label_of_a_row_of_figures_is_no_name(nlp):
    doc = nlp(RESULTS)
    revs = spans(doc, "Revs")
    assert row_label_of_figures(doc, *revs[0], "PERSON")
    assert row_label_of_figures(doc, *spans(doc, "Avg")[0], "ORG")
    assert not row_label_of_figures(doc, *spans(doc, "Japan")[0], "GPE")   # a name the gazetteer knows stays
    assert not row_label_of_figures(doc, *revs[1], "PERSON")   # no figure after it on its line
    assert not row_label_of_figures(doc, *spans(doc, "Halvard")[0], "ORG")   # no figure after it
    marta = [t.i for t in doc if t.text == "Marta"][0]
    assert not row_label_of_figures(doc, marta, marta + 2, "PERSON")   # does not open its line


def test_a_row_of_figures_leaves_no_person_named_by_its_label():
    (r,) = EntityRecogniser(load_spacy_model(), {}).recognise([Article("a", RESULTS)])
    found = [m.text for m in r.mentions]
    assert found.count("Revs") <= 1 and "Avg" not in found and "Japan" in found, found


def test_a_unit_after_a_figure_is_no_name(nlp):
    doc = nlp("Shr 62 cts vs 52 cts. Freedonia's reserves rose to 56 billion U.S. Dlrs and it bought 12,000 mt "
              "bagged sugar for 1.5 MLN DLRS. The cts group and Dlrs Holdings met 20 Freedonian bankers.")
    cts = spans(doc, "cts")
    assert unit_after_figure(doc, *cts[0]) and unit_after_figure(doc, *cts[1])
    us = [t.i for t in doc if t.text == "U.S."][0]
    assert unit_after_figure(doc, us, us + 2)   # "56 billion U.S. Dlrs": after a scale word after a figure
    mt = [t.i for t in doc if t.text == "mt"][0]
    assert unit_after_figure(doc, mt, mt + 2)   # "12,000 mt bagged"
    assert unit_after_figure(doc, *spans(doc, "MLN")[0])
    assert not unit_after_figure(doc, us, us + 1)   # the country inside it stays
    assert not unit_after_figure(doc, *cts[2])   # no figure before it
    assert not unit_after_figure(doc, *spans(doc, "Dlrs")[1])   # "and Dlrs Holdings"
    assert not unit_after_figure(doc, *spans(doc, "Freedonian")[0])   # a people after a figure


def test_the_recogniser_leaves_units_out_and_keeps_the_country_in_them():
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["U.S."], "ORG": ["MLN"]})
    text = ("Freedonia Mining Corp <FRM> 1ST QTR NET\n    Shr 62 cts vs 52 cts\n    Net 142.0 mln vs 123.0 mln\n"
            "    Freedonia's reserves rose to a record 56 billion U.S. Dlrs, the central bank said. The fund raised "
            "1.5 MLN DLRS.")
    (r,) = rec.recognise([Article("a", text)])
    found = [m.text for m in r.mentions]
    assert not {"cts", "U.S. Dlrs", "MLN"} & set(found) and "U.S." in found, found


def test_an_event_named_after_a_person_is_no_person(nlp):
    doc = nlp("The Velkov Affair and the Ostrander incident divided the cabinet. Dragan Velkov denied the Kovacs "
              "Scandal. Affair spoke.")
    words = [t.text for t in doc]
    assert event_named_after_person(doc, words.index("Velkov"), words.index("Affair") + 1)
    assert event_named_after_person(doc, words.index("Ostrander"), words.index("incident") + 1)
    assert event_named_after_person(doc, words.index("Kovacs"), words.index("Scandal") + 1)
    assert not event_named_after_person(doc, words.index("Dragan"), words.index("Dragan") + 2)   # Dragan Velkov
    last = len(words) - 3
    assert words[last] == "Affair" and not event_named_after_person(doc, last, last + 1)   # one word: a name


def test_the_recogniser_leaves_out_an_event_named_after_a_person_so_his_surname_is_his():
    """'Kovacs Affair' at the head of a text, which the model reads as a person: no person, and the bare
    'Kovacs' after 'Laszlo Kovacs' has no 'Kovacs Affair' to be named by."""
    rec = EntityRecogniser(load_spacy_model(), {})
    text = ("Kovacs Affair, named for Laszlo Kovacs, aroused bitter controversy in Austria. Kovacs, an official at "
            "the Hungarian embassy in Vienna, had asked for asylum. Kovacs said the embassy ran spies.")
    (r,) = rec.recognise([Article("a", text)])
    found = [m.text for m in r.mentions]
    assert "Kovacs Affair" not in found and "Laszlo Kovacs" in found and "Kovacs" in found, found
