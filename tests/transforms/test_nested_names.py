"""A gazetteer name inside a longer name: a mention of its own, or only a piece of that name."""
from transforms.nested_names import names_something
from transforms.recognise import EntityRecogniser, load_spacy_model, merge_spans
from transforms.records import Article


def test_a_piece_of_a_place_the_gazetteer_knows_whole_names_nothing():
    # "flights to New Orleans": the gazetteer knows "New Orleans" and "Orleans"
    assert merge_spans([(2, 4, "GPE")], [(2, 4, "GAZ:CITY"), (3, 4, "GAZ:CITY")]) == [(2, 4, "GPE", "both")]
    # "the port of Bandar Abbas", the model calling it a person
    assert merge_spans([(3, 5, "PERSON")], [(3, 5, "GAZ:CITY"), (4, 5, "GAZ:PERSON")]) == \
        [(3, 5, "PERSON|GAZ:CITY", "both")]


def test_a_piece_of_a_longer_nested_place_names_nothing():
    # "the University of New South Wales": "New South Wales" is named, "Wales" only within it
    merged = merge_spans([(0, 6, "ORG")], [(3, 6, "GAZ:CITY"), (5, 6, "GAZ:CITY")])
    assert merged == [(0, 6, "ORG", "ner"), (3, 6, "GAZ:CITY", "nested")]
    # "the Bank of Zambia Act": the country inside the bank's name is still named
    merged = merge_spans([(0, 5, "LAW")], [(1, 4, "GAZ:ORG"), (3, 4, "GAZ:COUNTRY")])
    assert (3, 4, "GAZ:COUNTRY", "nested") in merged


def test_inside_a_persons_name_only_that_person_is_named():
    # "Vladimir Putin": the surname that ends the name stays, the city does not
    assert not names_something("GAZ:CITY", 1, "PERSON", 2, "GAZ:PERSON")
    assert names_something("GAZ:PERSON", 2, "PERSON", 2, "GAZ:PERSON")
    # "Ahmed Sharif Chaudhry": a known person's name in the middle is a given name
    assert not names_something("GAZ:PERSON", 2, "PERSON", 3)
    # "Douglas Paal", a name the gazetteer does not know whole
    assert not names_something("GAZ:CITY", 1, "PERSON", 2)
    # the model running a country into a name ("in Zambia Peter Mwale said"): the country stays
    assert names_something("GAZ:COUNTRY", 1, "PERSON", 3)
    assert not names_something("GAZ:COUNTRY", 1, "PERSON", 2, "GAZ:PERSON")


def test_names_inside_an_institution_still_count():
    # "the Trump Administration", "the Bank of Zambia", "the British Government"
    assert names_something("GAZ:PERSON", 2, "ORG", 3)
    assert names_something("GAZ:COUNTRY", 4, "ORG", 4)
    assert names_something("GAZ:NORP", 2, "ORG", 3)
    # a demonym elsewhere is not one: "the British Museum's" exhibition labelled a place
    assert not names_something("GAZ:NORP", 2, "GPE", 3)


def test_recognised_article_keeps_the_whole_names_only():
    rec = EntityRecogniser(load_spacy_model(), {"CITY": ["Vladimir", "Orleans", "New Orleans", "Douglas"],
                                                "PERSON": ["Vladimir Putin"], "COUNTRY": ["Zambia"]})
    text = ("Vladimir Putin spoke to reporters before the summit. Douglas Kellner flew to New Orleans on Monday. "
            "The Bank of Zambia raised rates.")
    (r,) = rec.recognise([Article("a", text)])
    texts = [m.text for m in r.mentions]
    assert "Vladimir Putin" in texts and "New Orleans" in texts
    assert "Vladimir" not in texts and "Orleans" not in texts and "Douglas" not in texts
    assert "Zambia" in texts


def test_a_country_ending_a_brand_or_a_region_is_no_mention_of_it():
    """'Crédit Ruritanie' is a bank's name in its own language, 'Air Ruritania' an airline's, 'Latin
    Ruritania' a region: none names the country; 'the Bank of Ruritania' and 'Soviet Ruritania' do,
    and so does a country the model ran onto a person's name ('told Reuters Ruritania')."""
    from transforms.recognise import EntityRecogniser, load_spacy_model
    from transforms.records import Article
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Ruritania", "Ruritanie", "Peru"], "NORP": ["Soviet"]})
    text = ("Shares of Credit Ruritanie rose, and Air Ruritania flew to Latin Ruritania. The Bank of Ruritania "
            "raised rates. Neyra told Reuters Peru was current on interest payments.")
    (r,) = rec.recognise([Article("a", text)])
    countries = [(m.text, m.start_char) for m in r.mentions if m.label == "GAZ:COUNTRY"]
    spans = {m.text for m in r.mentions}
    assert ("Ruritanie", text.index("Ruritanie")) not in countries, countries
    if "Air Ruritania" in spans:
        assert ("Ruritania", text.index("Air Ruritania") + 4) not in countries, countries
    assert ("Ruritania", text.index("of Ruritania") + 3) in countries, countries
    assert ("Peru", text.index("Peru")) in countries, countries


def test_a_country_after_a_lower_case_word_the_model_ran_on_is_named():
    from transforms.recognise import EntityRecogniser, load_spacy_model
    from transforms.records import Article
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Germany"], "NORP": ["Russian"]})
    text = "Short intro.\n\nLater that week Germany expelled 40 Russian diplomats, the ministry said."
    (r,) = rec.recognise([Article("a", text)])
    assert ("Germany", text.index("Germany")) in [(m.text, m.start_char) for m in r.mentions]


def test_a_country_after_a_word_naming_a_part_of_it_is_named():
    from transforms.recognise import EntityRecogniser, load_spacy_model
    from transforms.records import Article
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Canada", "Ukraine"]})
    text = "Workers walked out in Atlantic Canada on Monday. Fighting went on in Eastern Ukraine."
    (r,) = rec.recognise([Article("a", text)])
    found = [(m.text, m.start_char) for m in r.mentions]
    assert ("Canada", text.index("Canada")) in found, found
    assert ("Ukraine", text.index("Ukraine")) in found, found


def test_a_demonym_after_of_inside_a_bodys_name_is_no_mention_of_its_state():
    """'the Organization of Freedonian States' is no Freedonian body, and names no Freedonian; 'the Freedonian
    Government' and 'the Royal Freedonian Embassy' do."""
    rec = EntityRecogniser(load_spacy_model(), {"NORP": ["Freedonian"], "ORG": ["Organization of Freedonian States"]})
    text = ("Ruritania expelled the Organization of Freedonian States mission on Monday. The Freedonian Government "
            "protested, and the Royal Freedonian Embassy in Strelsau closed.")
    (r,) = rec.recognise([Article("a", text)])
    demonyms = [m.start_char for m in r.mentions if m.text == "Freedonian"]
    assert text.index("of Freedonian") + 3 not in demonyms, demonyms
    assert text.index("Freedonian Government") in demonyms, demonyms
    assert text.index("Royal Freedonian") + 6 in demonyms, demonyms


def test_inside_a_nationality_word_no_person_or_town_is_named():
    # "two Costa Rican diplomats": "Costa" is a surname the gazetteer knows, and a town's name too
    assert not names_something("GAZ:PERSON", 1, "NORP", 2)
    assert not names_something("GAZ:CITY", 1, "NORP", 2, "GAZ:NORP")
    # a name the model ran into a nationality ("does not speak Russian - Maria Zakharova") ends it, and stays
    assert names_something("GAZ:PERSON", 4, "NORP", 4)
    # a state inside a compound nationality ("the Russian-Ukrainian border") is still named
    assert names_something("GAZ:COUNTRY", 1, "NORP", 3)


def test_a_state_inside_a_seas_or_a_straits_name_is_no_mention_of_it():
    """'the South China Sea', 'the Taiwan Strait', 'the Gulf of Guinea' and 'the Panama Canal' name waters
    and a canal, not China, Taiwan, Guinea or Panama; 'the Bank of Japan' and a state named beside them do."""
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["China", "Taiwan", "Guinea", "Panama", "Japan", "Nigeria"]})
    text = ("Vietnamese fishing boats left the South China Sea on Tuesday after coast guard ships crossed the "
            "Taiwan Strait. Pirates boarded a tanker in the Gulf of Guinea, and Nigeria sent two frigates. "
            "The freighter later sailed through the Panama Canal. The Bank of Japan kept rates on hold.")
    (r,) = rec.recognise([Article("a", text)])
    countries = [(m.text, m.start_char) for m in r.mentions if m.label == "GAZ:COUNTRY" or "GPE" in m.label]
    assert ("China", text.index("China Sea")) not in countries, countries
    assert ("Taiwan", text.index("Taiwan Strait")) not in countries, countries
    assert ("Guinea", text.index("Guinea")) not in countries, countries
    assert ("Panama", text.index("Panama Canal")) not in countries, countries
    assert ("Nigeria", text.index("Nigeria")) in [(m.text, m.start_char) for m in r.mentions], countries
    assert ("Japan", text.index("Japan")) in countries, countries


def test_a_state_before_a_lakes_a_creeks_or_an_islands_word_is_no_mention_of_it():
    """'China Lake, Calif.', 'Chad Creek' and 'Jordan Island' name a lake, a creek and an island, with the
    model's span around them or not; 'China' and 'Chad' named alone still count."""
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["China", "Chad", "Jordan", "Japan"]})
    text = ("The utility will build a geothermal plant at China Lake, Calif., with funds raised in Japan. "
            "Ranchers near Chad Creek said the dam had burst. Ferries to Jordan Island resumed.\n"
            "China and Chad signed a trade accord on Monday.")
    (r,) = rec.recognise([Article("a", text)])
    named = [(m.text, m.start_char) for m in r.mentions if "GAZ:COUNTRY" in m.label or "GPE" in m.label]
    assert ("China", text.index("China Lake")) not in named, named
    assert ("Chad", text.index("Chad Creek")) not in named, named
    assert ("Jordan", text.index("Jordan Island")) not in named, named
    assert ("China", text.index("China and")) in named and ("Chad", text.index("Chad signed")) in named, named
    assert ("Japan", text.index("Japan")) in named, named


def test_a_name_wrapped_at_the_end_of_a_line_is_read_whole():
    """Wire copy breaks lines inside names: 'Latin\\nAmerica' is the region, no America, and 'the Business
    Journal of New\\nJersey' names no Jersey, as they do written on one line; 'the Bank of\\nJapan' names Japan."""
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["America", "Jersey", "Japan"]})
    text = ("Coffee exports to Latin\nAmerica fell sharply last year, the Colombian minister said. The Business "
            "Journal of New\nJersey said it will close its monthly. The Bank of\nJapan kept rates on hold.")
    (r,) = rec.recognise([Article("a", text)])
    found = [(m.text, m.start_char) for m in r.mentions]
    assert ("America", text.index("America")) not in found, found
    assert ("Jersey", text.index("Jersey")) not in found, found
    assert ("Japan", text.index("Japan")) in found, found


def test_america_after_a_compass_word_is_a_continent_not_the_united_states():
    """'North America', 'Central America' and 'South America' name no part of the United States, as
    'Eastern Ukraine' names a part of Ukraine."""
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["America", "Ukraine"]})
    text = ("The railway's traffic in North America rose, coffee prices fell in Central America and South America, "
            "and fighting went on in Eastern Ukraine.")
    (r,) = rec.recognise([Article("a", text)])
    found = [(m.text, m.start_char) for m in r.mentions if m.label == "GAZ:COUNTRY"]
    assert not [f for f in found if f[0] == "America"], found
    assert ("Ukraine", text.index("Ukraine")) in found, found


def test_a_state_inside_a_companys_registered_name_is_no_mention_of_it():
    """'American Express Co', 'British Petroleum Co PLC', 'Anglo American Corp' and 'Combined Insurance Co of
    America' are companies' names; 'the British Government' and 'the Bank of Japan' still name their states."""
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["America", "Japan"], "NORP": ["American", "British"]})
    text = ("Shares of American Express Co rose 2 pct on Monday, and British Petroleum Co PLC said Anglo American Corp "
            "would buy its mine. Combined Insurance Co of America raised its dividend. The British Government and "
            "the Bank of Japan were not involved.")
    (r,) = rec.recognise([Article("a", text)])
    found = [(m.text, m.start_char) for m in r.mentions if m.label.startswith("GAZ:")]
    assert ("American", text.index("American Express")) not in found, found
    assert ("British", text.index("British Petroleum")) not in found, found
    assert ("American", text.index("American Corp")) not in found, found
    assert ("America", text.index("America raised") ) not in found, found
    assert ("British", text.index("British Government")) in found, found
    assert ("Japan", text.index("Japan")) in found, found


def test_the_opening_words_of_a_companys_name_given_in_full_name_the_company():
    """After 'British Petroleum Co PLC', 'British Petroleum's offer' is the company's; 'British officials' are
    British."""
    rec = EntityRecogniser(load_spacy_model(), {"NORP": ["British", "American"]})
    text = ("Moody's said it may downgrade British Petroleum Co PLC's debt. The agency cited British Petroleum's "
            "tender offer for Standard Oil, and British officials said nothing. Maryland National Corp bought "
            "American Security Corp, and American Security shareholders will get cash.")
    (r,) = rec.recognise([Article("a", text)])
    found = [(m.text, m.start_char) for m in r.mentions]
    assert ("British", text.index("British Petroleum's")) not in found, found
    assert ("American", text.index("American Security shareholders")) not in found, found
    assert ("British", text.index("British officials")) in found, found


def test_a_country_people_are_named_by_inside_a_persons_name_is_no_mention_of_it():
    """'Jordan' is a surname the sources know people by ('Hamilton Jordan'): inside a person's name after a
    word of that name ('Vernon Jordan') it names no country; after 'of' or run onto a name no one bears
    ('told Reuters Peru') it still does."""
    from transforms.recognise import EntityRecogniser, load_spacy_model
    from transforms.records import Article
    rec = EntityRecogniser(load_spacy_model(), {"COUNTRY": ["Jordan", "Peru"], "ORG": ["Reuters"],
                                                "PERSON": ["Hamilton Jordan"]})
    text = ("Vernon Jordan said on Tuesday the talks had stalled. Neyra told Reuters Peru was current on its "
            "payments, and King Hussein of Jordan agreed.")
    (r,) = rec.recognise([Article("a", text)])
    countries = [(m.text, m.start_char) for m in r.mentions if m.label == "GAZ:COUNTRY"]
    assert ("Vernon Jordan", 0) in [(m.text, m.start_char) for m in r.mentions]
    assert ("Jordan", text.index("Jordan")) not in countries, countries
    assert ("Peru", text.index("Peru")) in countries, countries
    assert ("Jordan", text.index("of Jordan") + 3) in [(m.text, m.start_char) for m in r.mentions]


def test_people_bear_the_countries_their_names_hold_as_words():
    from transforms.nested_names import people_bear
    assert people_bear(["Hamilton Jordan", "Chad Mitchell", "Philippe of Belgium", "Peru"],
                       ["Jordan", "Chad", "Belgium", "Peru"]) == {"Jordan", "Chad"}


def test_a_demonym_before_capitalised_words_to_a_company_suffix_heads_a_registered_name():
    import spacy
    from transforms.nested_names import registered_name_after
    nlp = spacy.blank("en")
    doc = nlp("Basic American Medical Inc said so")
    assert registered_name_after(doc, 2, start=1)   # "American Medical Inc"
    doc = nlp("American Television and Communications Corp said so")
    assert registered_name_after(doc, 1, start=0)
    doc = nlp("the official Saudi Press Agency SPA said")   # the agency's initials, no company's suffix
    assert not registered_name_after(doc, 3, start=2)
    doc = nlp("American officials said the Medical Inc deal was off")
    assert not registered_name_after(doc, 1, start=0)


def test_a_town_inside_a_countys_name_is_no_mention_of_the_town():
    """'a Dakota County judge' and 'the Orange County sheriff' name counties, no town Dakota or Orange; a
    county seat named by itself is a town."""
    rec = EntityRecogniser(load_spacy_model(), {"CITY": ["Dakota", "Orange", "Hastings"]})
    text = ("A Dakota County judge on Friday dismissed the charges, and the Orange County sheriff said he would "
            "appeal. Hastings, the county seat, was quiet.")
    (r,) = rec.recognise([Article("a", text)])
    towns = [(m.text, m.start_char) for m in r.mentions if "GAZ:CITY" in m.label.split("|")]
    assert ("Dakota", text.index("Dakota")) not in towns, towns
    assert ("Orange", text.index("Orange County")) not in towns, towns
    assert ("Hastings", text.index("Hastings")) in towns, towns
