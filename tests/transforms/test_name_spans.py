"""Name spans as a reader marks them: no honorifics, no run-together words, no line breaks."""
import pytest

from transforms.records import Article
from transforms.name_spans import glued_word_splits, split_glued_words
from transforms.recognise import EntityRecogniser, load_spacy_model


def test_glued_words_split_only_where_a_word_was_run_into_a_name():
    assert glued_word_splits("Tobinasked") == [(5, 5)]          # "Mr. Tobinasked the Minister"
    assert glued_word_splits("KERRIGANMy") == [(8, 8)]          # "LORD KERRIGANMy Lords"
    assert glued_word_splits("Pellow)Is") == [(6, 7)]
    assert glued_word_splits("HarkerThe") == [(6, 6)]
    assert glued_word_splits("Tobin(by") == [(5, 6)]            # "Mr. Tobin(by Private Notice) asked"
    assert glued_word_splits("Harker[Interruption") == [(6, 7)]
    # a dash run onto the bracket that closes a source's name: "(nilewire)–South Sudan", "(Reuters)-The"
    assert glued_word_splits("nilewire)–South") == [(8, 9), (9, 10)]
    assert glued_word_splits("Reuters)--The") == [(7, 8), (8, 10)]
    for word in ("x)-ray", "3)-The", "Reuters)-based"):   # a lone letter or number, a lower-case word after
        assert glued_word_splits(word) == [], word
    # brand names, Scottish and Irish names and ordinary words stay whole
    for word in ("McDonald", "MacArthur", "YouTube", "WhatsApp", "Tasked", "Masked", "Asked", "NATO", "iPhone"):
        assert glued_word_splits(word) == [], word
    # a bracket after a short code, or before a number, is no name run into a word
    for word in ("UK(s", "Act(1)", "Tobin(", "Tobin()"):
        assert glued_word_splits(word) == [], word


@pytest.fixture(scope="module")
def recogniser():
    return EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Ruritania"], "NORP": ["Ruritanian"]})


def _mentions(rec, text):
    (r,) = rec.recognise([Article("a", text)])
    for m in r.mentions:
        assert text[m.start_char:m.end_char] == m.text
    return [(m.text, m.label) for m in r.mentions]


def test_names_lose_their_titles_and_the_words_run_into_them(recogniser):
    text = ("Mr. Tobinasked the Secretary of State about Ruritania. LORD KERRIGANMy Lords, the Ruritanian "
            "Government has replied. Viscount Pellow and Mrs. Harker agreed. Mr. HarkerThe answer is no.")
    texts = {t for t, _ in _mentions(recogniser, text)}
    assert {"Tobin", "KERRIGAN", "Pellow", "Harker"} <= texts
    assert not any(t.startswith(("Mr", "Mrs", "LORD", "Viscount")) for t in texts)
    # the demonym in "the Ruritanian Government" is found as well
    assert "Ruritanian" in texts


def test_a_state_after_a_dash_run_onto_a_bracket_is_read_whole(recogniser):
    text = "JUBA – (nilewire)–South Sudan recalled its envoy. LIMA (Andina)—Peru protested."
    texts = {t for t, _ in _mentions(recogniser, text)}
    assert {"South Sudan", "Peru"} <= texts
    assert "Sudan" not in texts


def test_a_name_run_into_an_opening_bracket_is_recognised_whole(recogniser):
    text = "Mr. Arthur Pellowes(by Private Notice) asked the Secretary of State about Ruritania."
    texts = {t for t, _ in _mentions(recogniser, text)}
    assert "Arthur Pellowes" in texts
    assert not any("(" in t for t in texts)


def test_a_person_span_stops_at_a_line_break(recogniser):
    texts = {t for t, _ in _mentions(recogniser, "The answer came from Mr. Tobin\n\nStrict limits apply to all staff.")}
    assert "Tobin" in texts
    assert not any("\n" in t for t in texts)


def test_an_organisation_span_ends_at_its_last_capitalised_word():
    import spacy
    from transforms.name_spans import cut_descriptor
    nlp = spacy.blank("en")
    doc = nlp("A report from Tanjug news agency and the Falange militia reached the Ruritanian government "
              "and the Polish Mission in Warsaw.")
    words = [t.text for t in doc]

    def cut(first, last, protected=()):
        s, e = words.index(first), words.index(last) + 1
        return doc[s:cut_descriptor(doc, s, e, set(protected))].text

    assert cut("Tanjug", "agency") == "Tanjug"
    assert cut("Falange", "militia") == "Falange"
    ruritanian = words.index("Ruritanian")
    assert cut("Ruritanian", "government", {ruritanian}) == "Ruritanian government"   # a country's government
    assert cut("Polish", "in") == "Polish Mission"


def test_recognised_organisations_lose_descriptors_but_governments_stay():
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Ruritania"], "NORP": ["Ruritanian"],
                                                "ORG": ["Ruritanian government"]})
    texts = {t for t, _ in _mentions(rec, "The Ruritanian government denied it. Officials of the Basij militia "
                                          "and the Xinhua news agency said so.")}
    assert {"Ruritanian government", "Basij", "Xinhua"} <= texts
    assert not any(t.endswith(("militia", "agency")) for t in texts)


def test_a_name_run_into_an_english_word_splits_only_where_a_title_announces_it():
    from transforms.name_spans import english_glue_split
    english = frozenset({"report", "answer", "china", "rock", "black", "arthur", "macarthur"})
    assert english_glue_split("PellowReports", english) == 6
    assert english_glue_split("HarkerAnswered", english) == 6
    # brand names and names whose parts are words stay whole
    for word in ("BlackRock", "MacArthur", "Pellow", "PELLOWReports"):
        assert english_glue_split(word, english) == 0, word
    # the split itself needs a title before the name: "PetroChina" is a company, not "Petro" + "China"
    nlp = load_spacy_model(exclude=())
    rec = EntityRecogniser(nlp, {"COUNTRY": ["Ruritania", "China"]})
    text = ("Speaker: Miss Edna PellowReports reaching us from Ruritania are calm. Later Miss Pellow said "
            "PetroChina had left.")
    (r,) = rec.recognise([Article("a", text)])
    texts = {m.text for m in r.mentions}
    assert "Edna Pellow" in texts and "Pellow" in texts
    assert not any("Reports" in t for t in texts)
    assert "China" not in texts


def test_names_after_bullets_and_honorifics_are_people(recogniser):
    text = ("Three envoys were honoured:\n"
            "\u2022 Taro Fujimaki, who sheltered refugees in Ruritania\n"
            "\u2022 Ingrid Solvang, a consul in the capital\n"
            "- Pavel Dostal, who wrote the visas\n"
            "Dame Olive Carver and Dr. Helen Marsh spoke. The Sir Edwin Lutt Foundation paid.")
    found = dict(_mentions(recogniser, text))
    for name in ("Taro Fujimaki", "Ingrid Solvang", "Pavel Dostal", "Olive Carver", "Helen Marsh"):
        assert found.get(name) == "PERSON", (name, found)
    # no bullet glyph inside a name
    assert not any(t.startswith(("\u2022", "-")) for t in found)


def test_honorifics_and_list_heads_by_spelling():
    import spacy
    from transforms.honorific_spans import honorific_person, list_head_names
    nlp = spacy.blank("en")
    for text, person in (("Dame Olive Carver", True), ("Dr. Helen Marsh", True), ("Sir Edwin Lutt Foundation", False),
                         ("Lady Margaret Hall", False), ("Mr. Government House", False), ("PM Ravi Chandran", True),
                         ("PM Capital Ltd", False), ("Shri Bhaskar Ramdev", True), ("Sardar Patel College", False)):
        doc = nlp(text)
        assert honorific_person(doc, 0, len(doc), {"government", "house"}) is person, text
    doc = nlp("Items:\n- Pavel Dostal, who wrote\nHe said - Lars Hjort, no.\n\u2022 Human Rights Office, a body")
    assert [doc[s:e].text for s, e in list_head_names(doc, set(), {"office"})] == ["Pavel Dostal"]


def test_a_courtesy_title_and_a_name_the_model_read_as_a_place_are_a_person():
    import spacy
    from transforms.honorific_spans import honorific_person_read_as_place
    nlp = spacy.blank("en")
    for text, label, person in (("Mr Gunes", "GPE", True), ("Dr Owen", "LOC", True), ("Mrs Ostrowicz", "NORP", True),
                                ("General Santos", "GPE", False), ("Lord Howe Island", "LOC", False),
                                ("Mr Gunes", "FAC", False), ("Sir Edwin Lutt Foundation", "GPE", False)):
        doc = nlp(text)
        assert honorific_person_read_as_place(doc, 0, len(doc), label, {"foundation"}) is person, (text, label)


def test_a_span_the_model_ran_across_a_glued_word_is_cut_there():
    import spacy
    from transforms.name_spans import glue_pieces, split_glued_words
    nlp = split_glued_words(spacy.blank("en"))
    doc = nlp("Miss PellowThe Ruritanian Government agreed.")
    assert [doc[s:e].text for s, e in glue_pieces(doc, 1, 5)] == ["Pellow", "The Ruritanian Government"]
    assert [doc[s:e].text for s, e in glue_pieces(doc, 2, 5)] == ["The Ruritanian Government"]


def test_a_place_name_after_a_social_title_is_a_persons():
    import spacy
    from transforms.honorific_spans import after_social_title
    nlp = spacy.blank("en")
    # (text, the words the model labelled a place or body, person?)
    for text, name, person in (("(LORD CARLOWAY) My Lords", "CARLOWAY", True), ("Mr. Kingston replied", "Kingston", True),
                               ("Lady Victoria spoke", "Victoria", True),
                               ("Lord Nuffield Hospital", "Nuffield Hospital", False),
                               ("Dear Sir,\nKingston is cold", "Kingston", False),
                               ("Sir, Kingston is cold", "Kingston", False), ("the road to Kingston", "Kingston", False)):
        doc = nlp(text)
        span = doc.char_span(text.index(name), text.index(name) + len(name))
        assert after_social_title(doc, span.start, span.end, {"government"}) is person, text


def test_a_name_after_a_title_in_a_heading_is_no_town(recogniser):
    # the model reads "DENVER" as the city and "Halifax" as a body here
    text = ("THE MINISTER OF STATE (LORD DENVER)\n\nMy Lords, the Ruritanian Government has replied. "
            "Lord Halifax said so.")
    found = dict(_mentions(recogniser, text))
    assert found.get("DENVER") == "PERSON", found
    assert found.get("Halifax") == "PERSON", found


def test_a_name_broken_by_the_width_of_a_wrapped_line_stays_whole(recogniser):
    text = ("The delegation that arrived in the capital on Tuesday was led by Deputy Minister Rolf\n"
            "Haugstad, who met the press the next morning at the Ruritanian embassy.\n"
            "Statement by Mr. Pellowes\nThe Government has nothing to add.")
    texts = {t for t, _ in _mentions(recogniser, text)}
    assert "Rolf\nHaugstad" in texts and "Rolf" not in texts
    # a text's shorter first line, before a long one, is wrapped too
    text = ("Deputy Budget Director Jorma\nKiviranta said the plan sent to the committee was deficient.")
    assert "Jorma\nKiviranta" in {t for t, _ in _mentions(recogniser, text)}
    # a short heading line ends the name at its line break
    assert "Pellowes" in texts and not any(t.startswith("Pellowes\n") for t in texts)


def test_a_reference_mark_after_a_name_is_cut_off(recogniser):
    text = ("About 900 Ruritanian students study in Canada.[a]\n\nRelations soured after a row in Oslo[12] "
            "over the talks[a] of March.")
    found = dict(_mentions(recogniser, text))
    assert "Canada" in found and "Oslo" in found, found
    assert not any("[" in t or "\n" in t for t in found), found


def test_every_step_of_a_worker_shares_one_pipeline_that_splits_like_the_recogniser():
    # the extract step asks for the process's pipeline without a name, the recogniser with None:
    # one model, loaded once, whose tokenizer splits glued words and reference marks for both
    from transforms.recognise import worker_spacy_model
    nlp = worker_spacy_model()
    assert worker_spacy_model(None) is nlp
    assert [t.text for t in nlp.make_doc("in Canada.[3] Mr. Farrasked")][:4] == ["in", "Canada", ".", "[3]"]



def test_a_span_is_cut_at_a_parenthesis_it_does_not_close():
    from transforms.name_spans import glue_pieces
    doc = load_spacy_model().tokenizer("BEIJING (Xinhua) - Ruritania said the Labour Party (Ireland) agreed.")
    words = [t.text for t in doc]
    x, r = words.index("Xinhua"), words.index("Ruritania")
    assert [doc[s:e].text for s, e in glue_pieces(doc, x, r + 1)] == ["Xinhua", "- Ruritania"]
    lab = words.index("Labour")
    assert [doc[s:e].text for s, e in glue_pieces(doc, lab, lab + 5)] == ["Labour Party (Ireland)"]


def test_honorifics_and_styles_of_other_lands_are_no_part_of_the_name(recogniser):
    text = ("Shri Bhaskar Ramdev of the Janata Dal spoke first. Sardar Hardeep Kohli replied for the Government. "
            "Bishop Peter Mokoena has asked us to act. Chief Obiora Eze led the prayers, with Cardinal Luis Arrieta.")
    found = dict(_mentions(recogniser, text))
    for name in ("Bhaskar Ramdev", "Hardeep Kohli", "Peter Mokoena", "Obiora Eze", "Luis Arrieta"):
        assert found.get(name) == "PERSON", (name, found)
    assert not any(t.split()[0] in ("Shri", "Sardar", "Bishop", "Chief", "Cardinal") for t in found), found


def test_a_name_cut_before_a_capitalised_arabic_particle_runs_on(recogniser):
    text = ("Foreign Minister Sheikh Khalid bin Abdulrahman Al Mansouri said the measures were unjustified. "
            "The envoy, Khalid Yousef Abu Zaid, arrived on Monday.")
    found = dict(_mentions(recogniser, text))
    assert found.get("Khalid bin Abdulrahman Al Mansouri") == "PERSON", found   # the model cut it before "Al"
    assert "Mansouri" not in found and "Al Mansouri" not in found
    assert found.get("Khalid Yousef Abu Zaid") == "PERSON", found


def test_a_person_span_loses_the_state_that_ends_the_title_before_it():
    import spacy
    from transforms.name_spans import past_title_country
    nlp = spacy.blank("en")
    doc = nlp("The Ambassador to Ruritania Helen Marwick met the Minister of Ruritania Ivo Tallis, "
              "and the coach of Ruritania Brown spoke with Ruritania Jones Smith.")
    words = [t.text for t in doc]
    states = {i for i, w in enumerate(words) if w == "Ruritania"}

    def start(first, last, nth=0):
        s = [i for i, w in enumerate(words) if w == first][nth]
        e = words.index(last) + 1
        return doc[past_title_country(doc, s, e, states):e].text

    assert start("Ruritania", "Marwick") == "Helen Marwick"
    assert start("Ruritania", "Tallis", 1) == "Ivo Tallis"
    assert start("Ruritania", "Brown", 2) == "Ruritania Brown"   # one word left: a name of its own
    assert start("Ruritania", "Smith", 3) == "Ruritania Jones Smith"   # no title before it


def test_a_military_rank_abbreviated_before_a_name_is_no_part_of_it(recogniser):
    """The model calls "Capt Ousmane Kere" a body; the rank is a person's, and no part of the name."""
    text = ("Relations have soured since Capt Ousmane Kere seized power in a coup in September. "
            "The junta's spokesman, Lt Col Adama Sangare, read the statement on television.")
    found = dict(_mentions(recogniser, text))
    for name in ("Ousmane Kere", "Adama Sangare"):
        assert found.get(name) == "PERSON", (name, found)
    assert not any(t.split()[0] in ("Capt", "Lt", "Col") for t in found), found


def test_an_envoys_style_of_address_is_no_part_of_the_name(recogniser):
    text = ("Four ambassadors presented their credentials. First on the queue was H.E. Sebade Kwamu, who is "
            "Ruritania's ambassador, followed by H.E. Ivo Tallis.")
    found = dict(_mentions(recogniser, text))
    for name in ("Sebade Kwamu", "Ivo Tallis"):
        assert found.get(name) == "PERSON", (name, found)
    assert not any(t.startswith("H.E.") for t in found), found


def test_a_telegrams_post_shorthand_and_burmese_honorifics_are_no_part_of_the_name():
    import spacy
    from transforms.name_spans import strip_titles
    nlp = spacy.blank("en")
    for text, want in (("FONMIN KYAW SOE", "KYAW SOE"), ("ACTING FONMIN BOLELA", "BOLELA"),
                       ("PRIMIN SEIN WIN", "SEIN WIN"), ("U Ne Win", "Ne Win"), ("U KYAW SOE", "KYAW SOE"),
                       ("Daw Khin May Than", "Khin May Than"),
                       ("U Thant", "U Thant"), ("U Nu", "U Nu")):   # the names the world knows them by
        doc = nlp(text)
        assert doc[strip_titles(doc, 0, len(doc)):].text == want, text


def test_a_burmese_ministers_name_in_a_telegram_is_found_without_honorific_or_post(recogniser):
    text = ("THE DELEGATION WAS RECEIVED BY PRESIDENT U NE WIN, WITH FOREIGN MINISTER U HLA MAUNG ALSO PRESENT. "
            "FOLLOWING WERE POINTS MADE BY FONMIN HLA MAUNG. Later U Tin Oo, the Ruritanian envoy, called on "
            "Daw Khin Kyi.")
    found = _mentions(recogniser, text)
    people = {t for t, label in found if label == "PERSON"}
    assert {"NE WIN", "HLA MAUNG", "Khin Kyi"} <= people, found
    assert not any(t.split()[0] in ("FONMIN", "U", "Daw") for t, _ in found), found


def test_initials_run_onto_a_name_are_a_word_of_their_own():
    """'N.Enkhbayar' and 'Ts.Elbegdorj' read as 'N. Enkhbayar' and 'Ts. Elbegdorj'; 'Washington.The' and a
    word with its stop before a lower-case word stay as spaCy splits them."""
    nlp = split_glued_words(load_spacy_model())
    assert [t.text for t in nlp("President Ts.Elbegdorj met N.Enkhbayar.")][:5] == \
        ["President", "Ts.", "Elbegdorj", "met", "N."]
    assert [t.text for t in nlp("He left Washington.The talks")] == ["He", "left", "Washington", ".", "The", "talks"]
