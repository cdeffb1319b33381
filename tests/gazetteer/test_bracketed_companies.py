"""A name in angle brackets, as wire copy marks a company, is the company's whole name: no country, town or
person inside it is named (transforms/bracketed_companies.py). Sentences written for these tests, with the real
model and gazetteer, and the function alone on made-up mentions."""
from transforms.bracketed_companies import bracketed_companies, bracketed_spans
from transforms.records import RawMention, Sentence


def kinds(ms):
    return {(m.text, m.entity_type, m.country_code) for m in ms}


def test_a_country_inside_a_bracketed_company_name_is_no_mention_of_the_country(resolve):
    ms = resolve("OSAKA, March 3 - <All Nippon Airways> said it would lease six jets. <Kansai Nippon Leasing Co> "
                 "said it would buy them from <Freedonia Holdings Ltd>.", "1987-03-03")
    assert not [m for m in ms if m.text == "Nippon"]
    assert {m.text for m in ms if m.entity_type == "ORG"} >= {"All Nippon Airways", "Kansai Nippon Leasing Co"}
    assert all(m.country_code != "JP" for m in ms if m.start_char > 17)


def test_a_bracketed_name_the_model_cut_in_pieces_is_one_company(resolve):
    ms = resolve("SAO PAULO, March 3 - <Banco do Brasil> agreed to lend 90 mln dlrs to the state's farmers, "
                 "the bank said.", "1987-03-03")
    assert ("Banco do Brasil", "ORG", None) in kinds(ms)
    assert not [m for m in ms if m.text in ("Banco", "Brasil")]


def test_only_a_names_shape_in_brackets_is_a_company():
    text = "Shares of <IBM> rose. He wrote <see the table below> and <Acme Holdings of Freedonia Inc> fell."
    assert [text[a:b] for a, b in bracketed_spans(text)] == ["Acme Holdings of Freedonia Inc"]


def test_the_pieces_go_and_the_whole_name_stays():
    text = "LONDON - <Ruritania Trust and Banking Corp> said profits rose. <Acme Ltd> said so too."
    a = text.index("Ruritania")
    inside = [RawMention(a, a + 9, "Ruritania", "GAZ:COUNTRY", 0, "gazetteer", "LONDON - <"),
              RawMention(a + 10, a + 32, "Trust and Banking Corp", "ORG", 0, "ner", "LONDON - <Ruritania ")]
    acme = RawMention(text.index("Acme"), text.index("Acme") + 8, "Acme Ltd", "ORG", 1, "ner", "<")
    out = bracketed_companies(text, (Sentence(0, 62), Sentence(63, len(text))), inside + [acme])
    assert [(m.text, m.label, m.sentence_index, m.word_after) for m in out] == \
        [("Ruritania Trust and Banking Corp", "ORG", 0, ">"), ("Acme Ltd", "ORG", 1, "")]
