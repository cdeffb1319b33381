"""A word of one person's name repeated inside another name the model missed is that other name, not the
first person (transforms/name_echoes.py): "Ernesto Samper" beside "Ernesto Perez Balladares"."""


def test_a_given_name_shared_with_another_president_is_no_echo_of_him(resolve):
    found = {m.text: m.canonical_name for m in resolve(
        "Talks between Presidents Ernesto Samper of Colombia, Ernesto Perez Balladares of Panama and Rafael "
        "Caldera of Venezuela ended late on Friday.", date="1996-05-02")}
    assert "Ernesto" not in found, found
    assert found.get("Ernesto Samper", "").startswith("Ernesto Samper"), found


def test_an_echo_before_an_english_word_stays_the_echo():
    from transforms.name_echoes import name_echoes
    from transforms.name_spans import english_words
    from transforms.recognise import load_spacy_model
    nlp = load_spacy_model(exclude=())   # with the lemmatizer: its English words
    assert english_words(nlp)
    doc = nlp("Officials met Bo Xilai in May. Later Bo Administration staff were dismissed.")
    persons = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    used = {t for e in doc.ents for t in range(e.start, e.end)}
    echoes = [doc[s:e].text for s, e in name_echoes(doc, persons, used, english_words(nlp))]
    assert "Bo Administration" not in echoes
