"""A surname with an apostrophe inside, the glottal stop or elided vowel of a transliteration ("Ulufa'alu",
"Ja'afari"), repeated alone after the full name is that person too (transforms/name_echoes.py; sentences
written for these tests, the real model and gazetteer where `resolve` is used)."""
from transforms.name_echoes import name_cased


def test_a_capital_and_lower_case_letters_round_an_apostrophe_are_a_name_word():
    assert name_cased("Kata'ola") and name_cased("Kata\u2019ola") and name_cased("Ja'afari")
    assert name_cased("O'Brien") and name_cased("Xilai")
    assert not name_cased("'s") and not name_cased("\u2019s") and not name_cased("Kata'ola'")
    assert not name_cased("US") and not name_cased("iPhone") and not name_cased("kata'ola")


def test_the_surname_alone_after_the_full_name_is_the_same_person(resolve):
    text = ("The prime minister, Sione Kata'ola, was taken hostage by the militia on Monday. The militia "
            "rejected Kata'ola's proposal for peace talks, and Kata'ola resigned on Tuesday.")
    mentions = resolve(text, date="2000-06-15")
    alone = [m for m in mentions if m.text == "Kata'ola"]
    assert alone and all(m.canonical_name == "Sione Kata'ola" for m in alone), \
        [(m.text, m.canonical_name) for m in mentions]


def test_a_curly_apostrophe_too(resolve):
    text = ("In 1997, Sione Kata\u2019ola succeeded Tevita Lomu as prime minister. Kata\u2019ola\u2019s campaign "
            "promised reforms of the public service.")
    mentions = resolve(text, date="2000-06-15")
    alone = [m for m in mentions if m.text == "Kata\u2019ola"]
    assert alone and all(m.canonical_name == "Sione Kata\u2019ola" for m in alone), \
        [(m.text, m.canonical_name) for m in mentions]
