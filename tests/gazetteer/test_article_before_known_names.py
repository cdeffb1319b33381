"""A leading "The" the model took into a known body's name, labelling it a person, is dropped so the
gazetteer's body is found (transforms/recognise.py, without_article). Sentences written for this test."""


def test_the_quai_d_orsay_read_as_a_person_is_the_french_ministry(resolve):
    ms = resolve("Paris said it would expel 35. The Quai d'Orsay gave no names.", "2022-04-05")
    assert ("Quai d'Orsay", "Ministry for Europe and Foreign Affairs") in {(m.text, m.canonical_name) for m in ms}


def test_a_party_named_with_the_and_a_lower_case_party_keeps_its_link(resolve):
    ms = resolve("The senators came from a Congress controlled by the Democratic party.", "1987-03-02")
    assert "Democratic Party (United States)" in {m.canonical_name for m in ms}
