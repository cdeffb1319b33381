"""Recognition: gazetteer phrases + NER spans -> the mentions a reader would mark."""
import spacy

from transforms.records import Article
from transforms.recognise import (EntityRecogniser, GazetteerMatcher, load_spacy_model, merge_spans,
                                  name_echoes)
from transforms.speaker_spans import speaker_candidates


def test_matcher_is_case_sensitive_for_single_words_but_not_for_names():
    nlp = spacy.blank("en")
    m = nlp.add_pipe("gazetteer_matcher")
    m.add_phrases("COUNTRY", ["US", "Russian Federation"])
    doc = nlp("Tell us about the US and the Russian federation.")
    assert sorted((s.text, s.label_) for s in doc.spans["gazetteer"]) == [
        ("Russian federation", "COUNTRY"), ("US", "COUNTRY")]


def test_a_name_matched_in_another_case_does_not_start_with_a_function_word():
    nlp = spacy.blank("en")
    nlp.add_pipe("gazetteer_matcher").add_phrases("ORG", ["For Progress", "Party of Regions", "Rule of Law",
                                                           "We Can"])
    doc = nlp("Trade matters for progress, said a member of the Party of regions. For Progress won. "
              "The rule of law matters. We can win.")
    # nor is a name matched when the text has it all in lower case ("rule of law")
    assert sorted(s.text for s in doc.spans["gazetteer"]) == ["For Progress", "Party of regions"]


def test_matcher_saves_and_loads_its_phrases(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("gazetteer_matcher").add_phrases("ORG", ["NATO"])
    nlp.get_pipe("gazetteer_matcher").to_disk(tmp_path)
    other = spacy.blank("en")
    other.add_pipe("gazetteer_matcher").from_disk(tmp_path)
    doc = other("NATO met.")
    assert [s.text for s in doc.spans["gazetteer"]] == ["NATO"]


def test_merge_prefers_longest_and_keeps_nested_names():
    ner = [(0, 6, "ORG")]                                   # "the House of Commons on the Salisbury"
    gaz = [(1, 4, "GAZ:ORG"), (5, 6, "GAZ:CITY")]
    assert merge_spans(ner, gaz) == [(0, 6, "ORG", "ner"), (1, 4, "GAZ:ORG", "nested"), (5, 6, "GAZ:CITY", "nested")]
    # a gazetteer name longer than the model's span wins ("the Czech Republic" over "Czech")
    assert merge_spans([(1, 2, "NORP")], [(0, 3, "GAZ:COUNTRY")]) == [(0, 3, "GAZ:COUNTRY", "gazetteer")]
    # the same span from both keeps the model's label
    assert merge_spans([(0, 1, "GPE")], [(0, 1, "GAZ:COUNTRY")]) == [(0, 1, "GPE", "both")]


def test_full_pipeline_finds_speakers_echoes_and_list_countries():
    nlp = load_spacy_model()
    rec = EntityRecogniser(nlp, {"COUNTRY": ["Slovenia", "Netherlands", "Czech Republic"], "NORP": ["Russian"]})
    text = ("Officials named Wang Lijun and Mr Hartmann. Wang said the talks failed. Brask added that it was over. "
            "Slovenia 33, the Netherlands 17 and the Czech Republic one expelled Russian diplomats.")
    (r,) = rec.recognise([Article("a1", text)])
    texts = {m.text for m in r.mentions}
    # the name without its honorific; the repeated and the speaking surnames are found
    assert {"Wang Lijun", "Hartmann", "Wang", "Brask"} <= texts
    assert "Mr Hartmann" not in texts
    assert {"Slovenia", "Netherlands", "Czech Republic", "Russian"} <= texts
    assert "Slovenia 33" not in texts
    assert len(r.sentences) == 4
    for m in r.mentions:
        assert text[m.start_char:m.end_char] == m.text


def test_speakers_and_echoes_cover_what_the_model_missed():
    nlp = load_spacy_model()
    doc = nlp("Officials met Bo Xilai in May. Later Bo was expelled. Trash added that it was over.")
    persons = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    used = {t for e in doc.ents for t in range(e.start, e.end)}
    echoes = [doc[s:e].text for s, e in name_echoes(doc, persons, used)]
    assert "Bo" in echoes or any(e.text == "Bo" for e in doc.ents)
    speakers = [doc[s:e].text for s, e in speaker_candidates(doc, used)]
    assert "Trash" in speakers or any(e.text == "Trash" for e in doc.ents)


def test_a_common_noun_opening_a_sentence_is_no_speaker():
    nlp = load_spacy_model()
    doc = nlp("Rescuers searched the flooded valley for two days. Rescuers said the road was closed. "
              "Provincial rescuers added that more rain was due. Kovac said the bridge would reopen.")
    used = {t for e in doc.ents for t in range(e.start, e.end)}
    speakers = [doc[s:e].text for s, e in speaker_candidates(doc, used)]
    assert "Rescuers" not in speakers
    # a name the article never writes in lower case still speaks
    assert "Kovac" in speakers or any(e.text == "Kovac" for e in doc.ents)


def test_names_after_a_role_title_are_found_even_when_the_model_misses_them():
    rec = EntityRecogniser(load_spacy_model(), {"NORP": ["Syrian"]})
    text = "The government decided to expel Syrian Charge d'Affaires Zuheir Jabbour from the capital."
    (r,) = rec.recognise([Article("a", text)])
    assert any(m.text == "Zuheir Jabbour" and m.label == "PERSON" for m in r.mentions)


def test_demonym_inside_an_institution_name_is_a_mention_of_its_own():
    ner = [(1, 3, "ORG"), (5, 7, "GPE")]     # "the British Government ... the Russian Federation"
    gaz = [(1, 2, "GAZ:NORP"), (5, 6, "GAZ:NORP"), (5, 7, "GAZ:COUNTRY")]
    merged = merge_spans(ner, gaz)
    assert (1, 2, "GAZ:NORP", "nested") in merged
    assert not any(s == 5 and e == 6 for s, e, _, _ in merged)   # not inside a country's own name


def test_speakers_come_from_token_patterns_without_a_parse():
    from transforms.speaker_spans import speaks_after
    nlp = spacy.blank("en")   # a tokenizer only: no tagger, no parser

    def speaks(text, name):
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == name.split()[0])
        return speaks_after(doc, start, start + len(name.split()))
    assert speaks("Tras said the talks failed.", "Tras")
    assert speaks("Tras also added that it was over.", "Tras")
    assert speaks('"We are leaving," said Tras.', "Tras")
    assert speaks("Mark Simon, who worked with him for years, argued that it was over.", "Mark Simon")
    assert not speaks("Officials in Moscow said the talks failed.", "Moscow")
    assert not speaks("A statement from the ISPR said it was over.", "ISPR")
    assert not speaks("They assert South China Sea claims, he said.", "South China Sea")
    assert not speaks("El Pais, which reported it, said the talks failed.", "El Pais")
    assert not speaks("He told Tras, a reporter, that it was over.", "Tras")


def test_recognition_runs_no_parser_and_still_finds_sentences():
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Poland"]})
    assert {"tagger", "parser"} <= set(rec.skip) and "ner" not in rec.skip
    (r,) = rec.recognise([Article("a", "Poland expelled two diplomats. Warsaw said so. Brask added more.")])
    assert len(r.sentences) == 3
    assert any(m.text == "Brask" and m.speaker for m in r.mentions)


def test_a_town_after_a_banks_first_is_no_mention():
    """'First Chicago' and 'First Boston', banks the model often leaves untagged, name no town; 'First,' and
    a town named alone do."""
    rec = EntityRecogniser(load_spacy_model(), {"CITY": ["Boston", "Chicago"]})
    text = ("The notes were co-managed by First Chicago, Salomon Brothers and First Boston. First, Boston "
            "officials must approve the plan, and traders in Chicago said it would.")
    (r,) = rec.recognise([Article("a", text)])
    towns = [(m.text, m.start_char) for m in r.mentions if m.text in ("Boston", "Chicago")]
    assert towns == [("Boston", text.index("Boston officials")), ("Chicago", text.index("Chicago said"))], towns


def test_a_town_or_a_person_at_the_head_of_a_company_name_is_no_mention():
    from transforms.company_names import heads_a_company_name
    rec = EntityRecogniser(load_spacy_model(), {"CITY": ["Boston", "Phoenix", "Hudson Bay", "Bethlehem"],
                                                 "PERSON": ["Rice"]})
    text = ("Analysts at First Boston Corp and Phoenix Financial Corp cut their forecasts. Hudson Bay Gold Inc "
            "and Bethlehem Steel fell. A fellow at Rice University said prices in Boston and Phoenix rose.")
    (r,) = rec.recognise([Article("a", text)])
    places = [(m.text, m.start_char) for m in r.mentions if m.text in ("Boston", "Phoenix", "Hudson Bay",
                                                                       "Bethlehem", "Rice")]
    # only the towns named for themselves, at the end of the last sentence
    assert [t for t, _ in places] == ["Boston", "Phoenix"] and all(s > text.index("prices") for _, s in places)
    nlp = spacy.blank("en")
    doc = nlp("Madison Square Garden Corp and London Mayor Sadiq Khan")
    assert heads_a_company_name(doc, 0, 1) and not heads_a_company_name(doc, 5, 6)
    # "and" or "&" joins a company's name: "S.G. Halberg and Co Inc", "Halberg & Sons Ltd"
    doc = nlp("Lisa Tarn of S.G. Halberg and Co Inc said so, and Tarn & Sons Ltd agreed; Boston and Denver rose")
    assert heads_a_company_name(doc, 4, 5) and heads_a_company_name(doc, 12, 13)
    assert not heads_a_company_name(doc, 18, 19)


def test_a_town_inside_a_longer_name_the_model_found_or_missed_is_no_mention():
    from transforms.company_names import inside_longer_name
    rec = EntityRecogniser(load_spacy_model(), {"CITY": ["Texas", "Valley", "Leningrad", "Kamloops"]})
    text = ("Union Texas said its reserves fell. The Highland Valley mine near Kamloops reopened. "
            "One diplomat came from the Leningrad Consulate. Northern Texas got rain on Monday.")
    (r,) = rec.recognise([Article("a", text)])
    towns = [(m.text, m.start_char) for m in r.mentions if m.text in ("Texas", "Valley", "Leningrad", "Kamloops")]
    assert ("Valley" not in [t for t, _ in towns]) and ("Texas", text.index("Texas")) not in towns
    assert {"Kamloops", "Leningrad"} <= {t for t, _ in towns}   # a mission of the town names the town
    assert ("Texas", text.index("Texas got")) in towns           # a direction word is no other name
    doc = spacy.blank("en")("Union Texas said that in Texas Tuesday and West Texas")
    assert inside_longer_name(doc, 1, 2) and not inside_longer_name(doc, 5, 6) and not inside_longer_name(doc, 9, 10)


def test_initials_before_a_surname_are_no_body():
    from transforms.not_names import initials_before_surname
    rec = EntityRecogniser(load_spacy_model(), {"ORG": ["WB", "UN", "EU"], "COUNTRY": ["Ireland"]})
    text = "Ireland's WB Yeats once wrote of it. UN Women and the EU Foreign Policy chief met WB officials."
    (r,) = rec.recognise([Article("a", text)])
    kept = [(m.text, m.start_char) for m in r.mentions if m.text in ("WB", "UN", "EU")]
    assert ("WB", text.index("WB Yeats")) not in kept
    assert {"UN", "EU"} <= {t for t, _ in kept}
    doc = spacy.blank("en")("the poet WB Yeats once, and the US Army")
    assert initials_before_surname(doc, 2, 3) and not initials_before_surname(doc, 8, 9, frozenset({"army"}))


def test_a_ministry_in_lower_case_is_found_where_a_bodys_name_stands():
    rec = EntityRecogniser(load_spacy_model(), {"ORG": ["Foreign Ministry", "Rule of Law"],
                                                 "COUNTRY": ["Qandaria"], "NORP": ["Qandarian"]})
    text = ("Qandaria expelled two diplomats, the foreign ministry said. A Qandarian foreign ministry official "
            "confirmed it. Every state needs foreign ministry staff and the rule of law.")
    (r,) = rec.recognise([Article("a", text)])
    found = [(m.text, m.start_char) for m in r.mentions if m.text.lower() in ("foreign ministry", "rule of law")]
    assert found == [("foreign ministry", text.index("foreign")),
                     ("foreign ministry", text.index("foreign ministry official"))]


def test_a_persons_name_matched_in_another_case_starts_with_a_capital():
    rec = EntityRecogniser(load_spacy_model(), {"PERSON": ["Said Omari", "Hadi Marun"]})
    text = "The communique said Omari and Tulli agreed. HADI MARUN arrived later."
    (r,) = rec.recognise([Article("a", text)])
    texts = {m.text for m in r.mentions}
    assert "said Omari" not in texts and "HADI MARUN" in texts


def test_a_company_name_across_a_wrapped_line_and_its_short_name_later_are_no_town():
    from transforms.company_names import heads_a_company_name, inside_longer_name
    rec = EntityRecogniser(load_spacy_model(), {"CITY": ["Harwick", "Doverton"]})
    text = ("Traders bought shares of Harwick Telegraph\nand Cable Corp on Monday, and Harwick shares\nhave gained "
            "20 pct this year. Traders in Doverton said the market was calm.")
    (r,) = rec.recognise([Article("a", text)])
    assert [m.text for m in r.mentions if m.text in ("Harwick", "Doverton")] == ["Doverton"]
    nlp = spacy.blank("en")
    doc = nlp("Harwick Telegraph\nand Cable Corp and Doverton\nMotors Corp")
    assert heads_a_company_name(doc, 0, 1) and heads_a_company_name(doc, 6, 7)
    # a new paragraph is no wrapped line; a town at the end of a line keeps its link
    doc = nlp("prices in Doverton\n    Harwick Corp said. Rain fell in Doverton\nyesterday")
    assert not heads_a_company_name(doc, 2, 3) and not inside_longer_name(doc, 2, 3)
    assert not inside_longer_name(doc, 11, 12)


def test_a_town_inside_a_companys_name_still_names_the_town_alone():
    rec = EntityRecogniser(load_spacy_model(), {"CITY": ["Harwick"]})
    text = "Bank of Harwick Ltd raised its rates. HARWICK, March 3 - Traders in Harwick were calm."
    (r,) = rec.recognise([Article("a", text)])
    assert [m.text for m in r.mentions if m.text.lower() == "harwick"][-1] == "Harwick"


def test_a_town_after_an_institutions_word_and_of_is_part_of_its_name():
    from transforms.company_names import inside_longer_name
    rec = EntityRecogniser(load_spacy_model(), {"CITY": ["Harwick"]})
    text = "Dealers feared intervention by the Bank of Harwick. Prices in Harwick rose, the mayor of Harwick said."
    (r,) = rec.recognise([Article("a", text)])
    towns = [m.start_char for m in r.mentions if m.text == "Harwick"]
    assert text.index("Bank of Harwick") + 8 not in towns and len(towns) == 2
    doc = spacy.blank("en")("the University of Harwick and the mayor of Harwick")
    assert inside_longer_name(doc, 3, 4) and not inside_longer_name(doc, 8, 9)


def test_a_possessive_the_model_reads_into_a_name_does_not_hide_the_country():
    # the model takes "Sri Lanka's" for a person; without its "'s" it is the gazetteer's country again
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Sri Lanka"]})
    (got,) = rec.recognise([Article("a1", "Sri Lanka's central bank raised its rates on Friday.")])
    assert [(m.text, "GAZ:COUNTRY" in m.label.split("|")) for m in got.mentions][:1] == [("Sri Lanka", True)]


def test_a_name_matched_in_another_case_holds_no_word_the_model_reads_as_a_date():
    rec = EntityRecogniser(load_spacy_model(), {"ORG": ["Russia Today"], "COUNTRY": ["Russia"]})
    text = ("Inside Russia today the mood is grim, a sociologist said. Russia Today reported it. "
            "RUSSIA TODAY said so too.")
    (r,) = rec.recognise([Article("a", text)])
    bodies = [m.text for m in r.mentions if "ORG" in m.label]
    assert bodies == ["Russia Today", "RUSSIA TODAY"]
    assert [m.text for m in r.mentions][0] == "Russia"   # the country, "today" a date


def test_a_lower_case_word_the_model_runs_into_a_name_is_no_part_of_it():
    rec = EntityRecogniser(load_spacy_model(), {"PERSON": ["Ronald Reagan"]})
    text = "Kirkland said any trade bill Reagan would sign would be weak, and Ahmed al-Kurdi agreed."
    (r,) = rec.recognise([Article("a", text)])
    people = [m.text for m in r.mentions if "PERSON" in m.label]
    assert "Reagan" in people and not any(p.startswith("bill") for p in people)
    (r,) = rec.recognise([Article("b", "prime minister edward seaga said jamaica would grow.")])
    assert not any(m.text == "seaga" for m in r.mentions)   # a text all in lower case keeps its names whole


def test_a_towns_name_before_share_words_after_its_company_named_in_full_is_the_company():
    """After 'Piedmont Aviation Inc', 'any Piedmont shares', 'the Piedmont stock' and 'Piedmont's shares' are
    the company's, whatever label the model gives them; 'flights to Piedmont' is still the place."""
    rec = EntityRecogniser(load_spacy_model(), {"CITY": ["Piedmont"]})
    text = ("Acme Air Group Inc said it may buy the 9.3 mln Piedmont\nAviation Inc shares it is seeking in its "
            "tender offer. The order would have required Acme to sell any Piedmont shares it held above 51 pct "
            "of the Piedmont stock. Acme now holds 50.1 pct of Piedmont's shares. Flights to Piedmont resumed "
            "on Monday.")
    (r,) = rec.recognise([Article("a", text)])
    found = [m.start_char for m in r.mentions if m.text == "Piedmont"]
    assert text.index("Piedmont shares") not in found, found
    assert text.index("Piedmont stock") not in found, found
    assert text.index("Piedmont's") not in found, found
    assert text.index("to Piedmont") + 3 in found, found
