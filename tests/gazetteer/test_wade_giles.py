"""Chinese names in Wade-Giles are read in pinyin (gazetteer/wade_giles.py): sentences written for this test,
with the real model and gazetteer."""
from gazetteer.wade_giles import pinyin_forms


def test_a_wade_giles_name_has_its_pinyin_spelling_among_its_readings():
    assert "Zhou Enlai" in pinyin_forms("Chou En-lai")
    assert "Mao Zedong" in pinyin_forms("Mao Tse-tung")
    assert "Deng Xiaoping" in pinyin_forms("Teng Hsiao-p\u2019ing")
    assert "Xinhua" in pinyin_forms("Hsinhua")


def test_names_of_other_languages_and_single_syllables_have_no_reading():
    assert pinyin_forms("Vladimir Putin") == []
    assert pinyin_forms("Chou") == []          # a bare surname says too little
    assert pinyin_forms("Mr. Smith") == []


def test_a_premier_and_a_chairman_written_in_wade_giles_are_the_people_the_gazetteer_spells_in_pinyin(resolve):
    ms = resolve("Premier Chou En-lai told the visitors that Chairman Mao Tse-tung would see them on Tuesday. "
                 "Mr. Chou said the talks had been frank.", "1972-02-22")
    got = {m.text: m.canonical_name for m in ms if m.entity_id and not m.entity_id.startswith("nn:")}
    assert got.get("Chou En-lai") == "Zhou Enlai" and got.get("Mao Tse-tung") == "Mao Zedong"
    assert got.get("Chou") == "Zhou Enlai"


def test_the_news_agency_in_wade_giles_is_xinhua(resolve):
    ms = resolve("Hsinhua, the official press agency, said the delegation had left for Canton.", "1971-07-16")
    assert ("Hsinhua", "Xinhua News Agency") in {(m.text, m.canonical_name) for m in ms}


def test_a_korean_name_written_with_hyphens_is_no_chinese_person(resolve):
    ms = resolve("Kim Dae-jung met Roh Moo-hyun in Seoul on Monday.", "2003-03-01")
    assert not [m for m in ms if m.country_code in ("CN", "TW")]


def test_a_vice_premier_in_wade_giles_with_an_aspirate_mark(resolve):
    ms = resolve("Vice Premier Teng Hsiao-p'ing arrived in Washington on Monday for a nine-day visit.", "1979-01-29")
    assert ("Teng Hsiao-p'ing", "Deng Xiaoping") in {(m.text, m.canonical_name) for m in ms}
